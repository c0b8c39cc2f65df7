package io.dateline.cms.search.lucene;

import io.dateline.cms.search.SearchIndex;
import io.dateline.cms.testkit.SearchIndexContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The Lucene index passes the search contract; one in-memory index serves every test. */
@DisplayName("LuceneSearchIndex keeps the SearchIndex contract")
class LuceneSearchIndexContractTest implements SearchIndexContract {
  private static LuceneSearchIndex index;

  @BeforeAll
  static void open() {
    index = LuceneSearchIndex.builder().build();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Override
  public SearchIndex searchIndex() {
    return index;
  }
}
