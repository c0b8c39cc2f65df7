package io.dateline.cms.internal;

import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeHandler;
import io.dateline.cms.changes.ChangeSubscription;
import io.dateline.cms.spi.ChangeLog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code ChangeFeed.follow} subscription: reads the log from its position in batches, hands
 * each batch to the handler, and moves its position past the batch once the handler returns.
 *
 * <p>With a poll interval it runs a daemon thread that polls every interval and at once when {@link
 * #wake()} is called (a write through this node). Wake-ups are counted by a semaphore that the
 * thread drains before each read, so a wake-up that arrives while a read is under way makes the
 * thread read again instead of being lost, and a burst of wake-ups costs one read. Thread-safe: a
 * lock keeps handler calls from overlapping when {@link #poll()} is also called by hand.
 *
 * @since 0.1.0
 */
public final class ChangeFollower implements ChangeSubscription, ChangeNotifier.Follower {
  /** How many changes one read asks for, and so the largest batch a handler gets. */
  public static final int BATCH_SIZE = 500;

  private static final Logger LOG = LoggerFactory.getLogger(ChangeFollower.class);
  private static final AtomicInteger THREAD_NUMBERS = new AtomicInteger();

  private final ChangeLog log;
  private final ChangeHandler handler;
  private final ChangeNotifier notifier;
  private final long intervalNanos;
  private final Semaphore wakeUps = new Semaphore(0);
  private final ReentrantLock polling = new ReentrantLock();
  private final @Nullable Thread thread; // null in manual mode
  private volatile long position;
  private volatile boolean closed;

  private ChangeFollower(
      ChangeLog log,
      long afterPosition,
      Duration interval,
      ChangeHandler handler,
      ChangeNotifier notifier) {
    this.log = log;
    this.position = afterPosition;
    // Saturated: Duration.toNanos() overflows past about 292 years.
    this.intervalNanos =
        interval.compareTo(Duration.ofNanos(Long.MAX_VALUE)) >= 0
            ? Long.MAX_VALUE
            : interval.toNanos();
    this.handler = handler;
    this.notifier = notifier;
    if (interval.isZero()) {
      this.thread = null;
    } else {
      this.thread = new Thread(this::run, "dateline-changes-" + THREAD_NUMBERS.incrementAndGet());
      // A follower must not keep the JVM alive after the application is done.
      thread.setDaemon(true);
    }
  }

  /**
   * Starts a subscription and registers it with the notifier.
   *
   * @param log the change log
   * @param afterPosition the position to start after, 0 or more
   * @param interval the poll interval; {@link Duration#ZERO} for manual polling only
   * @param handler the handler
   * @param notifier the notifier that wakes it on local writes and closes it with Dateline
   * @return the running subscription
   * @throws IllegalStateException when the notifier is closed
   */
  public static ChangeFollower start(
      ChangeLog log,
      long afterPosition,
      Duration interval,
      ChangeHandler handler,
      ChangeNotifier notifier) {
    ChangeFollower follower = new ChangeFollower(log, afterPosition, interval, handler, notifier);
    notifier.register(follower);
    if (follower.thread != null) {
      follower.thread.start();
    }
    return follower;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public int poll() {
    polling.lock();
    try {
      if (closed) {
        throw new IllegalStateException("the change-feed subscription is closed");
      }
      return drain();
    } finally {
      polling.unlock();
    }
  }

  @Override
  public void wake() {
    // One pending permit is enough to make the thread read again; more would only repeat reads.
    if (thread != null && wakeUps.availablePermits() == 0) {
      wakeUps.release();
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    notifier.unregister(this);
    if (thread != null) {
      wakeUps.release();
      if (Thread.currentThread() != thread) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    // Waits for a poll() in progress on another thread, so the handler is not called after this.
    if (!polling.isHeldByCurrentThread()) {
      polling.lock();
      polling.unlock();
    }
  }

  /** Hands batches to the handler until the feed is exhausted or the handler fails. */
  private int drain() {
    int handled = 0;
    while (!closed) {
      List<Change> batch = log.read(position, BATCH_SIZE);
      if (batch.isEmpty()) {
        return handled;
      }
      try {
        handler.handle(batch);
      } catch (RuntimeException e) {
        LOG.warn(
            "Change handler {} failed on positions {} to {}; the batch is retried at the next poll",
            handler,
            batch.get(0).position(),
            batch.get(batch.size() - 1).position(),
            e);
        return handled;
      }
      position = batch.get(batch.size() - 1).position();
      handled += batch.size();
      if (batch.size() < BATCH_SIZE) {
        return handled;
      }
    }
    return handled;
  }

  private void run() {
    while (!closed) {
      wakeUps.drainPermits();
      polling.lock();
      try {
        if (!closed) {
          drain();
        }
      } catch (RuntimeException e) {
        // The store failed (database down, say): the same read is tried again at the next poll.
        LOG.warn("Reading the change feed after position {} failed; retrying", position, e);
      } finally {
        polling.unlock();
      }
      try {
        wakeUps.tryAcquire(intervalNanos, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        // Someone outside Dateline interrupted the thread: treat it as a request to stop.
        closed = true;
        notifier.unregister(this);
        Thread.currentThread().interrupt();
      }
    }
  }
}
