package io.dateline.cms.site;

import io.dateline.cms.spi.ContentStorage;
import java.time.Clock;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Storage edge cases on H2")
class StorageEdgeCasesH2Test extends StorageEdgeCases {
  @Override
  ContentStorage newStorage(Clock clock) {
    return Databases.h2(clock);
  }
}
