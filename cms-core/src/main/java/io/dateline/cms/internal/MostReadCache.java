package io.dateline.cms.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.cms.views.ViewedArticle;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * "Most read" lists of every tenant, kept for a short time so that a box shown on every page costs
 * one storage statement per list per time-to-live instead of one per page view. Owned by one {@code
 * Dateline} instance and shared by all its tenants; entries are keyed by tenant, so no tenant ever
 * sees another's list.
 *
 * <p>Thread-safe. Caffeine does the expiry (timed by the Dateline clock, so tests move time by
 * hand) and bounds the entries; concurrent misses of one key load it once.
 */
public final class MostReadCache {
  /**
   * The most lists kept: tenants × languages × periods × limits in use. Far above what a real site
   * uses; it only bounds memory if a caller passes many different limits.
   */
  private static final long MAX_LISTS = 10_000;

  private record Key(TenantId tenant, String language, ViewPeriod period, int limit) {}

  private final Cache<Key, List<ViewedArticle>> lists; // null when caching is off

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
