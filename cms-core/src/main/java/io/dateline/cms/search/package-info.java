/**
 * Full-text search over a tenant's published articles: the {@link
 * io.dateline.cms.search.SearchIndex} SPI that search backends implement, its query and result
 * values, and {@link io.dateline.cms.search.InMemorySearchIndex}, a simple reference implementation
 * for tests and small sites. The embedded Lucene index with Ukrainian morphology lives in {@code
 * cms-search-lucene}.
 *
 * <p>Types here are thread-safe unless they say otherwise.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.search;
