package io.dateline.cms.storage.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The databases the store supports, and the few places where their SQL differs: column types in the
 * migrations and the upserts of the view counters.
 *
 * @since 0.1.0
 */
public enum Database {
  /** H2 2.x: standard {@code MERGE} for upserts, {@code json} columns. */
  H2(
      Map.of("json_type", "json", "binary_collation", ""),
      "merge into dateline_view_batch t"
          + " using (values (cast(? as varchar(63)), cast(? as uuid), cast(? as timestamp(6) with time zone)))"
          + " s(tenant_id, batch_id, applied_at)"
          + " on t.tenant_id = s.tenant_id and t.batch_id = s.batch_id"
          + " when not matched then insert (tenant_id, batch_id, applied_at)"
          + " values (s.tenant_id, s.batch_id, s.applied_at)",
      "merge into dateline_view_total t"
          + " using (values (cast(? as varchar(63)), cast(? as uuid), cast(? as bigint)))"
          + " s(tenant_id, article_id, views)"
          + " on t.tenant_id = s.tenant_id and t.article_id = s.article_id"
          + " when matched then update set views = t.views + s.views"
          + " when not matched then insert (tenant_id, article_id, views)"
          + " values (s.tenant_id, s.article_id, s.views)",
      "merge into dateline_view_daily t"
          + " using (values (cast(? as varchar(63)), cast(? as uuid), cast(? as date),"
          + " cast(? as bigint))) s(tenant_id, article_id, view_day, views)"
          + " on t.tenant_id = s.tenant_id and t.article_id = s.article_id"
          + " and t.view_day = s.view_day"
          + " when matched then update set views = t.views + s.views"
          + " when not matched then insert (tenant_id, article_id, view_day, views)"
          + " values (s.tenant_id, s.article_id, s.view_day, s.views)"),

  /** PostgreSQL 12 and later: {@code INSERT ... ON CONFLICT} for upserts, {@code jsonb} columns. */
  POSTGRESQL(
      Map.of("json_type", "jsonb", "binary_collation", "collate \"C\""),
      "insert into dateline_view_batch (tenant_id, batch_id, applied_at) values (?, ?, ?)"
          + " on conflict (tenant_id, batch_id) do nothing",
      "insert into dateline_view_total (tenant_id, article_id, views) values (?, ?, ?)"
          + " on conflict (tenant_id, article_id)"
          + " do update set views = dateline_view_total.views + excluded.views",
      "insert into dateline_view_daily (tenant_id, article_id, view_day, views)"
          + " values (?, ?, ?, ?)"
          + " on conflict (tenant_id, article_id, view_day)"
          + " do update set views = dateline_view_daily.views + excluded.views");

  private final Map<String, String> placeholders;
  private final String claimBatchSql;
  private final String addTotalSql;
  private final String addDailySql;

  Database(
      Map<String, String> placeholders,
      String claimBatchSql,
      String addTotalSql,
      String addDailySql) {
    this.placeholders = placeholders;
    this.claimBatchSql = claimBatchSql;
    this.addTotalSql = addTotalSql;
    this.addDailySql = addDailySql;
  }

  /**
   * The Flyway placeholders of this database.
   *
   * @return placeholder name to value
   */
  public Map<String, String> placeholders() {
    return placeholders;
  }

  /**
   * Inserts a (tenant, batch id, applied at) row unless it exists; the update count is 0 when it
   * did.
   *
   * @return the SQL
   */
  public String claimBatchSql() {
    return claimBatchSql;
  }

  /**
   * Adds (tenant, article, views) to an all-time total, creating it when missing.
   *
   * @return the SQL
   */
  public String addTotalSql() {
    return addTotalSql;
  }

  /**
   * Adds (tenant, article, day, views) to a day bucket, creating it when missing.
   *
   * @return the SQL
   */
  public String addDailySql() {
    return addDailySql;
  }

  /**
   * Recognizes the database behind a connection.
   *
   * @param connection an open connection
   * @return the database
   * @throws SQLException when the metadata cannot be read
   * @throws IllegalStateException when the database is not supported
   */
  public static Database of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName();
    String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    throw new IllegalStateException(
        "Dateline's JPA storage supports H2 and PostgreSQL, not '" + product + "'");
  }

  /**
   * Recognizes the database behind a data source.
   *
   * @param dataSource the data source
   * @return the database
   * @throws IllegalStateException when it cannot be reached or is not supported
   */
  public static Database of(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return of(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's metadata: " + e.getMessage(), e);
    }
  }
}
