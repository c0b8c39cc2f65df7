package io.dateline.cms.testkit;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryStorage keeps the storage contract")
class InMemoryStorageCompatibilityTest implements StorageCompatibilityKit {
  // JUnit creates an instance per test: every test gets a fresh, empty store.
  private final InMemoryStorage storage = new InMemoryStorage();

  @Override
  public ContentStorage storage() {
    return storage;
  }
}
