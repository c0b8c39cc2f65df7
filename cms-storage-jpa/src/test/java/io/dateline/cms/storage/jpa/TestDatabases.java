package io.dateline.cms.storage.jpa;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The databases the tests run on, each started once per test JVM and shared by every test class:
 * tests use fresh random tenants, so they never need an empty database, and starting PostgreSQL or
 * bootstrapping Hibernate once keeps the suite fast.
 */
final class TestDatabases {
  /** A database the store runs on in tests. */
  enum Kind {
    H2_MEMORY,
    H2_FILE,
    POSTGRES
  }

  private static EmbeddedPostgres postgres;
  private static final Map<Kind, JpaStorage> SHARED = new EnumMap<>(Kind.class);

  private TestDatabases() {}

  /**
   * The JDBC URL of a database; the schema is migrated by the first storage built on it.
   *
   * @param kind the database
   * @return the URL
   */
  static synchronized String url(Kind kind) {
    return switch (kind) {
      case H2_MEMORY -> "jdbc:h2:mem:dateline-tests;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
      case H2_FILE -> "jdbc:h2:file:" + h2FileBase() + ";LOCK_TIMEOUT=10000";
      case POSTGRES -> postgres().getJdbcUrl("postgres", "postgres");
    };
  }

  /**
   * A user the database accepts, for {@link #url}.
   *
   * @param kind the database
   * @return the user name
   */
  static String user(Kind kind) {
    return kind == Kind.POSTGRES ? "postgres" : "sa";
  }

  /**
   * A storage of its own (own pool and entity manager factory) on a shared database; the caller
   * closes it.
   *
   * @param kind the database
   * @return a new storage
   */
  static JpaStorage newStorage(Kind kind) {
    return newStorage(kind, JpaStorage.builder());
  }

  /**
   * Like {@link #newStorage(Kind)}, with extra settings.
   *
   * @param kind the database
   * @param builder a builder with the settings; the connection is added here
   * @return a new storage
   */
  static JpaStorage newStorage(Kind kind, JpaStorage.Builder builder) {
    return builder
        .jdbcUrl(url(kind), user(kind), "")
        .maximumPoolSize(8)
        .migrateOnStart(true)
        .property("hibernate.generate_statistics", true)
        .build();
  }

  /**
   * The storage shared by every test of the JVM on one database; never close it.
   *
   * @param kind the database
   * @return the storage
   */
  static synchronized JpaStorage shared(Kind kind) {
    return SHARED.computeIfAbsent(kind, TestDatabases::newStorage);
  }

  private static synchronized EmbeddedPostgres postgres() {
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
                    SHARED.values().forEach(JpaStorage::close);
                    try {
                      started.close();
                    } catch (IOException e) {
                      // the JVM is exiting; the server dies with it
                    }
                  }));
    }
    return postgres;
  }

  private static Path h2FileBase;

  /** A fresh directory under target/ per test JVM, so a file database never outlives its run. */
  private static synchronized Path h2FileBase() {
    if (h2FileBase == null) {
      Path dir = Path.of("target", "h2-file-db");
      try {
        if (Files.exists(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      h2FileBase = dir.toAbsolutePath().resolve("dateline");
    }
    return h2FileBase;
  }
}
