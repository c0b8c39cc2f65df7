package io.dateline.cms.memory;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.views.ViewTotal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * View counts in the heap. One lock guards everything: a batch must be all-or-nothing, and the
 * counter already batches increments so this lock is taken once per flush, not once per view.
 *
 * <p>Applied batch ids are kept, in the order applied, until {@link #forgetBatchIds(Duration)}
 * drops those older than its argument; nothing else evicts them, so a retry is recognised for as
 * long as the caller's retention says.
 */
final class InMemoryViewCountStore implements ViewCountStore {
  private record Key(TenantId tenant, ArticleId article) {}

  private final Clock clock;
  private final Map<Key, Long> totals = new HashMap<>();
  private final Map<Key, Map<LocalDate, Long>> daily = new HashMap<>();

  /** Applied batch ids with the time each was applied, oldest first (insertion order). */
  private final LinkedHashMap<UUID, Instant> applied = new LinkedHashMap<>();

  /** A store timed by the system clock. */
  InMemoryViewCountStore() {
    this(Clock.systemUTC());
  }

  /**
   * A store timed by {@code clock}, which stamps applied batch ids.
   *
   * @param clock the clock
   */
  InMemoryViewCountStore(Clock clock) {
    this.clock = clock;
  }

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
    applied.put(batch.id(), clock.instant());
    return true;
  }

  @Override
  public synchronized int forgetBatchIds(Duration olderThan) {
    Objects.requireNonNull(olderThan, "olderThan");
    if (olderThan.isNegative()) {
      throw new IllegalArgumentException("olderThan must not be negative, was " + olderThan);
    }
    Instant cutoff = clock.instant().minus(olderThan);
    int forgotten = 0;
    // Insertion order is application order, so the expired ids are a prefix, give or take a
    // clock step backwards, which only keeps an id a little longer.
    Iterator<Instant> times = applied.values().iterator();
    while (times.hasNext() && !times.next().isAfter(cutoff)) {
      times.remove();
      forgotten++;
    }
    return forgotten;
  }

  /**
   * How many applied batch ids are remembered.
   *
   * @return the count
   */
  synchronized int rememberedBatchIds() {
    return applied.size();
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
      TenantId tenantId, @Nullable LocalDate fromInclusive, @Nullable LocalDate toInclusive) {
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
