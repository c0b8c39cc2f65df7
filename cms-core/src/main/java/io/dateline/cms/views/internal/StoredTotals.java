package io.dateline.cms.views.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Stored view totals kept for a short time, so that showing an article's count on every page view
 * does not query the store every time. Each entry is the store's total as read, plus the batches
 * this node had confirmed since; it expires a fixed time after that read (later additions do not
 * extend it), so other nodes' views show after at most the time-to-live.
 *
 * <p><b>No stale total.</b> The counter displays {@code stored + unsent}, and a view of this node
 * moves from unsent to stored when the store confirms its batch. Two rules keep a cached total from
 * missing a batch for longer than the moment of the move:
 *
 * <ul>
 *   <li>When the store confirms a batch, the entries of its articles are dropped <em>before</em>
 *       the batch leaves the unsent views ({@link UnsentViews.Observer#confirmed}), so the next
 *       read of those articles goes to the store and finds the batch there. (Adding the batch to
 *       the entries instead would save those reads, but a node's own views are flushed every few
 *       seconds, about as often as entries expire anyway, and a missed addition would stay until
 *       expiry.)
 *   <li>A total read from the store while this node was sending a batch might or might not include
 *       that batch, so it is used for that one call but not cached. The flusher brackets every send
 *       with {@link #sending()} and {@link #sent()}, which make a sequence number odd and then even
 *       again (a seqlock with one writer, the flush lock holder); a reader caches its total only if
 *       the number was even when it started reading and is unchanged when it stores the entry,
 *       which it checks inside the entry's atomic compute.
 * </ul>
 *
 * <p>Thread-safe. A hand-written seqlock around a Caffeine cache, rather than Caffeine alone,
 * because no cache API can tell whether a value loaded during a batch's commit includes the batch.
 *
 * @since 0.1.0
 */
public final class StoredTotals {
  /**
   * The most entries kept; a node rarely shows more distinct articles within one time-to-live, and
   * an evicted entry only costs a store read.
   */
  private static final long MAX_ENTRIES = 100_000;

  /**
   * A cached total.
   *
   * @param total the store's total as read plus this node's batches confirmed since
   * @param readAt the ticker time just before the store was read; expiry counts from it
   */
  private record Stored(long total, long readAt) {}

  private final @Nullable Cache<TenantArticle, Stored> cache; // null when caching is off
  private final long ttlNanos;
  private final Clock clock;

  /** Odd while this node sends a batch; see the class comment. */
  private final AtomicLong sends = new AtomicLong();

  /**
   * Creates the cache.
   *
   * @param ttl how long a total read from the store is used; {@link Duration#ZERO} turns caching
   *     off, so every read goes to the store
   * @param clock times expiry, so tests can move time by hand
   */
  public StoredTotals(Duration ttl, Clock clock) {
    this.clock = clock;
    this.ttlNanos = ttl.toNanos();
    this.cache =
        ttl.isZero()
            ? null
            : Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .ticker(this::now)
                .expireAfter(
                    new Expiry<TenantArticle, Stored>() {
                      @Override
                      public long expireAfterCreate(TenantArticle k, Stored v, long now) {
                        return remaining(v, now);
                      }

                      @Override
                      public long expireAfterUpdate(
                          TenantArticle k, Stored v, long now, long currentDuration) {
                        return remaining(v, now);
                      }

                      @Override
                      public long expireAfterRead(
                          TenantArticle k, Stored v, long now, long currentDuration) {
                        return currentDuration;
                      }
                    })
                .build();
  }

  private long now() {
    return TimeUnit.MILLISECONDS.toNanos(clock.millis());
  }

  private long remaining(Stored v, long now) {
    return Math.max(0, v.readAt() + ttlNanos - now);
  }

  /**
   * Stored totals of some articles: cached ones from memory, the others with one store query.
   *
   * @param store the store
   * @param tenantId the tenant
   * @param ids the articles, without duplicates
   * @return the total of every requested article; 0 for one never viewed
   */
  public Map<ArticleId, Long> totals(
      ViewCountStore store, TenantId tenantId, Collection<ArticleId> ids) {
    Map<ArticleId, Long> result = new HashMap<>();
    if (cache == null) {
      store.totals(tenantId, ids).forEach(result::put);
      return result;
    }
    List<ArticleId> missing = new ArrayList<>();
    for (ArticleId id : ids) {
      Stored cached = cache.getIfPresent(new TenantArticle(tenantId, id));
      if (cached != null) {
        result.put(id, cached.total());
      } else {
        missing.add(id);
      }
    }
    if (missing.isEmpty()) {
      return result;
    }
    long sequence = sends.get();
    long readAt = now();
    Map<ArticleId, Long> loaded = store.totals(tenantId, missing);
    for (ArticleId id : missing) {
      long total = loaded.getOrDefault(id, 0L);
      result.put(id, total);
      if ((sequence & 1) == 0) {
        // Cached only if no batch of this node was being sent since before the read; an entry a
        // concurrent reader stored meanwhile is as good as ours and is kept.
        cache
            .asMap()
            .compute(
                new TenantArticle(tenantId, id),
                (key, old) ->
                    old != null ? old : sends.get() == sequence ? new Stored(total, readAt) : null);
      }
    }
    return result;
  }

  /** Called by the flush lock holder before it sends batches to the store. */
  public void sending() {
    sends.incrementAndGet();
  }

  /** Called by the flush lock holder after sending, whether or not the store failed. */
  public void sent() {
    sends.incrementAndGet();
  }

  /**
   * Drops the cached totals of a confirmed batch's articles; called before the batch leaves the
   * unsent views.
   *
   * @param batch the batch, whether the store applied it now or had applied it before
   */
  public void confirmed(ViewBatch batch) {
    if (cache == null) {
      return;
    }
    for (ViewIncrement inc : batch.increments()) {
      cache.invalidate(new TenantArticle(inc.tenantId(), inc.articleId()));
    }
  }
}
