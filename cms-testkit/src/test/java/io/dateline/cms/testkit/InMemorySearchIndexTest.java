package io.dateline.cms.testkit;

import io.dateline.cms.search.InMemorySearchIndex;
import io.dateline.cms.search.SearchIndex;
import org.junit.jupiter.api.DisplayName;

/** The reference search index passes the search contract. */
@DisplayName("InMemorySearchIndex")
class InMemorySearchIndexTest implements SearchIndexContract {
  private final SearchIndex index = new InMemorySearchIndex();

  @Override
  public SearchIndex searchIndex() {
    return index;
  }
}
