package io.dateline.cms.storage.jpa;

import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.testkit.ViewCounterCompatibilityKit;
import org.junit.jupiter.api.DisplayName;

@DisplayName("The view counter scenarios on H2 in memory")
class H2InMemoryViewCounterTest extends ViewCounterCompatibilityKit {
  @Override
  protected ViewCountStore createStore() {
    return TestDatabases.shared(TestDatabases.Kind.H2_MEMORY).viewCounts();
  }
}
