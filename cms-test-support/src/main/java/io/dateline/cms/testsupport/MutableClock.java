package io.dateline.cms.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move by hand, optionally ticking forward by a fixed step on every read so that
 * consecutive reads differ. Views in another zone ({@link #withZone}) share the time. Thread-safe.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final Duration tick;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, Duration tick, ZoneId zone) {
    this.now = now;
    this.tick = tick;
    this.zone = zone;
  }

  /**
   * A UTC clock that shows {@code start} until it is moved.
   *
   * @param start the first instant
   * @return the clock
   */
  public static MutableClock at(Instant start) {
    return ticking(start, Duration.ZERO);
  }

  /**
   * A UTC clock whose every read returns the current instant and then moves it on by {@code step}:
   * {@code start}, {@code start + step}, {@code start + 2 step} ...
   *
   * @param start the first instant read
   * @param step how far each read moves the clock; zero or more
   * @return the clock
   * @throws IllegalArgumentException when {@code step} is negative
   */
  public static MutableClock ticking(Instant start, Duration step) {
    Objects.requireNonNull(start, "start");
    if (step.isNegative()) {
      throw new IllegalArgumentException("step must not be negative: " + step);
    }
    return new MutableClock(new AtomicReference<>(start), step, ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param step how far
   * @return the new instant
   */
  public Instant advance(Duration step) {
    Objects.requireNonNull(step, "step");
    return now.updateAndGet(t -> t.plus(step));
  }

  /**
   * Sets the clock.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  @Override
  public Instant instant() {
    // The reference never holds null (set() and the constructor refuse it); NullAway cannot know.
    return Objects.requireNonNull(
        tick.isZero() ? now.get() : now.getAndUpdate(t -> t.plus(tick)), "now");
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that moves together with this clock. */
  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(now, tick, other);
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", tick " + tick + ", " + zone + "]";
  }
}
