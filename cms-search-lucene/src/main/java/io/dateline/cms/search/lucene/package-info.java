/**
 * The search index on an embedded Apache Lucene index: {@link
 * io.dateline.cms.search.lucene.LuceneSearchIndex}. Each node keeps its own index on local disk and
 * follows the change feed from the position stored with the index.
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.search.lucene;
