package io.dateline.cms.ninjs;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.storage.jpa.JpaStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The import tests on H2 through the JPA store: idempotency rests on its import-source table. */
@DisplayName("ninjs import on H2")
class H2NinjsImportTest extends NinjsImportTest {
  private static JpaStorage storage;

  @BeforeAll
  static void startDatabase() {
    storage =
        JpaStorage.builder()
            .jdbcUrl("jdbc:h2:mem:ninjs-import;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "")
            .migrateOnStart(true)
            .build();
  }

  @AfterAll
  static void stopDatabase() {
    storage.close();
  }

  @Override
  ContentStorage storage() {
    return storage; // shared: every test works in a tenant of its own
  }
}
