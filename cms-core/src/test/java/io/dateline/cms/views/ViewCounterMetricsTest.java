package io.dateline.cms.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.views.FlakyViewCountStore.Outcome;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ViewCounter's meters")
class ViewCounterMetricsTest {
  private final TenantId tenant = TenantId.of("unn");
  private final ArticleId article = ArticleId.random();
  private final MeterRegistry registry = new SimpleMeterRegistry();

  private double counter(String name, String... tags) {
    return registry.get(name).tags(tags).counter().count();
  }

  private double gauge(String name) {
    return registry.get(name).gauge().value();
  }

  @Nested
  @DisplayName("with a registry")
  class WithRegistry {
    @Test
    @DisplayName("count views by outcome: counted, filtered and repeated")
    void recordedByOutcome() {
      try (ViewCounter views =
          ViewCounter.builder(new InMemoryStorage().viewCounts())
              .flushInterval(Duration.ZERO)
              .filter(ViewFilter.excludingBots())
              .deduplicate(Duration.ofMinutes(30), 1000)
              .meterRegistry(registry)
              .build()) {
        views.record(tenant, article, "visitor-1", "Mozilla/5.0");
        views.record(tenant, article, "visitor-1", "Mozilla/5.0");
        views.record(tenant, article, "visitor-2", "Googlebot/2.1");
        views.record(tenant, article);

        assertThat(counter("dateline.views.recorded", "outcome", "counted")).isEqualTo(2);
        assertThat(counter("dateline.views.recorded", "outcome", "repeat")).isEqualTo(1);
        assertThat(counter("dateline.views.recorded", "outcome", "filtered")).isEqualTo(1);
        assertThat(gauge("dateline.views.pending")).isEqualTo(2);
      }
    }

    @Test
    @DisplayName("count flushed views once and failed attempts each time, and show the lag")
    void flushedAndFailed() {
      FlakyViewCountStore store =
          new FlakyViewCountStore(
              new InMemoryStorage().viewCounts(),
              call -> call == 1 ? Outcome.FAIL_AFTER_COMMIT : Outcome.PASS);
      try (ViewCounter views =
          ViewCounter.builder(store).flushInterval(Duration.ZERO).meterRegistry(registry).build()) {
        long afterBuild = System.nanoTime();
        for (int i = 0; i < 3; i++) {
          views.record(tenant, article);
        }

        assertThat(views.flush()).isFalse();
        assertThat(counter("dateline.views.failed")).isEqualTo(1);
        assertThat(counter("dateline.views.failed.views")).isEqualTo(3);
        assertThat(counter("dateline.views.flushed")).isZero();
        assertThat(gauge("dateline.views.pending")).isEqualTo(3);
        assertThat(
                registry.get("dateline.views.flushes").tag("outcome", "incomplete").timer().count())
            .isEqualTo(1);
        // Nothing stored yet: the lag runs from the counter's start.
        long beforeRead = System.nanoTime();
        assertThat(gauge("dateline.views.flush.lag"))
            .isGreaterThanOrEqualTo((beforeRead - afterBuild) / 1e9);

        long beforeRetry = System.nanoTime();
        assertThat(views.flush()).isTrue(); // the retry: already applied, counted once
        assertThat(counter("dateline.views.flushed")).isEqualTo(3);
        assertThat(gauge("dateline.views.pending")).isZero();
        assertThat(
                registry.get("dateline.views.flushes").tag("outcome", "complete").timer().count())
            .isEqualTo(1);
        double lag = gauge("dateline.views.flush.lag");
        assertThat(lag).isLessThanOrEqualTo((System.nanoTime() - beforeRetry) / 1e9);
      }
    }

    @Test
    @DisplayName("are removed from the registry when the counter closes")
    void removedOnClose() {
      ViewCounter views =
          ViewCounter.builder(new InMemoryStorage().viewCounts()).meterRegistry(registry).build();
      assertThat(registry.find("dateline.views.pending").gauge()).isNotNull();

      views.close();

      assertThat(registry.getMeters()).isEmpty();
    }
  }
}
