package io.dateline.cms.views.internal;

import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The UTC day a view being recorded belongs to, as days since 1970-01-01.
 *
 * <p>Thread-safe. Two kinds: one reads the clock on every call; the other, for the JDK's system
 * clock, keeps the day in a field and switches it with a timer at midnight. The second exists
 * because reading the system clock is a system call on some virtual machines (no vDSO time source),
 * costing around 100 ns: more than the rest of recording a view put together. Its price is that
 * views recorded between midnight and the moment the timer runs (normally well under a millisecond
 * late, longer only if the machine stalls) count on the day before. A custom clock, such as a
 * test's fixed or hand-moved clock, is always read per view, so its days are exact.
 *
 * @since 0.1.0
 */
public abstract class CurrentDay {
  private static final long MILLIS_PER_DAY = 86_400_000L;

  private CurrentDay() {}

  /**
   * Chooses the kind for a clock.
   *
   * @param clock the counter's clock
   * @param timer runs the midnight switch; must outlive the returned object's use
   * @return a timer-driven day for a JDK system clock (any zone), a per-call reading otherwise
   */
  public static CurrentDay of(Clock clock, ScheduledExecutorService timer) {
    // Every zone of the system clock shares one class and one time line; comparing classes is how
    // to recognise it without knowing the zone.
    if (clock.getClass() == Clock.systemUTC().getClass()) {
      return new Switched(clock, timer);
    }
    return new Read(clock);
  }

  /** The timer-driven kind on any clock, so tests can move its time by hand. */
  static CurrentDay switchedAtMidnight(Clock clock, ScheduledExecutorService timer) {
    return new Switched(clock, timer);
  }

  /**
   * The current day.
   *
   * @return days since 1970-01-01 (UTC)
   */
  public abstract long epochDay();

  /**
   * Re-reads the clock; the counter calls it at every flush, so a wall clock that was stepped (NTP,
   * a resumed VM) is followed within one flush interval. A no-op for the per-call kind.
   */
  public abstract void resync();

  static long epochDay(long epochMillis) {
    return Math.floorDiv(epochMillis, MILLIS_PER_DAY);
  }

  private static final class Read extends CurrentDay {
    private final Clock clock;

    Read(Clock clock) {
      this.clock = clock;
    }

    @Override
    public long epochDay() {
      return epochDay(clock.millis());
    }

    @Override
    public void resync() {}
  }

  private static final class Switched extends CurrentDay {
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private volatile long day;
    private @Nullable ScheduledFuture<?> nextSwitch; // guarded by this

    Switched(Clock clock, ScheduledExecutorService timer) {
      this.clock = clock;
      this.timer = timer;
      resync();
    }

    @Override
    public long epochDay() {
      return day;
    }

    @Override
    public synchronized void resync() {
      long now = clock.millis();
      day = epochDay(now);
      if (nextSwitch != null) {
        nextSwitch.cancel(false);
      }
      if (timer.isShutdown()) {
        nextSwitch = null;
        return;
      }
      // The timer measures delays on the monotonic clock, so it may fire a little before the wall
      // clock reaches midnight; resync() then re-arms it for the remaining milliseconds.
      long untilMidnight = (day + 1) * MILLIS_PER_DAY - now;
      try {
        nextSwitch = timer.schedule(this::resync, untilMidnight, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closing) {
        nextSwitch = null;
      }
    }
  }
}
