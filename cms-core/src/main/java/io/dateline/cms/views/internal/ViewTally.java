package io.dateline.cms.views.internal;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewIncrement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Views merged by (tenant, article, UTC day): what a drained buffer or a set of unsent views adds
 * up to. Merging keeps its size proportional to distinct articles, never to views or flushes.
 *
 * <p>Not thread-safe: only the thread holding the counter's flush lock touches one.
 *
 * @since 0.1.0
 */
public final class ViewTally {
  /**
   * Increments leave in this order so that two nodes flushing at once touch rows in the same order;
   * a database then makes one wait for the other instead of failing both with a deadlock.
   */
  private static final Comparator<ViewIncrement> STORE_ORDER =
      Comparator.comparing(ViewIncrement::tenantId)
          .thenComparing(ViewIncrement::articleId)
          .thenComparing(ViewIncrement::day);

  private record DayKey(TenantId tenantId, ArticleId articleId, long epochDay) {}

  private final Map<DayKey, Long> views = new HashMap<>();
  private long total;

  /** Creates an empty tally. */
  public ViewTally() {}

  /**
   * Adds views.
   *
   * @param tenantId the tenant
   * @param articleId the article
   * @param epochDay the UTC day, as days since 1970-01-01
   * @param count how many; zero is ignored
   */
  public void add(TenantId tenantId, ArticleId articleId, long epochDay, long count) {
    if (count != 0) {
      views.merge(new DayKey(tenantId, articleId, epochDay), count, Long::sum);
      total += count;
    }
  }

  /**
   * Whether nothing was added.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return views.isEmpty();
  }

  /**
   * All views added.
   *
   * @return the sum
   */
  public long total() {
    return total;
  }

  /**
   * Adds this tally's views to per-article sums, across days.
   *
   * @param sums the sums to add to
   */
  public void sumByArticle(Map<TenantArticle, Long> sums) {
    views.forEach(
        (key, count) ->
            sums.merge(new TenantArticle(key.tenantId(), key.articleId()), count, Long::sum));
  }

  /**
   * The tally as store increments, in a stable (tenant, article, day) order.
   *
   * @return one increment per (tenant, article, day)
   */
  public List<ViewIncrement> increments() {
    List<ViewIncrement> list = new ArrayList<>(views.size());
    views.forEach(
        (key, count) ->
            list.add(
                new ViewIncrement(
                    key.tenantId(), key.articleId(), LocalDate.ofEpochDay(key.epochDay()), count)));
    list.sort(STORE_ORDER);
    return list;
  }
}
