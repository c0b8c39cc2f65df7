package io.dateline.cms.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The in-memory view count store's batch ids")
class InMemoryViewCountStoreTest {
  private static final TenantId UNN = TenantId.of("unn");
  private static final Instant START = Instant.parse("2024-03-10T12:00:00Z");

  private final MutableClock clock = MutableClock.at(START);
  private final InMemoryViewCountStore store = new InMemoryViewCountStore(clock);
  private final ArticleId article = ArticleId.random();

  private ViewBatch batch(UUID id, long views) {
    return new ViewBatch(
        id, List.of(new ViewIncrement(UNN, article, LocalDate.parse("2024-03-10"), views)));
  }

  @Test
  @DisplayName("are remembered beyond any count of batches, until forgotten by age")
  void keptUntilForgotten() {
    UUID first = UUID.randomUUID();
    store.add(batch(first, 1));
    // The old store remembered only the last 100 000 ids; the retention is now by time alone.
    for (int i = 0; i < 100_001; i++) {
      store.add(new ViewBatch(UUID.randomUUID(), List.of()));
    }

    assertThat(store.add(batch(first, 1))).isFalse();
    assertThat(store.totals(UNN, List.of(article))).isEqualTo(Map.of(article, 1L));
  }

  @Test
  @DisplayName("inside the retention a retry is still ignored; past it the id is forgotten")
  void retention() {
    UUID old = UUID.randomUUID();
    UUID recent = UUID.randomUUID();
    store.add(batch(old, 2));
    clock.advance(Duration.ofDays(3));
    store.add(batch(recent, 5));
    clock.advance(Duration.ofDays(5));

    assertThat(store.forgetBatchIds(Duration.ofDays(7))).isEqualTo(1);
    assertThat(store.rememberedBatchIds()).isEqualTo(1);
    assertThat(store.add(batch(recent, 5))).isFalse();
    assertThat(store.totals(UNN, List.of(article))).isEqualTo(Map.of(article, 7L));

    // Forgetting never touches counts; an id sent again after it was forgotten is applied again.
    assertThat(store.add(batch(old, 2))).isTrue();
    assertThat(store.totals(UNN, List.of(article))).isEqualTo(Map.of(article, 9L));
  }

  @Test
  @DisplayName("refuses a negative age")
  void negative() {
    assertThatThrownBy(() -> store.forgetBatchIds(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("olderThan");
  }
}
