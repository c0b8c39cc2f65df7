package io.dateline.cms.storage.jpa;

import io.dateline.cms.storage.jpa.internal.Database;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades Dateline's tables with the Flyway migrations shipped in this jar.
 *
 * <p>The scripts live under {@code classpath:db/dateline/migration}; their history is kept in the
 * table {@value #HISTORY_TABLE}, apart from any Flyway history of the host application, so Dateline
 * can share a schema with the application's own tables. One set of scripts serves H2 and
 * PostgreSQL: the database is recognized from the connection's metadata and the few dialect
 * differences are filled in as placeholders.
 *
 * <p>Thread-safe; Flyway takes a database lock, so several nodes may call {@link #migrate} at the
 * same time and the migrations still run once.
 *
 * @since 0.1.0
 */
public final class DatelineMigrations {
  /** The classpath location of the migration scripts. */
  public static final String LOCATION = "classpath:db/dateline/migration";

  /** The table that records which migrations ran. */
  public static final String HISTORY_TABLE = "dateline_schema_history";

  private DatelineMigrations() {}

  /**
   * Brings the schema up to date.
   *
   * @param dataSource where Dateline's tables live; never {@code null}
   * @return how many migrations ran now (0 when the schema was current)
   * @throws IllegalStateException when the database is neither H2 nor PostgreSQL
   * @throws org.flywaydb.core.api.FlywayException when a migration fails
   */
  public static int migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    MigrateResult result = flyway(dataSource).migrate();
    return result.migrationsExecuted;
  }

  private static Flyway flyway(DataSource dataSource) {
    Database database = Database.of(dataSource);
    return Flyway.configure(DatelineMigrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .placeholders(database.placeholders())
        // A schema that already holds the application's tables is fine: Dateline's history table
        // marks what Dateline created.
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }
}
