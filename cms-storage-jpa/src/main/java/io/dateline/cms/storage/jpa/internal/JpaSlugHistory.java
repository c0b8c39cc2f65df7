package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.SlugKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's former slugs in {@code dateline_slug_history}. Like {@link JpaImportSources} it has
 * no entity: the statements are short and each names its tenant explicitly. A record replaces an
 * earlier one of the same slug by delete-then-insert in one transaction, after locking the slug the
 * way slugs of content are locked ({@link WriteGuards}), so racing writers leave one record on H2
 * and PostgreSQL alike without relying on either database's own upsert syntax.
 *
 * <p><b>Renames in the rename's transaction.</b> {@link #recordWith} leaves its record in a
 * thread-local while the rename runs; {@link JpaChangeLog#append}, which the rename calls in its
 * own transaction, then stores the record there ({@link #changed}), so the old slug's redirect
 * commits or rolls back with the new slug. This is the audit log's mechanism (see {@code
 * JpaAuditLog}), for the same reason: the repositories' write methods have no room for it. The slug
 * is locked there too; on H2 that lock is the tenant row the rename already holds for its own slug,
 * and on PostgreSQL an advisory lock no other holder of the change log's head waits for.
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

  private static final ThreadLocal<@Nullable Pending> PENDING = new ThreadLocal<>();

  private final TenantId tenant;
  private final TenantSessions sessions;

  JpaSlugHistory(TenantId tenant, TenantSessions sessions) {
    this.tenant = tenant;
    this.sessions = sessions;
  }

  /** A record waiting for the rename it belongs to. */
  private static final class Pending {
    final JpaSlugHistory owner;
    final SlugKind kind;
    final String oldSlug;
    final UUID target;
    boolean stored;

    Pending(JpaSlugHistory owner, SlugKind kind, String oldSlug, UUID target) {
      this.owner = owner;
      this.kind = kind;
      this.oldSlug = oldSlug;
      this.target = target;
    }
  }

  @Override
  public void record(SlugKind kind, String oldSlug, UUID target) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(oldSlug, "oldSlug must not be null");
    Objects.requireNonNull(target, "target must not be null");
    sessions.unscoped(
        false,
        s -> {
          replace(s, kind, oldSlug, target);
          return null;
        });
  }

  /** Locks the slug, then replaces its record, in the session's transaction. */
  private void replace(Session s, SlugKind kind, String oldSlug, UUID target) {
    WriteGuards.lockSlug(
        s, sessions.database(), tenant.value(), "slug-history-" + kind.name(), oldSlug);
    s.doWork(
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
            insert.executeUpdate();
          }
        });
  }

  @Override
  public <R> R recordWith(SlugKind kind, String oldSlug, UUID target, Supplier<R> write) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(oldSlug, "oldSlug must not be null");
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(write, "write must not be null");
    Pending outer = PENDING.get();
    Pending pending = new Pending(this, kind, oldSlug, target);
    PENDING.set(pending);
    R result;
    try {
      result = write.get();
    } finally {
      PENDING.set(outer);
    }
    if (!pending.stored) {
      // The write committed no change of this tenant through this store's change log (it changed
      // nothing, or wrote elsewhere): record it now, as the default does.
      record(kind, oldSlug, target);
    }
    return result;
  }

  /**
   * Called by the change log after it appended a change of {@code changed} in the session's
   * transaction: stores the record the running {@link #recordWith} of that tenant waits to store,
   * once per committed transaction.
   *
   * @param session the change's session, in its transaction
   * @param changed the tenant whose content changed
   */
  static void changed(Session session, TenantId changed) {
    Pending pending = PENDING.get();
    if (pending == null || pending.stored || !pending.owner.tenant.equals(changed)) {
      return;
    }
    pending.owner.replace(session, pending.kind, pending.oldSlug, pending.target);
    pending.stored = true;
    // Rolled back with the rename: a retry stores it.
    JpaChangeLog.onRollback(session, () -> pending.stored = false);
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
