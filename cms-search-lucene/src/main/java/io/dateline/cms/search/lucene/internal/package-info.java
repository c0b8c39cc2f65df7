/**
 * The Lucene index's internals: analysis per language, the recency boost, cursors and documents.
 * Internal: may change at any time.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.search.lucene.internal;
