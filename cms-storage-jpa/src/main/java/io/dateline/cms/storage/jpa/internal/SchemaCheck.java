package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.StorageException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;

/**
 * Reads which of Dateline's migrations a database has applied, from Flyway's history table, in one
 * query: the storage uses it to refuse an unmigrated database with a message that names what is
 * missing, and to skip Flyway altogether on a start where the schema is already current.
 *
 * @since 0.1.0
 */
public final class SchemaCheck {
  /** The history table Flyway keeps (the value of {@code DatelineMigrations.HISTORY_TABLE}). */
  public static final String HISTORY_TABLE = "dateline_schema_history";

  /**
   * The migrations this version of the module ships, oldest first. A test compares it with the
   * scripts under {@code db/dateline/migration}: add a line here with every new script.
   */
  public static final List<Migration> SHIPPED =
      List.of(
          new Migration("1", "content schema"),
          new Migration("2", "change feed"),
          new Migration("3", "view batch retention"),
          new Migration("4", "webhooks"),
          new Migration("5", "ninjs import sources"),
          new Migration("6", "revisions timed changes"),
          new Migration("7", "audit log"),
          new Migration("8", "slug history"),
          new Migration("9", "article notices"),
          new Migration("10", "image assets"),
          new Migration("11", "image references"),
          new Migration("12", "directory entries"));

  private SchemaCheck() {}

  /**
   * Reads the state of the schema.
   *
   * @param dataSource the database
   * @return what it has applied and what it lacks
   * @throws StorageException when the database cannot be read
   */
  public static Status inspect(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return inspect(connection);
    } catch (SQLException e) {
      throw new StorageException("Cannot read Dateline's schema history: " + e.getMessage(), e);
    }
  }

  /**
   * Reads the state of the schema on an open connection, leaving its transaction as it found it.
   *
   * @param connection the connection
   * @return what the database has applied and what it lacks
   * @throws SQLException when the database cannot be read for another reason than a missing history
   *     table
   */
  public static Status inspect(Connection connection) throws SQLException {
    if (!historyTableListed(connection)) {
      // Asked first so that a fresh database does not log a failed statement (PostgreSQL logs
      // each one as an error in its server log).
      return new Status(false, null, SHIPPED);
    }
    List<MigrationVersion> applied = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        // Flyway creates the table with a quoted lower-case name on H2 as on PostgreSQL.
        ResultSet rows =
            statement.executeQuery(
                "select \"version\" from \"" + HISTORY_TABLE + "\" where \"success\" = true")) {
      while (rows.next()) {
        String version = rows.getString(1);
        if (version != null) {
          applied.add(MigrationVersion.fromVersion(version));
        }
      }
    } catch (SQLException e) {
      rollbackQuietly(connection, e);
      if (e.getSQLState() != null && e.getSQLState().startsWith("42")) {
        // Undefined table (42P01 on PostgreSQL, 42S02 on H2): nothing was ever migrated.
        return new Status(false, null, SHIPPED);
      }
      throw e;
    }
    rollbackQuietly(connection, null);
    MigrationVersion current = applied.stream().max(MigrationVersion::compareTo).orElse(null);
    List<Migration> pending =
        SHIPPED.stream()
            .filter(
                m ->
                    current == null
                        || MigrationVersion.fromVersion(m.version()).compareTo(current) > 0)
            .toList();
    return new Status(true, current == null ? null : current.getVersion(), pending);
  }

  private static boolean historyTableListed(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : List.of(HISTORY_TABLE, HISTORY_TABLE.toUpperCase(Locale.ROOT))) {
      try (ResultSet tables = metaData.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void rollbackQuietly(Connection connection, @Nullable SQLException cause)
      throws SQLException {
    try {
      if (!connection.getAutoCommit()) {
        // PostgreSQL refuses every later statement of a transaction in which one failed.
        connection.rollback();
      }
    } catch (SQLException e) {
      if (cause == null) {
        throw e;
      }
      cause.addSuppressed(e);
    }
  }

  /**
   * Fails unless every shipped migration has run.
   *
   * @param status the state read by {@link #inspect}
   * @throws StorageException naming the history table or the migrations missing, and the fix
   */
  public static void require(Status status) {
    if (status.current()) {
      return;
    }
    String fix =
        " Run DatelineMigrations.migrate(dataSource) before building the storage, or let the"
            + " storage do it with JpaStorage.builder().migrateOnStart(true).";
    String missing =
        status.pending().stream().map(Migration::toString).collect(Collectors.joining(", "));
    if (!status.historyExists()) {
      throw new StorageException(
          "Dateline's tables are missing: this database has not been migrated (there is no table "
              + HISTORY_TABLE
              + "), so migrations "
              + missing
              + " have not run."
              + fix,
          null);
    }
    throw new StorageException(
        "Dateline's schema is "
            + (status.version() == null ? "empty" : "at version " + status.version())
            + " but this cms-storage-jpa needs version "
            + SHIPPED.get(SHIPPED.size() - 1).version()
            + ": migration"
            + (status.pending().size() == 1 ? " " : "s ")
            + missing
            + (status.pending().size() == 1 ? " has" : " have")
            + " not run (see table "
            + HISTORY_TABLE
            + ")."
            + fix,
        null);
  }

  /**
   * One migration script.
   *
   * @param version its version ({@code 2} for {@code V2__change_feed.sql})
   * @param description its description, as Flyway derives it from the file name
   */
  public record Migration(String version, String description) {
    @Override
    public String toString() {
      return "V" + version + " (" + description + ")";
    }
  }

  /**
   * The state of a database's schema.
   *
   * @param historyExists whether Flyway's history table exists
   * @param version the highest version applied successfully, or {@code null}
   * @param pending the shipped migrations not applied yet, oldest first
   */
  public record Status(boolean historyExists, @Nullable String version, List<Migration> pending) {
    /**
     * Whether every shipped migration has run.
     *
     * @return {@code true} when nothing is pending
     */
    public boolean current() {
      return pending.isEmpty();
    }
  }
}
