package io.dateline.cms.storage.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.cms.storage.jpa.internal.JdbcUrls;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A password inside a JDBC URL never reaches a log line, at any level, of the storage, the pool,
 * the driver, Flyway or Hibernate, while the storage logs the URL with the password masked.
 */
@DisplayName("Secrets in a JDBC URL")
class JpaStorageSecretsTest {

  private static String postgresUrl() {
    // e.g. jdbc:postgresql://localhost:5432/postgres?user=postgres
    return TestDatabases.url(TestDatabases.Kind.POSTGRES);
  }

  /** Builds a storage while capturing every log line, then checks the secret is in none. */
  private static String logOf(String secret, Supplier<JpaStorage> build) {
    String text;
    try (LogCapture capture = LogCapture.everything()) {
      try (JpaStorage storage = build.get()) {
        assertThat(storage.tenants().findAll()).isNotNull();
      }
      text = capture.text();
    }
    assertThat(text).as("log of the start").isNotEmpty().doesNotContain(secret);
    return text;
  }

  @Test
  @DisplayName("H2's ;PASSWORD= setting is masked")
  void h2Setting() {
    String secret = "h2-" + UUID.randomUUID();
    String url =
        "jdbc:h2:mem:secret-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;PASSWORD=" + secret;

    String log =
        logOf(
            secret,
            () ->
                JpaStorage.builder()
                    .jdbcUrl(url, "sa", null)
                    .migrateOnStart(true)
                    .maximumPoolSize(2)
                    .build());

    assertThat(log).contains("PASSWORD=" + JdbcUrls.MASK);
  }

  @Test
  @DisplayName("PostgreSQL's password= parameter is masked")
  void postgresParameter() {
    String secret = "pg-" + UUID.randomUUID();
    String url = postgresUrl() + "&password=" + secret;

    String log =
        logOf(
            secret,
            () ->
                JpaStorage.builder()
                    .jdbcUrl(url, null, null)
                    .migrateOnStart(true)
                    .maximumPoolSize(2)
                    .build());

    assertThat(log).contains("password=" + JdbcUrls.MASK);
  }

  @Test
  @DisplayName("the password of //user:password@host is masked, and the URL still connects")
  void userInfo() {
    String secret = "ui-" + UUID.randomUUID();
    String url =
        postgresUrl().replace("?user=postgres", "").replace("//", "//postgres:" + secret + "@");

    String log =
        logOf(
            secret,
            () ->
                JpaStorage.builder()
                    .jdbcUrl(url, null, null)
                    .migrateOnStart(true)
                    .maximumPoolSize(2)
                    .build());

    assertThat(log).contains("//postgres:" + JdbcUrls.MASK + "@");
  }

  @Test
  @DisplayName(
      "an application's data source whose URL holds a password: Hibernate's summary masks it")
  void applicationDataSource() {
    String secret = "app-" + UUID.randomUUID();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgresUrl() + "&password=" + secret);
    config.setMaximumPoolSize(2);
    try (HikariDataSource applicationPool = new HikariDataSource(config)) {
      DatelineMigrations.migrate(applicationPool);
      String log = logOf(secret, () -> JpaStorage.builder().dataSource(applicationPool).build());

      assertThat(log).contains("Database JDBC URL").contains("password=" + JdbcUrls.MASK);
    }
  }
}
