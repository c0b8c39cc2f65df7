package io.dateline.cms.views.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.testsupport.MutableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("CurrentDay")
class CurrentDayTest {
  private static final long JUNE_30 = LocalDate.parse("2024-06-30").toEpochDay();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stopTimer() {
    timer.shutdownNow();
  }

  @Test
  @DisplayName("reads a custom clock on every call, so its days are exact")
  void readsCustomClocks() {
    MutableClock clock = MutableClock.at(Instant.parse("2024-06-30T23:59:59.999Z"));
    CurrentDay day = CurrentDay.of(clock, timer);

    assertThat(day.epochDay()).isEqualTo(JUNE_30);
    clock.set(Instant.parse("2024-07-01T00:00:00Z"));
    assertThat(day.epochDay()).isEqualTo(JUNE_30 + 1);
  }

  @Test
  @DisplayName("keeps the day of the system clock in memory, in any zone")
  void systemClock() {
    long today = LocalDate.now(Clock.systemUTC()).toEpochDay();

    for (Clock clock :
        new Clock[] {Clock.systemUTC(), Clock.system(ZoneId.of("Pacific/Kiritimati"))}) {
      CurrentDay day = CurrentDay.of(clock, timer);
      // The test could straddle midnight: accept today or tomorrow, never a zone's local day.
      assertThat(day.epochDay()).isBetween(today, today + 1);
    }
  }

  @Nested
  @DisplayName("when switched by a timer")
  class Switched {
    private final MutableClock clock = MutableClock.at(Instant.parse("2024-06-30T23:59:59.990Z"));

    @Test
    @DisplayName("does not read the clock per call, and switches at midnight")
    void switchesAtMidnight() throws InterruptedException {
      CurrentDay day = CurrentDay.switchedAtMidnight(clock, timer);
      clock.set(Instant.parse("2024-07-01T00:00:00.001Z"));
      assertThat(day.epochDay()).isEqualTo(JUNE_30);

      // The timer was armed for midnight (10 ms away when it was set); wait for it to run.
      for (int polls = 0; day.epochDay() == JUNE_30 && polls < 6000; polls++) {
        Thread.sleep(5);
      }

      assertThat(day.epochDay()).isEqualTo(JUNE_30 + 1);
    }

    @Test
    @DisplayName("follows a stepped clock as soon as it is resynchronised")
    void resyncFollowsSteps() {
      CurrentDay day = CurrentDay.switchedAtMidnight(clock, timer);
      clock.set(Instant.parse("2024-07-05T12:00:00Z"));

      day.resync();

      assertThat(day.epochDay()).isEqualTo(JUNE_30 + 5);
    }

    @Test
    @DisplayName("keeps working without a timer once the counter shut it down")
    void afterShutdown() {
      CurrentDay day = CurrentDay.switchedAtMidnight(clock, timer);
      timer.shutdown();
      clock.set(Instant.parse("2024-07-01T08:00:00Z"));

      day.resync();

      assertThat(day.epochDay()).isEqualTo(JUNE_30 + 1);
    }
  }
}
