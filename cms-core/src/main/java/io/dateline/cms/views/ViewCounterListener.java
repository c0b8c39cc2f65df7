package io.dateline.cms.views;

import io.dateline.cms.spi.ViewBatch;

/**
 * Observes a {@link ViewCounter}'s flushes, for metrics and alerts. Every method has a no-op
 * default; implement only what you need.
 *
 * <p>Called on the thread that flushes (the counter's flusher thread, or the caller of {@link
 * ViewCounter#flush()} or {@link ViewCounter#close()}), one call at a time. An exception thrown by
 * a listener is logged and ignored: it never affects counting.
 *
 * @since 0.1.0
 */
public interface ViewCounterListener {

  /**
   * The store confirmed a batch.
   *
   * @param batch the batch
   * @param attempt 1 for the first try, more when it had failed before
   * @param applied {@code false} when the store had already applied this batch id (an earlier
   *     attempt committed but reported failure); its views were counted exactly once either way
   */
  default void batchStored(ViewBatch batch, int attempt, boolean applied) {}

  /**
   * The store failed to take a batch. The batch is kept, unchanged and with the same id, and
   * retried at the next flush.
   *
   * @param batch the batch
   * @param attempt 1 for the first try, more for retries
   * @param error what the store threw
   */
  default void batchFailed(ViewBatch batch, int attempt, RuntimeException error) {}

  /**
   * A flush finished.
   *
   * @param pendingViews views this node has recorded that the store has not confirmed yet (views
   *     recorded during the flush, plus any batch that failed)
   * @param complete {@code true} when every batch sent by this flush was confirmed
   */
  default void flushed(long pendingViews, boolean complete) {}
}
