package io.dateline.cms.storage.jpa;

import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.testkit.ViewCounterCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The view counter scenarios on PostgreSQL")
class PostgresViewCounterTest extends ViewCounterCompatibilityKit {
  @Override
  protected ViewCountStore createStore() {
    return TestDatabases.shared(TestDatabases.Kind.POSTGRES).viewCounts();
  }
}
