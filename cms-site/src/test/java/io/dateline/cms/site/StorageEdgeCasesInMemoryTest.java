package io.dateline.cms.site;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.spi.ContentStorage;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Storage edge cases on the in-memory store")
class StorageEdgeCasesInMemoryTest extends StorageEdgeCases {
  @Override
  ContentStorage newStorage(Clock clock) {
    return new InMemoryStorage(clock);
  }
}
