package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.audit.AuditRecord;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's audit log in {@code dateline_audit_entry} (migration V7), in plain JDBC like the
 * other hand-written tables: the statements are fixed and name their tenant explicitly.
 *
 * <p><b>In the change's transaction.</b> {@link #appendWith} leaves its record in a thread-local
 * while the command's write runs; {@link JpaChangeLog#append}, which every content change calls in
 * its own transaction, then inserts the record right after the change row ({@link #changed}). The
 * entry therefore commits or rolls back with the change. A transaction that rolls back (a slug
 * taken, say, which the services retry with another slug) puts the record back, so the retry's
 * transaction stores it; a write that changes nothing stores nothing. A thread-local is how the
 * record reaches that transaction because the repositories' write methods have no room for it.
 */
final class JpaAuditLog implements AuditLog {
  private static final String INSERT =
      "insert into dateline_audit_entry (tenant_id, recorded_at, actor_id, actor_name,"
          + " audit_action, subject_kind, subject_id, article_id, detail)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String COLUMNS =
      "select entry_seq, recorded_at, actor_id, actor_name, audit_action, subject_kind,"
          + " subject_id, article_id, detail from dateline_audit_entry";

  private static final ThreadLocal<@Nullable Pending> PENDING = new ThreadLocal<>();

  private final TenantId tenant;
  private final TenantSessions sessions;

  JpaAuditLog(TenantId tenant, TenantSessions sessions) {
    this.tenant = tenant;
    this.sessions = sessions;
  }

  /** A record waiting for the content change it belongs to. */
  private static final class Pending {
    final TenantId tenant;
    final AuditRecord record;
    volatile boolean stored;

    Pending(TenantId tenant, AuditRecord record) {
      this.tenant = tenant;
      this.record = record;
    }
  }

  /**
   * Called by the change log after it appended a change of {@code changed} in the session's
   * transaction: inserts the record the running {@link #appendWith} of that tenant waits to store,
   * once per committed transaction.
   *
   * @param session the change's session, in its transaction
   * @param changed the tenant whose content changed
   */
  static void changed(Session session, TenantId changed) {
    Pending pending = PENDING.get();
    if (pending == null || pending.stored || !pending.tenant.equals(changed)) {
      return;
    }
    session.doWork(connection -> insert(connection, pending.record));
    pending.stored = true;
    // Rolled back with the change: a retry stores it.
    JpaChangeLog.onRollback(session, () -> pending.stored = false);
  }

  @Override
  public AuditEntry append(AuditRecord record) {
    checkTenant(record);
    long sequence = sessions.unscoped(false, s -> s.doReturningWork(c -> insert(c, record)));
    return new AuditEntry(sequence, record);
  }

  @Override
  public <R> R appendWith(AuditRecord record, Supplier<R> write) {
    checkTenant(record);
    Objects.requireNonNull(write, "write");
    Pending outer = PENDING.get();
    PENDING.set(new Pending(tenant, record));
    try {
      return write.get();
    } finally {
      PENDING.set(outer);
    }
  }

  @Override
  public List<AuditEntry> find(AuditQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.limit() < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + query.limit());
    }
    StringBuilder sql = new StringBuilder(COLUMNS).append(" where tenant_id = ?");
    List<Object> params = new ArrayList<>();
    params.add(tenant.value());
    if (query.article() != null) {
      sql.append(" and article_id = ?");
      params.add(Objects.requireNonNull(query.article()).value());
    }
    if (query.actorId() != null) {
      sql.append(" and actor_id = ?");
      params.add(Objects.requireNonNull(query.actorId()));
    }
    if (query.from() != null) {
      sql.append(" and recorded_at >= ?");
      params.add(OffsetDateTime.ofInstant(Objects.requireNonNull(query.from()), ZoneOffset.UTC));
    }
    if (query.until() != null) {
      sql.append(" and recorded_at < ?");
      params.add(OffsetDateTime.ofInstant(Objects.requireNonNull(query.until()), ZoneOffset.UTC));
    }
    sql.append(" and entry_seq < ? order by entry_seq desc fetch first ? rows only");
    params.add(query.before());
    params.add(query.limit());
    String statement = sql.toString();
    return sessions.unscoped(
        true,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(statement)) {
                    for (int i = 0; i < params.size(); i++) {
                      ps.setObject(i + 1, params.get(i));
                    }
                    List<AuditEntry> entries = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                      while (rs.next()) {
                        entries.add(read(rs));
                      }
                    }
                    return entries;
                  }
                }));
  }

  private AuditEntry read(ResultSet rs) throws SQLException {
    UUID article = rs.getObject(8, UUID.class);
    return new AuditEntry(
        rs.getLong(1),
        new AuditRecord(
            tenant,
            rs.getObject(2, OffsetDateTime.class).toInstant(),
            rs.getString(3),
            rs.getString(4),
            AuditAction.valueOf(rs.getString(5)),
            AuditSubject.valueOf(rs.getString(6)),
            rs.getString(7),
            article == null ? null : ArticleId.of(article),
            rs.getString(9)));
  }

  private static long insert(Connection connection, AuditRecord r) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(INSERT, new String[] {"entry_seq"})) {
      ps.setString(1, r.tenantId().value());
      ps.setObject(2, OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
      ps.setString(3, r.actorId());
      ps.setString(4, r.actorName());
      ps.setString(5, r.action().name());
      ps.setString(6, r.subject().name());
      ps.setString(7, r.subjectId());
      if (r.articleId() == null) {
        ps.setNull(8, Types.OTHER);
      } else {
        ps.setObject(8, Objects.requireNonNull(r.articleId()).value());
      }
      if (r.detail() == null) {
        ps.setNull(9, Types.VARCHAR);
      } else {
        ps.setString(9, r.detail());
      }
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        if (!keys.next()) {
          throw new SQLException("the database returned no entry_seq for the audit entry");
        }
        return keys.getLong(1);
      }
    }
  }

  private void checkTenant(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    if (!record.tenantId().equals(tenant)) {
      throw new IllegalArgumentException(
          "audit record of tenant " + record.tenantId() + " given to the log of " + tenant);
    }
  }

  @Override
  public long prune(Instant before) {
    Objects.requireNonNull(before, "before");
    // By the (tenant_id, recorded_at) index the time query uses.
    return sessions.unscoped(
        false,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps =
                      connection.prepareStatement(
                          "delete from dateline_audit_entry where tenant_id = ? and recorded_at < ?")) {
                    ps.setString(1, tenant.value());
                    ps.setObject(2, OffsetDateTime.ofInstant(before, ZoneOffset.UTC));
                    return (long) ps.executeUpdate();
                  }
                }));
  }
}
