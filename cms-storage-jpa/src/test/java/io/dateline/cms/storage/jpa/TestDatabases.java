package io.dateline.cms.storage.jpa;

import java.util.EnumMap;
import java.util.Map;

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

  private static final Map<Kind, JpaStorage> SHARED = new EnumMap<>(Kind.class);

  private TestDatabases() {}

  private static io.dateline.cms.testsupport.TestDatabases.Target target(Kind kind) {
    return switch (kind) {
      case H2_MEMORY -> io.dateline.cms.testsupport.TestDatabases.h2Memory("dateline-tests");
      case H2_FILE -> io.dateline.cms.testsupport.TestDatabases.h2File("dateline");
      case POSTGRES -> io.dateline.cms.testsupport.TestDatabases.postgres();
    };
  }

  /**
   * The JDBC URL of a database; the schema is migrated by the first storage built on it.
   *
   * @param kind the database
   * @return the URL
   */
  static String url(Kind kind) {
    return target(kind).url();
  }

  /**
   * A user the database accepts, for {@link #url}.
   *
   * @param kind the database
   * @return the user name
   */
  static String user(Kind kind) {
    return target(kind).user();
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
   * The storage shared by every test of the JVM on one database; never close it (the database goes
   * with the JVM).
   *
   * @param kind the database
   * @return the storage
   */
  static synchronized JpaStorage shared(Kind kind) {
    return SHARED.computeIfAbsent(kind, TestDatabases::newStorage);
  }
}
