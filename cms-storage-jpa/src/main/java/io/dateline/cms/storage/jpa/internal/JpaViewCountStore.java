package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.views.ViewTotal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * View counts in {@code dateline_view_total} and {@code dateline_view_daily}.
 *
 * <p>Reads go through tenant-bound Hibernate sessions. A batch is written with plain JDBC because
 * it spans tenants and must be three JDBC batches of atomic {@code views = views + n} upserts
 * (which JPQL cannot express portably). Those statements are the only SQL in this module that
 * Hibernate's tenant filter does not see, so each one names its tenant explicitly: every row
 * written carries the increment's {@code tenant_id}, and every key it matches on leads with it.
 *
 * @since 0.1.0
 */
public final class JpaViewCountStore implements ViewCountStore {
  /**
   * The tenant under which a batch with no increments is recorded: no tenant can have this id, and
   * recording it keeps even an empty batch's retry a no-op.
   */
  private static final String EMPTY_BATCH_TENANT = TenantSessions.UNSCOPED;

  /** Deletes the applied batch ids recorded before a cut-off; {@code V3} indexes the column. */
  private static final String FORGET_BATCHES_SQL =
      "delete from dateline_view_batch where applied_at <= ?";

  /** A batch is tried this often when concurrent first inserts of a key collide. */
  private static final int APPLY_ATTEMPTS = 5;

  private final TenantSessions sessions;

  /**
   * Creates the store.
   *
   * @param sessions the session runner
   */
  public JpaViewCountStore(TenantSessions sessions) {
    this.sessions = sessions;
  }

  private record TotalKey(String tenant, UUID article) implements Comparable<TotalKey> {
    @Override
    public int compareTo(TotalKey o) {
      int byTenant = tenant.compareTo(o.tenant);
      return byTenant != 0 ? byTenant : article.toString().compareTo(o.article.toString());
    }
  }

  private record DailyKey(TotalKey total, LocalDate day) implements Comparable<DailyKey> {
    @Override
    public int compareTo(DailyKey o) {
      int byTotal = total.compareTo(o.total);
      return byTotal != 0 ? byTotal : day.compareTo(o.day);
    }
  }

  @Override
  public boolean add(ViewBatch batch) {
    // Sum per key first, and write keys in one global order, so that two nodes flushing
    // overlapping batches lock rows in the same order and cannot deadlock.
    Map<TotalKey, Long> totals = new TreeMap<>();
    Map<DailyKey, Long> daily = new TreeMap<>();
    Set<String> tenants = new TreeSet<>();
    for (ViewIncrement inc : batch.increments()) {
      TotalKey key = new TotalKey(inc.tenantId().value(), inc.articleId().value());
      totals.merge(key, inc.views(), Long::sum);
      daily.merge(new DailyKey(key, inc.day()), inc.views(), Long::sum);
      tenants.add(key.tenant());
    }
    if (tenants.isEmpty()) {
      tenants.add(EMPTY_BATCH_TENANT);
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    for (int attempt = 1; ; attempt++) {
      try {
        return apply(batch.id(), tenants, totals, daily, now);
      } catch (RuntimeException e) {
        // H2's MERGE is not atomic against another transaction inserting the same new key (the
        // loser fails with a unique violation); PostgreSQL's ON CONFLICT is. The failed attempt
        // rolled back entirely, batch id included, so running it again is safe: the key now
        // exists and the retry takes the update path.
        if (attempt == APPLY_ATTEMPTS || !TenantSessions.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  private boolean apply(
      UUID batchId,
      Set<String> tenants,
      Map<TotalKey, Long> totals,
      Map<DailyKey, Long> daily,
      OffsetDateTime now) {
    return sessions.unscoped(
        false,
        s ->
            s.doReturningWork(
                connection -> {
                  if (!claim(connection, batchId, tenants, now)) {
                    // Applied before: nothing of this batch may be written again.
                    s.getTransaction().setRollbackOnly();
                    return false;
                  }
                  addTotals(connection, totals);
                  addDaily(connection, daily);
                  return true;
                }));
  }

  /** Records the batch id for every tenant it touches; false when it was recorded before. */
  private boolean claim(Connection c, UUID batchId, Set<String> tenants, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sessions.database().claimBatchSql())) {
      for (String tenant : tenants) {
        ps.setString(1, tenant);
        ps.setObject(2, batchId);
        ps.setObject(3, now);
        ps.addBatch();
      }
      for (int inserted : ps.executeBatch()) {
        if (inserted == 0) {
          return false;
        }
      }
      return true;
    }
  }

  private void addTotals(Connection c, Map<TotalKey, Long> totals) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sessions.database().addTotalSql())) {
      for (Map.Entry<TotalKey, Long> e : totals.entrySet()) {
        ps.setString(1, e.getKey().tenant());
        ps.setObject(2, e.getKey().article());
        ps.setLong(3, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void addDaily(Connection c, Map<DailyKey, Long> daily) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sessions.database().addDailySql())) {
      for (Map.Entry<DailyKey, Long> e : daily.entrySet()) {
        ps.setString(1, e.getKey().total().tenant());
        ps.setObject(2, e.getKey().total().article());
        ps.setDate(3, Date.valueOf(e.getKey().day()));
        ps.setLong(4, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One {@code DELETE} of the {@code dateline_view_batch} rows whose {@code applied_at} (the
   * applying JVM's clock) is at or before now minus {@code olderThan}, across all tenants, using
   * the {@code applied_at} index.
   */
  @Override
  public int forgetBatchIds(Duration olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    if (olderThan.isNegative()) {
      throw new IllegalArgumentException("olderThan must not be negative, was " + olderThan);
    }
    OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(olderThan);
    return sessions.unscoped(
        false,
        s ->
            s.doReturningWork(
                connection -> {
                  try (PreparedStatement ps = connection.prepareStatement(FORGET_BATCHES_SQL)) {
                    ps.setObject(1, cutoff);
                    return ps.executeUpdate();
                  }
                }));
  }

  @Override
  public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds) {
    if (articleIds.isEmpty()) {
      return Map.of();
    }
    List<UUID> ids = articleIds.stream().map(ArticleId::value).toList();
    return sessions.read(
        tenantId,
        s -> {
          Map<ArticleId, Long> result = new HashMap<>();
          TenantSessions.selectByIds(
                  s, "from ViewTotalEntity v where v.articleId in :ids", ViewTotalEntity.class, ids)
              .forEach(v -> result.put(ArticleId.of(v.articleId), v.views));
          return result;
        });
  }

  @Override
  public List<ViewTotal> top(
      TenantId tenantId, LocalDate fromInclusive, LocalDate toInclusive, int limit) {
    return sessions.read(
        tenantId,
        s ->
            s
                .createSelectionQuery(
                    "select d.articleId, sum(d.views) from ViewDailyEntity d"
                        + " where d.viewDay between :from and :to"
                        + " group by d.articleId order by sum(d.views) desc, d.articleId",
                    Object[].class)
                .setParameter("from", fromInclusive)
                .setParameter("to", toInclusive)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new ViewTotal(ArticleId.of((UUID) r[0]), ((Number) r[1]).longValue()))
                .toList());
  }

  @Override
  public List<ViewTotal> topAllTime(TenantId tenantId, int limit) {
    return sessions.read(
        tenantId,
        s ->
            s
                .createSelectionQuery(
                    "from ViewTotalEntity v order by v.views desc, v.articleId",
                    ViewTotalEntity.class)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(v -> new ViewTotal(ArticleId.of(v.articleId), v.views))
                .toList());
  }
}
