package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.SlugKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One tenant's former slugs in {@code dateline_slug_history}. Like {@link JpaImportSources} it has
 * no entity: the statements are short and each names its tenant explicitly. A record replaces an
 * earlier one of the same slug by delete-then-insert in one transaction, after locking the slug the
 * way slugs of content are locked ({@link WriteGuards}), so racing writers leave one record on H2
 * and PostgreSQL alike without relying on either database's own upsert syntax.
 */
final class JpaSlugHistory implements SlugHistory {
  private static final String SELECT =
      "select target_id from dateline_slug_history"
          + " where tenant_id = ? and kind = ? and old_slug = ?";
  private static final String DELETE =
      "delete from dateline_slug_history where tenant_id = ? and kind = ? and old_slug = ?";
  private static final String INSERT =
      "insert into dateline_slug_history (tenant_id, kind, old_slug, target_id)"
          + " values (?, ?, ?, ?)";
  private static final String RETARGET =
      "update dateline_slug_history set target_id = ?"
          + " where tenant_id = ? and kind = ? and target_id = ?";
  private static final String FORGET =
      "delete from dateline_slug_history where tenant_id = ? and kind = ? and target_id = ?";

  private final TenantId tenant;
  private final TenantSessions sessions;

  JpaSlugHistory(TenantId tenant, TenantSessions sessions) {
    this.tenant = tenant;
    this.sessions = sessions;
  }

  @Override
  public void record(SlugKind kind, String oldSlug, UUID target) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(oldSlug, "oldSlug must not be null");
    Objects.requireNonNull(target, "target must not be null");
    sessions.unscoped(
        false,
        s -> {
          WriteGuards.lockSlug(
              s, sessions.database(), tenant.value(), "slug-history-" + kind.name(), oldSlug);
          return s.doReturningWork(
              connection -> {
                try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                  delete.setString(1, tenant.value());
                  delete.setString(2, kind.name());
                  delete.setString(3, oldSlug);
                  delete.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                  insert.setString(1, tenant.value());
                  insert.setString(2, kind.name());
                  insert.setString(3, oldSlug);
                  insert.setObject(4, target);
                  return insert.executeUpdate();
                }
              });
        });
  }

  @Override
  public Optional<UUID> find(SlugKind kind, String oldSlug) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(oldSlug, "oldSlug must not be null");
    return sessions.unscoped(
        true,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(SELECT)) {
                    ps.setString(1, tenant.value());
                    ps.setString(2, kind.name());
                    ps.setString(3, oldSlug);
                    try (ResultSet rs = ps.executeQuery()) {
                      return rs.next()
                          ? Optional.of(rs.getObject(1, UUID.class))
                          : Optional.<UUID>empty();
                    }
                  }
                }));
  }

  @Override
  public int retarget(SlugKind kind, UUID from, UUID to) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    return sessions.unscoped(
        false,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(RETARGET)) {
                    ps.setObject(1, to);
                    ps.setString(2, tenant.value());
                    ps.setString(3, kind.name());
                    ps.setObject(4, from);
                    return ps.executeUpdate();
                  }
                }));
  }

  @Override
  public int forget(SlugKind kind, UUID target) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(target, "target must not be null");
    return sessions.unscoped(
        false,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(FORGET)) {
                    ps.setString(1, tenant.value());
                    ps.setString(2, kind.name());
                    ps.setObject(3, target);
                    return ps.executeUpdate();
                  }
                }));
  }
}
