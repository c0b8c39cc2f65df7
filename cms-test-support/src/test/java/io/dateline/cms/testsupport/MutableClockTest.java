package io.dateline.cms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MutableClock")
class MutableClockTest {
  private static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  @Test
  @DisplayName("shows its instant until it is set or advanced")
  void setAndAdvance() {
    MutableClock clock = MutableClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(START.plusSeconds(300));
    assertThat(clock.millis()).isEqualTo(START.plusSeconds(300).toEpochMilli());
    clock.set(START.minusSeconds(60));
    assertThat(clock.instant()).isEqualTo(START.minusSeconds(60));
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  @DisplayName("ticks by its step on every read when built ticking")
  void ticking() {
    MutableClock clock = MutableClock.ticking(START, Duration.ofSeconds(1));

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(1));
    clock.advance(Duration.ofHours(1));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(3602));
    assertThatThrownBy(() -> MutableClock.ticking(START, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a view in another zone moves with the clock")
  void zoneView() {
    MutableClock clock = MutableClock.at(START);
    Clock kyiv = clock.withZone(ZoneId.of("Europe/Kyiv"));

    clock.advance(Duration.ofDays(1));

    assertThat(kyiv.instant()).isEqualTo(START.plus(Duration.ofDays(1)));
    assertThat(kyiv.getZone()).isEqualTo(ZoneId.of("Europe/Kyiv"));
  }
}
