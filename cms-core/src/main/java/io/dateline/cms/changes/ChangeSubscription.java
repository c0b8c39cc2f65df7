package io.dateline.cms.changes;

/**
 * A running {@link ChangeFeed#follow} subscription. Thread-safe: {@link #poll()} may be called from
 * any thread; handler calls never overlap.
 *
 * @since 0.1.0
 */
public interface ChangeSubscription extends AutoCloseable {

  /**
   * The position of the last change handed to the handler successfully: the subscription's start
   * position until a batch succeeds. Keep it to resume after a restart.
   *
   * @return the position, 0 or more
   */
  long position();

  /**
   * Reads and handles, on the caller's thread, every change available now, batch by batch. Stops at
   * the first batch whose handler throws: the failure is logged and that batch is handed over again
   * by the next poll.
   *
   * @return how many changes the handler took in this call
   * @throws IllegalStateException when the subscription is closed
   * @throws io.dateline.cms.StorageException when the feed cannot be read
   */
  int poll();

  /**
   * Stops the subscription's thread, waiting for a handler call in progress to return (unless
   * called from the handler itself). Idempotent; after it returns the handler is not called again.
   */
  @Override
  void close();
}
