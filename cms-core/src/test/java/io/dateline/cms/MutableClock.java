package io.dateline.cms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until the test moves it, so that every time a service stores can be
 * predicted exactly. Thread-safe: concurrent tests read it from many threads.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A UTC clock showing {@code start}.
   *
   * @param start the first instant
   * @return the clock
   */
  public static MutableClock at(Instant start) {
    return new MutableClock(new AtomicReference<>(start), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param step how far
   * @return the new instant
   */
  public Instant advance(Duration step) {
    return now.updateAndGet(t -> t.plus(step));
  }

  /**
   * Sets the clock.
   *
   * @param instant the new instant
   */
  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that moves together with this clock. */
  @Override
  public Clock withZone(ZoneId other) {
    return new MutableClock(now, other);
  }
}
