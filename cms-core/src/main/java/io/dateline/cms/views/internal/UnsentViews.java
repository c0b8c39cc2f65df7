package io.dateline.cms.views.internal;

import io.dateline.cms.internal.TimeOrderedUuid;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Views drained from the buffer but not yet confirmed by the store: at most one batch in flight
 * (sent, maybe failed) plus a tally of views drained while that batch was still unconfirmed.
 *
 * <p><b>Why a failed batch is never merged with newer views.</b> A store call can fail after the
 * database committed (a timeout on the commit's reply). The batch id is what lets the store
 * recognise the retry and ignore it; if the retried content carried newer views under a new id, the
 * committed part would be counted twice, and under the old id the newer views would be ignored. So
 * a failed batch is resent unchanged, with its id, until the store confirms it (applied now, or
 * applied before). Views drained in the meantime merge into one tally per (tenant, article, day),
 * which becomes the next batch, with a fresh id, once the outstanding one is confirmed. During a
 * long store outage memory therefore grows with the distinct articles viewed, never with the number
 * of views or of failed flushes, and nothing is dropped.
 *
 * <p>Mutated only by the thread holding the counter's flush lock; {@link #byArticle()} may be read
 * by any thread.
 *
 * @since 0.1.0
 */
public final class UnsentViews {
  /** Learns what happened to each store call. */
  public interface Observer {
    /**
     * The store confirmed a batch, which is still counted as unsent: called before the batch leaves
     * the unsent views, so that whatever the observer does about it (drop a cached stored total,
     * say) is done before readers stop seeing the batch as unsent.
     *
     * @param batch the batch
     */
    void confirmed(ViewBatch batch);

    /**
     * The store confirmed a batch.
     *
     * @param batch the batch
     * @param attempt 1 for the first try, more for retries
     * @param applied {@code false} when the store had applied this batch id before
     */
    void stored(ViewBatch batch, int attempt, boolean applied);

    /**
     * The store failed; the batch stays outstanding.
     *
     * @param batch the batch
     * @param attempt 1 for the first try, more for retries
     * @param error what the store threw
     */
    void failed(ViewBatch batch, int attempt, RuntimeException error);
  }

  private ViewTally waiting = new ViewTally();
  private @Nullable ViewBatch outstanding;
  private int attempts;

  /** Snapshots for other threads, replaced by {@link #publish()} after every change. */
  private volatile Map<TenantArticle, Long> byArticle = Map.of();

  private volatile long views;

  /** Creates an empty set. */
  public UnsentViews() {}

  /**
   * Drains a buffer into the views waiting for the next batch.
   *
   * @param buffer a buffer no longer receiving new views (stragglers are handled by the caller)
   */
  public void absorb(ViewBuffer buffer) {
    buffer.drainTo(waiting);
    publish();
  }

  /**
   * Sends the outstanding batch, if any, then the waiting views as a new batch. Stops at the first
   * failure, keeping everything for the next call.
   *
   * @param store the store
   * @param observer told about each store call
   * @return {@code true} when nothing is left unsent
   */
  public boolean send(ViewCountStore store, Observer observer) {
    if (outstanding != null && !attempt(store, observer)) {
      return false;
    }
    if (waiting.isEmpty()) {
      return true;
    }
    outstanding = new ViewBatch(TimeOrderedUuid.next(), waiting.increments());
    attempts = 0;
    waiting = new ViewTally();
    return attempt(store, observer);
  }

  private boolean attempt(ViewCountStore store, Observer observer) {
    ViewBatch batch = Objects.requireNonNull(outstanding, "no batch outstanding");
    int attempt = ++attempts;
    boolean applied;
    try {
      applied = store.add(batch);
    } catch (RuntimeException e) {
      observer.failed(batch, attempt, e);
      return false;
    }
    observer.confirmed(batch);
    outstanding = null;
    publish();
    observer.stored(batch, attempt, applied);
    return true;
  }

  /**
   * Views not yet confirmed by the store.
   *
   * @return the sum
   */
  public long views() {
    return views;
  }

  /**
   * Unconfirmed views per article; a snapshot that is replaced, never changed.
   *
   * @return the sums
   */
  public Map<TenantArticle, Long> byArticle() {
    return byArticle;
  }

  private void publish() {
    Map<TenantArticle, Long> sums = new HashMap<>();
    long total = waiting.total();
    if (outstanding != null) {
      for (ViewIncrement inc : outstanding.increments()) {
        sums.merge(new TenantArticle(inc.tenantId(), inc.articleId()), inc.views(), Long::sum);
        total += inc.views();
      }
    }
    waiting.sumByArticle(sums);
    byArticle = sums.isEmpty() ? Map.of() : Map.copyOf(sums);
    views = total;
  }
}
