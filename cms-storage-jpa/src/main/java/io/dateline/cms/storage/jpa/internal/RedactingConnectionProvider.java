package io.dateline.cms.storage.jpa.internal;

import javax.sql.DataSource;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.connections.internal.DataSourceConnectionProvider;
import org.hibernate.engine.jdbc.connections.spi.DatabaseConnectionInfo;
import org.hibernate.engine.jdbc.env.spi.ExtractedDatabaseMetaData;
import org.jspecify.annotations.Nullable;

/**
 * Hibernate's connection provider for a {@link DataSource}, except that the connection summary
 * Hibernate logs at start ({@code HHH10001005: Database info}) shows the JDBC URL with its secrets
 * masked: Hibernate takes the URL from the driver's metadata, and PostgreSQL's driver reports it as
 * it was given, password included.
 *
 * @since 0.1.0
 */
public final class RedactingConnectionProvider extends DataSourceConnectionProvider {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the provider.
   *
   * @param dataSource where connections come from
   */
  public RedactingConnectionProvider(DataSource dataSource) {
    setDataSource(dataSource);
  }

  @Override
  public DatabaseConnectionInfo getDatabaseConnectionInfo(Dialect dialect) {
    return new Redacted(super.getDatabaseConnectionInfo(dialect));
  }

  @Override
  public DatabaseConnectionInfo getDatabaseConnectionInfo(
      Dialect dialect, ExtractedDatabaseMetaData metaData) {
    return new Redacted(super.getDatabaseConnectionInfo(dialect, metaData));
  }

  /** The summary of a connection, with every URL in it redacted. */
  private record Redacted(DatabaseConnectionInfo info) implements DatabaseConnectionInfo {
    @Override
    public @Nullable String getJdbcUrl() {
      return JdbcUrls.redact(info.getJdbcUrl());
    }

    @Override
    public String getJdbcDriver() {
      return info.getJdbcDriver();
    }

    @Override
    public DatabaseVersion getDialectVersion() {
      return info.getDialectVersion();
    }

    @Override
    public String getSchema() {
      return info.getSchema();
    }

    @Override
    public String getCatalog() {
      return info.getCatalog();
    }

    @Override
    public String getAutoCommitMode() {
      return info.getAutoCommitMode();
    }

    @Override
    public String getIsolationLevel() {
      return info.getIsolationLevel();
    }

    @Override
    public Integer getPoolMinSize() {
      return info.getPoolMinSize();
    }

    @Override
    public Integer getPoolMaxSize() {
      return info.getPoolMaxSize();
    }

    @Override
    public Integer getJdbcFetchSize() {
      return info.getJdbcFetchSize();
    }

    @Override
    public boolean hasSchema() {
      return info.hasSchema();
    }

    @Override
    public boolean hasCatalog() {
      return info.hasCatalog();
    }

    @Override
    public @Nullable String toInfoString() {
      String text = info.toInfoString();
      String raw = info.getJdbcUrl();
      if (raw != null && !raw.isEmpty()) {
        text = text.replace(raw, JdbcUrls.redact(raw));
      }
      // A second net for a URL the summary spells differently from getJdbcUrl().
      return JdbcUrls.redactText(text);
    }
  }
}
