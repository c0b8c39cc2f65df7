package io.dateline.benchmarks.views;

import io.dateline.benchmarks.BenchData;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A fresh, migrated database for one benchmark trial: an H2 file database in a new directory under
 * {@code benchmarks/target/bench-data} ({@link BenchData}; override with {@code
 * -Ddateline.bench.dir}), or an embedded PostgreSQL in a new data directory. Both the JPA store and
 * the baseline's plain JDBC connections use it.
 */
final class ViewDatabase implements AutoCloseable {
  private final String url;
  private final String user;
  private final JpaStorage storage;
  private final @Nullable EmbeddedPostgres postgres;
  private final @Nullable Path h2Directory;

  private ViewDatabase(
      String url, String user, @Nullable EmbeddedPostgres postgres, @Nullable Path h2Directory) {
    this.url = url;
    this.user = user;
    this.postgres = postgres;
    this.h2Directory = h2Directory;
    this.storage = JpaStorage.builder().jdbcUrl(url, user, "").migrateOnStart(true).build();
  }

  /**
   * Creates and migrates the database.
   *
   * @param database {@code h2} or {@code postgresql}
   * @return the open database
   */
  static ViewDatabase open(String database) {
    try {
      if (database.equals("h2")) {
        Path base = BenchData.directory();
        Files.createDirectories(base);
        Path dir = Files.createTempDirectory(base.toAbsolutePath(), "views-h2-");
        return new ViewDatabase("jdbc:h2:file:" + dir.resolve("dateline"), "sa", null, dir);
      }
      if (database.equals("postgresql")) {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        return new ViewDatabase(pg.getJdbcUrl("postgres", "postgres"), "postgres", pg, null);
      }
      throw new IllegalArgumentException("unknown database: " + database);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JpaStorage storage() {
    return storage;
  }

  /** A new plain JDBC connection in auto-commit mode, as a per-view counter plugin would use. */
  Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(url, user, "");
    connection.setAutoCommit(true);
    return connection;
  }

  @Override
  public void close() throws IOException {
    storage.close();
    if (postgres != null) {
      postgres.close();
    }
    if (h2Directory != null) {
      try (Stream<Path> files = Files.walk(h2Directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
