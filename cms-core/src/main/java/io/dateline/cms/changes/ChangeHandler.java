package io.dateline.cms.changes;

import java.util.List;

/**
 * Receives the change feed, batch by batch, from {@link ChangeFeed#follow}.
 *
 * <p>A subscription calls its handler from one thread at a time (its own thread, or the thread that
 * calls {@link ChangeSubscription#poll()}), with batches in position order. A handler that returns
 * normally has taken the batch: the subscription's position moves past it. A handler that throws
 * gets the same batch again at the next poll, so handlers must tolerate seeing a change more than
 * once (make them idempotent, for example by remembering the last position applied).
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ChangeHandler {

  /**
   * Handles one batch.
   *
   * @param changes the changes, in position order; never empty, never {@code null}, unmodifiable
   */
  void handle(List<Change> changes);
}
