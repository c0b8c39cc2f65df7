package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The site's database")
class SiteStorageTest {
  private static final Tenant TENANT =
      Tenant.builder(
              TenantId.of("storage-check"),
              "Storage check",
              Locale.ENGLISH,
              ZoneId.of("UTC"),
              URI.create("http://localhost:8080/storage-check/"))
          .publicationName("SC")
          .supportedLocales(Set.of(Locale.ENGLISH))
          .build();

  @TempDir Path dataDirectory;

  @Nested
  @DisplayName("by default")
  class Embedded {
    @Test
    @DisplayName("is an H2 file under the data directory whose content survives a restart")
    void survivesRestart() {
      SiteConfig config = SiteConfig.builder().dataDirectory(dataDirectory).build();

      try (ContentStorage storage = SiteStorage.open(config)) {
        storage.tenants().save(TENANT);
      }
      try (ContentStorage reopened = SiteStorage.open(config)) {
        assertThat(reopened.tenants().find(TENANT.id())).hasValue(TENANT);
      }
      assertThat(dataDirectory.resolve("dateline.mv.db")).isRegularFile();
    }
  }

  @Nested
  @DisplayName("with DATELINE_JDBC_URL set")
  class External {
    @Test
    @DisplayName("is that database, migrated on start, and no H2 file is made")
    void postgres() throws Exception {
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
        SiteConfig config =
            SiteConfig.fromEnvironment(
                Map.of(
                    "DATELINE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "DATELINE_JDBC_USER", "postgres",
                    "DATELINE_DATA_DIR", dataDirectory.toString()));

        try (ContentStorage storage = SiteStorage.open(config)) {
          storage.tenants().save(TENANT);
          assertThat(storage.tenants().findAll()).containsExactly(TENANT);
        }
      }
      try (var files = Files.list(dataDirectory)) {
        assertThat(files).isEmpty();
      }
    }
  }

  @Nested
  @DisplayName("configuration from the environment")
  class Environment {
    @Test
    @DisplayName("reads the port and refuses one that is not a number, naming the variable")
    void port() {
      assertThat(SiteConfig.fromEnvironment(Map.of("PORT", "9090")).port()).isEqualTo(9090);
      assertThat(SiteConfig.fromEnvironment(Map.of()).port()).isEqualTo(8080);
      assertThatThrownBy(() -> SiteConfig.fromEnvironment(Map.of("PORT", "eighty")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("PORT");
    }

    @Test
    @DisplayName("never prints the database password")
    void password() {
      SiteConfig config =
          SiteConfig.fromEnvironment(
              Map.of(
                  "DATELINE_JDBC_URL", "jdbc:postgresql://db/news",
                  "DATELINE_JDBC_PASSWORD", "s3cret"));

      assertThat(config.jdbcPassword()).isEqualTo("s3cret");
      assertThat(config.toString()).contains("jdbc:postgresql://db/news").doesNotContain("s3cret");
    }
  }
}
