package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.StorageException;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ImportSource;
import io.dateline.cms.spi.ImportSourceRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One tenant's import sources in {@code dateline_import_source}. The table has no entity: four
 * short statements are plainer in JDBC, and like the other hand-written SQL each names its tenant
 * explicitly. Insert-if-absent locks the identifier first (as slugs are locked, see {@link
 * WriteGuards}) and keeps the primary key as the last line of defence, so racing importers see one
 * winner on H2 and PostgreSQL alike.
 */
final class JpaImportSources implements ImportSourceRepository {
  private static final String SELECT =
      "select source_version, article_id, imported_at from dateline_import_source"
          + " where tenant_id = ? and source_uri = ?";
  private static final String INSERT =
      "insert into dateline_import_source"
          + " (tenant_id, source_uri, source_version, article_id, imported_at)"
          + " values (?, ?, ?, ?, ?)";
  private static final String UPDATE =
      "update dateline_import_source set source_version = ?, article_id = ?, imported_at = ?"
          + " where tenant_id = ? and source_uri = ? and source_version = ?";
  private static final String DELETE =
      "delete from dateline_import_source where tenant_id = ? and source_uri = ?";

  private final TenantId tenant;
  private final TenantSessions sessions;

  JpaImportSources(TenantId tenant, TenantSessions sessions) {
    this.tenant = tenant;
    this.sessions = sessions;
  }

  @Override
  public Optional<ImportSource> find(String uri) {
    Objects.requireNonNull(uri, "uri must not be null");
    return sessions.unscoped(
        true,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(SELECT)) {
                    ps.setString(1, tenant.value());
                    ps.setString(2, uri);
                    try (ResultSet rs = ps.executeQuery()) {
                      if (!rs.next()) {
                        return Optional.<ImportSource>empty();
                      }
                      return Optional.of(
                          new ImportSource(
                              uri,
                              rs.getLong(1),
                              ArticleId.of(rs.getObject(2, UUID.class)),
                              rs.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                  }
                }));
  }

  @Override
  public boolean insert(ImportSource source) {
    Objects.requireNonNull(source, "source must not be null");
    try {
      return sessions.unscoped(
          false,
          s -> {
            // Like a slug: lock the identifier, then look for a holder, so that a known item is
            // found by a query instead of a unique-key violation (which Hibernate would log as a
            // warning); the primary key stays as the last line of defence.
            WriteGuards.lockSlug(
                s, sessions.database(), tenant.value(), "import-source", source.uri());
            return s.doReturningWork(
                connection -> {
                  try (PreparedStatement exists = connection.prepareStatement(SELECT)) {
                    exists.setString(1, tenant.value());
                    exists.setString(2, source.uri());
                    try (ResultSet rs = exists.executeQuery()) {
                      if (rs.next()) {
                        return false;
                      }
                    }
                  }
                  try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                    ps.setString(1, tenant.value());
                    ps.setString(2, source.uri());
                    ps.setLong(3, source.version());
                    ps.setObject(4, source.articleId().value());
                    ps.setObject(5, time(source));
                    return ps.executeUpdate() == 1;
                  }
                });
          });
    } catch (StorageException e) {
      if (TenantSessions.isUniqueViolation(e)) {
        return false; // the transaction was rolled back; the stored record stays as it was
      }
      throw e;
    }
  }

  @Override
  public boolean update(ImportSource source, long expectedVersion) {
    Objects.requireNonNull(source, "source must not be null");
    return sessions.unscoped(
        false,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(UPDATE)) {
                    ps.setLong(1, source.version());
                    ps.setObject(2, source.articleId().value());
                    ps.setObject(3, time(source));
                    ps.setString(4, tenant.value());
                    ps.setString(5, source.uri());
                    ps.setLong(6, expectedVersion);
                    return ps.executeUpdate() == 1;
                  }
                }));
  }

  @Override
  public boolean delete(String uri) {
    Objects.requireNonNull(uri, "uri must not be null");
    return sessions.unscoped(
        false,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(DELETE)) {
                    ps.setString(1, tenant.value());
                    ps.setString(2, uri);
                    return ps.executeUpdate() == 1;
                  }
                }));
  }

  private static OffsetDateTime time(ImportSource source) {
    // Both databases keep microseconds; truncating here makes a read return what was written.
    return OffsetDateTime.ofInstant(
        source.importedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }
}
