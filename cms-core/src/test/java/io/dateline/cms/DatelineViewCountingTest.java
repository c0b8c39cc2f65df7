package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.views.ViewCounter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Dateline with view counting")
class DatelineViewCountingTest {
  private final InMemoryStorage storage = new InMemoryStorage();
  private final TenantId tenant = TenantId.of("unn");
  private final ArticleId article = ArticleId.random();

  @Test
  @DisplayName("counts into the storage's view counts on its clock and flushes on close()")
  void countsAndFlushesOnClose() {
    Instant now = Instant.parse("2024-05-01T08:00:00Z");
    Dateline cms =
        Dateline.builder()
            .storage(storage)
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .viewCounting(views -> views.flushInterval(Duration.ofHours(1)))
            .build();
    ViewCounter counter = cms.viewCounter();
    counter.record(tenant, article);
    counter.record(tenant, article);

    cms.close();

    assertThat(storage.viewCounts().totals(tenant, List.of(article))).containsEntry(article, 2L);
    LocalDate may1 = LocalDate.parse("2024-05-01");
    assertThat(storage.viewCounts().top(tenant, may1, may1, 1)).hasSize(1);
  }

  @Test
  @DisplayName("says how to enable view counting when it is off")
  void offByDefault() {
    try (Dateline cms = Dateline.builder().storage(storage).build()) {
      assertThatThrownBy(cms::viewCounter)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("viewCounting(");
    }
  }
}
