package io.dateline.cms.changes;

import io.dateline.cms.internal.ChangeFollower;
import io.dateline.cms.internal.ChangeNotifier;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ChangeLog;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The change feed of a {@link io.dateline.cms.Dateline} instance: every content change of every
 * tenant, in the order the changes became visible, read from a position the reader keeps.
 *
 * <pre>{@code
 * ChangeSubscription sub = cms.changes().follow(savedPosition, Duration.ofSeconds(2), batch -> {
 *   batch.forEach(change -> cache.evict(change.tenantId(), change.subjectId()));
 * });
 * ...
 * savePosition(sub.position());
 * }</pre>
 *
 * <p>Followers poll the storage; writes made through the same {@code Dateline} instance also wake
 * them at once, so a change made on this node is handled within milliseconds and a change made on
 * another node within one poll interval. Obtain it from {@link io.dateline.cms.Dateline#changes()}.
 *
 * <p>Thread-safe. Arguments must not be {@code null}.
 *
 * @since 0.1.0
 */
public final class ChangeFeed {
  private final ChangeLog log;
  private final ChangeNotifier notifier;

  /**
   * Creates the feed over a storage's change log. Used by {@code Dateline}; applications call
   * {@link io.dateline.cms.Dateline#changes()} instead.
   *
   * @param log the storage's change log
   * @param notifier the signal of local writes, which also closes the subscriptions when Dateline
   *     closes
   */
  public ChangeFeed(ChangeLog log, ChangeNotifier notifier) {
    this.log = Objects.requireNonNull(log, "log");
    this.notifier = Objects.requireNonNull(notifier, "notifier");
  }

  /**
   * Changes of every tenant after a position, oldest first.
   *
   * @param afterPosition return only positions greater than this; 0 for the beginning
   * @param limit the most to return, at least 1
   * @return the changes in position order; possibly empty
   * @throws IllegalArgumentException when {@code afterPosition} is negative or {@code limit} is
   *     below 1
   */
  public List<Change> read(long afterPosition, int limit) {
    checkPosition(afterPosition);
    checkLimit(limit);
    return log.read(afterPosition, limit);
  }

  /**
   * Changes of one tenant after a position, oldest first.
   *
   * @param tenant the tenant
   * @param afterPosition return only positions greater than this; 0 for the beginning
   * @param limit the most to return, at least 1
   * @return the tenant's changes in position order; possibly empty
   * @throws IllegalArgumentException when {@code afterPosition} is negative or {@code limit} is
   *     below 1
   */
  public List<Change> read(TenantId tenant, long afterPosition, int limit) {
    Objects.requireNonNull(tenant, "tenant");
    checkPosition(afterPosition);
    checkLimit(limit);
    return log.read(tenant, afterPosition, limit);
  }

  /**
   * The highest position written so far: start a follower here to see only future changes.
   *
   * @return the position, or 0 when the feed is empty
   */
  public long head() {
    return log.head();
  }

  /**
   * Follows the feed from a position. Each non-empty batch (at most 500 changes, in position order)
   * goes to the handler; the subscription's position moves past a batch once the handler returns. A
   * handler that throws is logged (SLF4J, WARN) and gets the same batch at the next poll.
   *
   * <p>With a positive {@code pollInterval} a daemon thread named {@code dateline-changes-N} polls
   * every interval, and at once after each write through this {@code Dateline}. With {@link
   * Duration#ZERO} no thread runs: only {@link ChangeSubscription#poll()} reads. Closing the
   * subscription, or the {@code Dateline}, stops it.
   *
   * @param afterPosition start after this position; 0 for the beginning, {@link #head()} for only
   *     new changes
   * @param pollInterval how often to poll; zero for manual polling
   * @param handler receives the batches
   * @return the running subscription
   * @throws IllegalArgumentException when {@code afterPosition} or {@code pollInterval} is negative
   * @throws IllegalStateException when the {@code Dateline} is closed
   */
  public ChangeSubscription follow(
      long afterPosition, Duration pollInterval, ChangeHandler handler) {
    checkPosition(afterPosition);
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(handler, "handler");
    if (pollInterval.isNegative()) {
      throw new IllegalArgumentException("pollInterval must not be negative: " + pollInterval);
    }
    return ChangeFollower.start(log, afterPosition, pollInterval, handler, notifier);
  }

  private static void checkPosition(long afterPosition) {
    if (afterPosition < 0) {
      throw new IllegalArgumentException("afterPosition must not be negative: " + afterPosition);
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }
}
