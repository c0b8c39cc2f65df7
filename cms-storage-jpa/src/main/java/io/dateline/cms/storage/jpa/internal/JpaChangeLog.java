package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ChangeLog;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * The change feed in {@code dateline_change}, with positions handed out by the one row of {@code
 * dateline_change_head} (see the V2 migration for why that row, and not a sequence).
 *
 * <p>Appends and reads are plain JDBC on the session's connection, like the view-count upserts: the
 * statements are fixed, span tenants (the global read) or write under a tenant that is not the
 * session's (a tenant save runs in an unscoped session), and so name their tenant explicitly
 * instead of relying on Hibernate's tenant filter. Appends run in the caller's transaction, as its
 * last statements, so the head row's lock is held only from there to the commit.
 *
 * <p>Thread-safe: holds no state but the session runner and the clock.
 *
 * @since 0.1.0
 */
public final class JpaChangeLog implements ChangeLog {
  private static final String INCREMENT_HEAD =
      "update dateline_change_head set position = position + 1 where id = 1";
  private static final String INSERT_CHANGE =
      "insert into dateline_change (tenant_id, position, kind, subject_id, recorded_at)"
          + " select ?, position, ?, ?, ? from dateline_change_head where id = 1";
  private static final String COLUMNS = "select tenant_id, position, kind, subject_id, recorded_at";
  private static final String READ_ALL =
      COLUMNS
          + " from dateline_change where position > ? order by position fetch first ? rows only";
  private static final String READ_TENANT =
      COLUMNS
          + " from dateline_change where tenant_id = ? and position > ?"
          + " order by tenant_id, position fetch first ? rows only";
  private static final String READ_HEAD = "select position from dateline_change_head where id = 1";

  private final TenantSessions sessions;
  private final Clock clock;

  /**
   * Creates the log.
   *
   * @param sessions the session runner
   * @param clock where the changes' times come from
   */
  public JpaChangeLog(TenantSessions sessions, Clock clock) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Appends one change in the session's transaction. Call it as the write's last step, after every
   * statement that can still fail: the session is flushed first, so pending inserts and updates
   * reach the database (and fail there, if they must) before the head row is locked.
   *
   * @param session the write's session, in its transaction
   * @param tenant the tenant whose content changed
   * @param kind what happened
   * @param subjectId the id of what changed, as text
   */
  void append(Session session, TenantId tenant, ChangeKind kind, String subjectId) {
    session.flush();
    OffsetDateTime at =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    session.doWork(
        connection -> {
          try (PreparedStatement head = connection.prepareStatement(INCREMENT_HEAD)) {
            if (head.executeUpdate() != 1) {
              throw new IllegalStateException(
                  "dateline_change_head has no row: the V2 migration did not run completely");
            }
          }
          try (PreparedStatement insert = connection.prepareStatement(INSERT_CHANGE)) {
            insert.setString(1, tenant.value());
            insert.setString(2, kind.name());
            insert.setString(3, subjectId);
            insert.setObject(4, at);
            insert.executeUpdate();
          }
        });
    // The audit entry of the command making this change, if one is waiting, joins the transaction.
    JpaAuditLog.changed(session, tenant);
    // So does the former slug of a rename.
    JpaSlugHistory.changed(session, tenant);
  }

  /**
   * Runs an action when the session's transaction ends without committing, for the records that
   * join a change's transaction ({@link JpaAuditLog}, {@link JpaSlugHistory}) to be stored again by
   * a retry.
   *
   * @param session the session, in its transaction
   * @param action what to do after a rollback
   */
  static void onRollback(Session session, Runnable action) {
    session
        .getTransaction()
        .registerSynchronization(
            new Synchronization() {
              @Override
              public void beforeCompletion() {}

              @Override
              public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                  action.run();
                }
              }
            });
  }

  @Override
  public List<Change> read(long afterPosition, int limit) {
    checkLimit(limit);
    return sessions.unscoped(
        true,
        s ->
            s.doReturningWork(
                connection ->
                    select(connection, READ_ALL, null, Math.max(afterPosition, 0), limit)));
  }

  @Override
  public List<Change> read(TenantId tenantId, long afterPosition, int limit) {
    Objects.requireNonNull(tenantId, "tenantId");
    checkLimit(limit);
    return sessions.unscoped(
        true,
        s ->
            s.doReturningWork(
                connection ->
                    select(
                        connection,
                        READ_TENANT,
                        tenantId.value(),
                        Math.max(afterPosition, 0),
                        limit)));
  }

  @Override
  public long head() {
    return sessions.unscoped(
        true,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(READ_HEAD);
                      ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                  }
                }));
  }

  private static List<Change> select(
      Connection connection, String sql, @Nullable String tenant, long after, int limit)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      int i = 1;
      if (tenant != null) {
        ps.setString(i++, tenant);
      }
      ps.setLong(i++, after);
      ps.setInt(i, limit);
      List<Change> changes = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          changes.add(
              new Change(
                  rs.getLong(2),
                  TenantId.of(rs.getString(1)),
                  ChangeKind.valueOf(rs.getString(3)),
                  rs.getString(4),
                  rs.getObject(5, OffsetDateTime.class).toInstant()));
        }
      }
      return List.copyOf(changes);
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }
}
