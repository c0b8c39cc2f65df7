package io.dateline.cms.site;

import io.dateline.cms.storage.jpa.JpaStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;

/**
 * Real databases for the site's storage tests: H2 in memory and one embedded PostgreSQL per JVM.
 */
final class Databases {
  private static EmbeddedPostgres postgres;

  private Databases() {}

  /** A JPA storage on a fresh in-memory H2 database, with Hibernate statistics on. */
  static JpaStorage h2() {
    return h2(Clock.systemUTC());
  }

  /** Like {@link #h2()}, with the change feed's times from a clock. */
  static JpaStorage h2(Clock clock) {
    String url = "jdbc:h2:mem:site-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    return storage(url, "sa", clock);
  }

  /** A JPA storage of its own on the shared embedded PostgreSQL, with statistics on. */
  static JpaStorage postgres() {
    return postgres(Clock.systemUTC());
  }

  /** Like {@link #postgres()}, with the change feed's times from a clock. */
  static JpaStorage postgres(Clock clock) {
    return storage(server().getJdbcUrl("postgres", "postgres"), "postgres", clock);
  }

  private static JpaStorage storage(String url, String user, Clock clock) {
    return JpaStorage.builder()
        .clock(clock)
        .jdbcUrl(url, user, "")
        .maximumPoolSize(4)
        .migrateOnStart(true)
        .property("hibernate.generate_statistics", true)
        .build();
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
      EmbeddedPostgres started = postgres;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException e) {
                      // the JVM is exiting; the server dies with it
                    }
                  }));
    }
    return postgres;
  }
}
