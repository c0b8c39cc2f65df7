package io.dateline.cms.ninjs;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The import tests on an embedded PostgreSQL through the JPA store. */
@DisplayName("ninjs import on PostgreSQL")
class PostgresNinjsImportTest extends NinjsImportTest {
  private static EmbeddedPostgres postgres;
  private static JpaStorage storage;

  @BeforeAll
  static void startDatabase() throws IOException {
    postgres = EmbeddedPostgres.start();
    storage =
        JpaStorage.builder()
            .jdbcUrl(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "")
            .migrateOnStart(true)
            .build();
  }

  @AfterAll
  static void stopDatabase() throws IOException {
    storage.close();
    postgres.close();
  }

  @Override
  ContentStorage storage() {
    return storage; // shared: every test works in a tenant of its own
  }
}
