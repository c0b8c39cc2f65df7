package io.dateline.cms.testkit;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.spi.ViewCountStore;
import org.junit.jupiter.api.DisplayName;

@DisplayName("ViewCounter on the in-memory store")
class InMemoryViewCounterCompatibilityTest extends ViewCounterCompatibilityKit {
  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  protected ViewCountStore createStore() {
    return storage.viewCounts();
  }
}
