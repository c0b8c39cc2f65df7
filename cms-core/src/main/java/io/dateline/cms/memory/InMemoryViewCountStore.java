package io.dateline.cms.memory;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.spi.ViewTotal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * View counts in the heap. One lock guards everything: a batch must be all-or-nothing, and the
 * counter already batches increments so this lock is taken once per flush, not once per view.
 */
final class InMemoryViewCountStore implements ViewCountStore {
  /** How many applied batch ids are remembered to make retries idempotent. */
  private static final int REMEMBERED_BATCHES = 100_000;

  private record Key(TenantId tenant, ArticleId article) {}

  private final Map<Key, Long> totals = new HashMap<>();
  private final Map<Key, Map<LocalDate, Long>> daily = new HashMap<>();
  private final Map<UUID, Boolean> applied =
      new LinkedHashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
          return size() > REMEMBERED_BATCHES;
        }
      };

  @Override
  public synchronized boolean add(ViewBatch batch) {
    if (applied.containsKey(batch.id())) {
      return false;
    }
    for (ViewIncrement inc : batch.increments()) {
      Key key = new Key(inc.tenantId(), inc.articleId());
      totals.merge(key, inc.views(), Long::sum);
      daily.computeIfAbsent(key, k -> new HashMap<>()).merge(inc.day(), inc.views(), Long::sum);
    }
    applied.put(batch.id(), Boolean.TRUE);
    return true;
  }

  @Override
  public synchronized Map<ArticleId, Long> totals(
      TenantId tenantId, Collection<ArticleId> articleIds) {
    Map<ArticleId, Long> result = new HashMap<>();
    for (ArticleId id : articleIds) {
      Long count = totals.get(new Key(tenantId, id));
      if (count != null) {
        result.put(id, count);
      }
    }
    return result;
  }

  @Override
  public synchronized List<ViewTotal> top(
      TenantId tenantId, LocalDate fromInclusive, LocalDate toInclusive, int limit) {
    Map<ArticleId, Long> sums = new HashMap<>();
    daily.forEach(
        (key, days) -> {
          if (key.tenant().equals(tenantId)) {
            days.forEach(
                (day, views) -> {
                  if (!day.isBefore(fromInclusive) && !day.isAfter(toInclusive)) {
                    sums.merge(key.article(), views, Long::sum);
                  }
                });
          }
        });
    return rank(sums, limit);
  }

  @Override
  public synchronized List<ViewTotal> topAllTime(TenantId tenantId, int limit) {
    Map<ArticleId, Long> sums = new HashMap<>();
    totals.forEach(
        (key, views) -> {
          if (key.tenant().equals(tenantId)) {
            sums.put(key.article(), views);
          }
        });
    return rank(sums, limit);
  }

  /**
   * Period and all-time views of every article of a tenant viewed in the period, read under one
   * lock so that both numbers come from the same moment (a batch is in both or in neither).
   *
   * @param tenantId the tenant
   * @param fromInclusive the first UTC day, or {@code null} for all time
   * @param toInclusive the last UTC day; ignored for all time
   * @return views by article; articles with no views in the period are absent
   */
  synchronized Map<ArticleId, Views> viewsOf(
      TenantId tenantId, LocalDate fromInclusive, LocalDate toInclusive) {
    Map<ArticleId, Views> result = new HashMap<>();
    totals.forEach(
        (key, total) -> {
          if (!key.tenant().equals(tenantId)) {
            return;
          }
          long period = total;
          if (fromInclusive != null) {
            period = 0;
            for (Map.Entry<LocalDate, Long> day : daily.getOrDefault(key, Map.of()).entrySet()) {
              if (!day.getKey().isBefore(fromInclusive) && !day.getKey().isAfter(toInclusive)) {
                period += day.getValue();
              }
            }
          }
          if (period > 0) {
            result.put(key.article(), new Views(period, total));
          }
        });
    return result;
  }

  /**
   * One article's views.
   *
   * @param period views within the asked period
   * @param total views of all time
   */
  record Views(long period, long total) {}

  private static List<ViewTotal> rank(Map<ArticleId, Long> sums, int limit) {
    return sums.entrySet().stream()
        .map(e -> new ViewTotal(e.getKey(), e.getValue()))
        .sorted(
            Comparator.comparingLong(ViewTotal::views)
                .reversed()
                .thenComparing(ViewTotal::articleId))
        .limit(limit)
        .toList();
  }
}
