package io.dateline.cms.views.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Remembers which visitor viewed which article recently, so repeated views within a window count
 * once. Caffeine bounds the memory (size-based eviction) and expires entries after the window.
 *
 * <p>Thread-safe. When more distinct (article, visitor) pairs arrive within one window than the
 * cache holds, the least valuable are evicted early and a repeat view by such a visitor counts
 * again: de-duplication errs towards counting, never towards dropping a first view.
 *
 * @since 0.1.0
 */
public final class RecentVisitors {
  private record Visit(TenantId tenantId, ArticleId articleId, String visitor) {}

  private final Cache<Visit, Boolean> seen;

  /**
   * Creates the window.
   *
   * @param window how long a visitor's view of an article suppresses further views of it
   * @param maxVisits the most (article, visitor) pairs remembered
   * @param clock the time source; the window follows it, so tests can move time
   */
  public RecentVisitors(Duration window, long maxVisits, Clock clock) {
    this.seen =
        Caffeine.newBuilder()
            .expireAfterWrite(window)
            .maximumSize(maxVisits)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .build();
  }

  /**
   * Notes a view and tells whether it is the visitor's first of the article within the window.
   *
   * @param tenantId the tenant
   * @param articleId the article
   * @param visitor the visitor key
   * @return {@code true} when the view should count
   */
  public boolean firstView(TenantId tenantId, ArticleId articleId, String visitor) {
    return seen.asMap().putIfAbsent(new Visit(tenantId, articleId, visitor), Boolean.TRUE) == null;
  }

  /** Applies pending evictions now; for tests that check the bound. */
  public void cleanUp() {
    seen.cleanUp();
  }

  /**
   * Pairs currently remembered (approximate until {@link #cleanUp()}).
   *
   * @return the estimate
   */
  public long size() {
    return seen.estimatedSize();
  }
}
