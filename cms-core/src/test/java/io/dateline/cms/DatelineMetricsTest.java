package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.testsupport.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dateline's meters")
class DatelineMetricsTest {
  private final MeterRegistry registry = new SimpleMeterRegistry();

  @Test
  @DisplayName("count the built-in scheduler's runs and the articles it published")
  void scheduledPublishing() throws InterruptedException {
    Locale uk = Locale.forLanguageTag("uk");
    MutableClock clock = MutableClock.at(Instant.parse("2024-05-01T08:00:00Z"));
    try (Dateline cms =
        Dateline.builder()
            .storage(new InMemoryStorage())
            .clock(clock)
            .publishScheduled(Duration.ofMillis(5))
            .meterRegistry(registry)
            .build()) {
      cms.saveTenant(
          Tenant.builder(
                  TenantId.of("unn"),
                  "UNN",
                  uk,
                  ZoneId.of("Europe/Kyiv"),
                  URI.create("https://unn.example/"))
              .publicationName("UNN")
              .supportedLocales(Set.of(uk))
              .build());
      TenantContent site = cms.tenant(TenantId.of("unn"));
      Article draft = site.articles().create(ArticleDraft.builder(uk, "Заголовок").build());
      site.articles().schedule(draft.id(), clock.instant().plusSeconds(60));
      clock.advance(Duration.ofMinutes(2));

      // The scheduler runs on its own thread; wait (bounded) until it has published the article.
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (site.articles().find(draft.id()).orElseThrow().status()
              != io.dateline.cms.model.ArticleStatus.PUBLISHED
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      while (registry.get("dateline.publish.scheduled.articles").counter().count() < 1
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }

      assertThat(registry.get("dateline.publish.scheduled.articles").counter().count())
          .isEqualTo(1);
      assertThat(
              registry
                  .get("dateline.publish.scheduled.runs")
                  .tag("outcome", "success")
                  .counter()
                  .count())
          .isPositive();
      assertThat(
              registry
                  .get("dateline.publish.scheduled.runs")
                  .tag("outcome", "failure")
                  .counter()
                  .count())
          .isZero();
    }
    assertThat(registry.getMeters()).as("removed on close").isEmpty();
  }

  @Test
  @DisplayName("include the view counter's when view counting is on")
  void viewCounter() {
    try (Dateline cms =
        Dateline.builder()
            .storage(new InMemoryStorage())
            .publishScheduled(Duration.ZERO)
            .viewCounting(v -> v.flushInterval(Duration.ZERO))
            .meterRegistry(registry)
            .build()) {
      cms.viewCounter().record(TenantId.of("unn"), io.dateline.cms.model.ArticleId.random());
      assertThat(
              registry.get("dateline.views.recorded").tag("outcome", "counted").counter().count())
          .isEqualTo(1);
      assertThat(registry.find("dateline.publish.scheduled.runs").counter())
          .as("no scheduler, no scheduler meters")
          .isNull();
    }
  }
}
