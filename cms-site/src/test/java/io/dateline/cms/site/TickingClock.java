package io.dateline.cms.site;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock one second further on at every reading, so that consecutive writes get times in distinct
 * seconds (HTTP dates have no finer resolution).
 */
final class TickingClock extends Clock {
  private final AtomicLong seconds;

  TickingClock(Instant start) {
    this.seconds = new AtomicLong(start.getEpochSecond());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochSecond(seconds.getAndIncrement());
  }
}
