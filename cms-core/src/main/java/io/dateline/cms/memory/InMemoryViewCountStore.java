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
