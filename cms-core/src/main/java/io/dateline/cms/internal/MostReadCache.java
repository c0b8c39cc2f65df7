package io.dateline.cms.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dateline.cms.changes.Change;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.cms.views.ViewedArticle;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * "Most read" lists of every tenant, kept for a short time so that a box shown on every page costs
 * one storage statement per list per time-to-live instead of one per page view. Owned by one {@code
 * Dateline} instance and shared by all its tenants; entries are keyed by tenant, so no tenant ever
 * sees another's list.
 *
 * <p>A list can hold an article that was unpublished or deleted after it was loaded. Whoever reads
 * the change feed through {@link #following} drops the lists of every tenant whose changes it
 * reads, so a reader that follows the feed (a site's caches) never reloads a list older than the
 * change it acts on; without a follower, lists live out their time-to-live.
 *
 * <p>Thread-safe. Caffeine does the expiry (timed by the Dateline clock, so tests move time by
 * hand) and bounds the entries; concurrent misses of one key load it once.
 *
 * @since 0.1.0
 */
public final class MostReadCache {
  /**
   * The most lists kept: tenants × languages × periods × limits in use. Far above what a real site
   * uses; it only bounds memory if a caller passes many different limits.
   */
  private static final long MAX_LISTS = 10_000;

  private record Key(TenantId tenant, String language, ViewPeriod period, int limit) {}

  private final @Nullable Cache<Key, List<ViewedArticle>> lists; // null when caching is off

  /**
   * Creates the cache.
   *
   * @param ttl how long a list is kept after it was loaded; {@link Duration#ZERO} turns caching off
   * @param clock the time source of expiry
   */
  public MostReadCache(Duration ttl, Clock clock) {
    this.lists =
        ttl.isZero()
            ? null
            : Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(MAX_LISTS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
  }

  /**
   * The change log as the feed reads it, dropping the lists of each tenant whose changes a read
   * returns, before the reader sees them.
   *
   * @param log the storage's change log
   * @return the log to build the feed on
   */
  public ChangeLog following(ChangeLog log) {
    return new ChangeLog() {
      @Override
      public List<Change> read(long afterPosition, int limit) {
        return dropped(log.read(afterPosition, limit));
      }

      @Override
      public List<Change> read(TenantId tenantId, long afterPosition, int limit) {
        return dropped(log.read(tenantId, afterPosition, limit));
      }

      @Override
      public long head() {
        return log.head();
      }
    };
  }

  private List<Change> dropped(List<Change> changes) {
    if (lists != null && !changes.isEmpty()) {
      Set<TenantId> tenants = new HashSet<>();
      for (Change change : changes) {
        tenants.add(change.tenantId());
      }
      lists.asMap().keySet().removeIf(key -> tenants.contains(key.tenant()));
    }
    return changes;
  }

  /**
   * The cached list, or the loaded one.
   *
   * @param tenant the tenant
   * @param language the language code ({@link java.util.Locale#getLanguage()})
   * @param period the period
   * @param limit the limit
   * @param load reads the list from storage; called on a miss only
   * @return the list
   */
  public List<ViewedArticle> get(
      TenantId tenant,
      String language,
      ViewPeriod period,
      int limit,
      Supplier<List<ViewedArticle>> load) {
    if (lists == null) {
      return load.get();
    }
    return lists.get(new Key(tenant, language, period, limit), k -> List.copyOf(load.get()));
  }
}
