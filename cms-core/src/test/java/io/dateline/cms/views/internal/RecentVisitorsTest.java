package io.dateline.cms.views.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RecentVisitors")
class RecentVisitorsTest {

  @Test
  @DisplayName("remembers no more visits than its bound, however many visitors come")
  void boundedMemory() {
    Clock clock = Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
    RecentVisitors visitors = new RecentVisitors(Duration.ofHours(1), 100, clock);
    TenantId tenant = TenantId.of("unn");
    ArticleId article = ArticleId.random();

    int first = 0;
    for (int i = 0; i < 1000; i++) {
      if (visitors.firstView(tenant, article, "visitor-" + i)) {
        first++;
      }
    }
    visitors.cleanUp();

    assertThat(first).isEqualTo(1000);
    assertThat(visitors.size()).isLessThanOrEqualTo(100);
  }
}
