package io.dateline.cms.site;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.dateline.cms.testsupport.StatementCounter;
import io.dateline.cms.testsupport.TestDatabases;
import java.time.Clock;

/**
 * Real databases for the site's storage tests: H2 in memory and one embedded PostgreSQL per JVM.
 */
final class Databases {
  private Databases() {}

  /** A JPA storage on a fresh in-memory H2 database. */
  static JpaStorage h2() {
    return h2(Clock.systemUTC());
  }

  /** Like {@link #h2()}, with the change feed's times from a clock. */
  static JpaStorage h2(Clock clock) {
    return storage(TestDatabases.freshH2Memory("site"), clock);
  }

  /** A JPA storage of its own on the shared embedded PostgreSQL. */
  static JpaStorage postgres() {
    return postgres(Clock.systemUTC());
  }

  /** Like {@link #postgres()}, with the change feed's times from a clock. */
  static JpaStorage postgres(Clock clock) {
    return storage(TestDatabases.postgres(), clock);
  }

  private static JpaStorage storage(TestDatabases.Target db, Clock clock) {
    return JpaStorage.builder()
        .clock(clock)
        .jdbcUrl(db.url(), db.user(), db.password())
        .maximumPoolSize(4)
        .migrateOnStart(true)
        .build();
  }

  /**
   * A storage on a pool of its own whose statements are counted: H2 in memory or the shared
   * PostgreSQL.
   */
  static CountedStorage counted(boolean postgres) {
    TestDatabases.Target db =
        postgres ? TestDatabases.postgres() : TestDatabases.freshH2Memory("site");
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(db.url());
    config.setUsername(db.user());
    config.setPassword(db.password());
    config.setMaximumPoolSize(4);
    HikariDataSource pool = new HikariDataSource(config);
    StatementCounter counter = StatementCounter.wrap(pool);
    JpaStorage storage =
        JpaStorage.builder().dataSource(counter.dataSource()).migrateOnStart(true).build();
    return new CountedStorage(storage, counter, pool);
  }

  /** A storage, the counter of its statements, and the pool under both. */
  record CountedStorage(JpaStorage storage, StatementCounter counter, HikariDataSource pool)
      implements AutoCloseable {
    @Override
    public void close() {
      storage.close();
      pool.close();
    }
  }
}
