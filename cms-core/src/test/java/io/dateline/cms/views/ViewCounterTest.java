package io.dateline.cms.views;

import static io.dateline.cms.views.FlakyViewCountStore.Outcome.FAIL_AFTER_COMMIT;
import static io.dateline.cms.views.FlakyViewCountStore.Outcome.FAIL_BEFORE_COMMIT;
import static io.dateline.cms.views.FlakyViewCountStore.Outcome.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.StorageException;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ViewCounter")
class ViewCounterTest {
  private static final TenantId UNN = TenantId.of("unn");
  private static final TenantId CITY = TenantId.of("city");
  private static final Instant NOON = Instant.parse("2024-03-10T12:00:00Z");
  private static final LocalDate MARCH_10 = LocalDate.parse("2024-03-10");

  private final ViewCountStore memory = new InMemoryStorage().viewCounts();
  private final MutableClock clock = MutableClock.at(NOON);
  private final RecordingListener listener = new RecordingListener();
  private final List<ViewCounter> counters = new ArrayList<>();
  private final ArticleId article = ArticleId.random();
  private final ArticleId other = ArticleId.random();

  /** A counter with periodic flushing off, so tests decide when flushes happen. */
  private ViewCounter manualCounter(ViewCountStore store) {
    return track(
        ViewCounter.builder(store)
            .clock(clock)
            .flushInterval(Duration.ZERO)
            .listener(listener)
            .build());
  }

  private ViewCounter track(ViewCounter counter) {
    counters.add(counter);
    return counter;
  }

  private long stored(ViewCountStore store, TenantId tenant, ArticleId id) {
    return store.totals(tenant, List.of(id)).getOrDefault(id, 0L);
  }

  private static void recordTimes(ViewCounter counter, TenantId tenant, ArticleId id, int times) {
    for (int i = 0; i < times; i++) {
      counter.record(tenant, id);
    }
  }

  @AfterEach
  void closeCounters() {
    for (ViewCounter counter : counters) {
      try {
        counter.close();
      } catch (StorageException expectedWhenAStoreStaysDown) {
        // Some tests leave the store failing on purpose.
      }
    }
  }

  @Nested
  @DisplayName("when recording and flushing")
  class RecordingAndFlushing {

    @Test
    @DisplayName("keeps views in memory until a flush adds them to the store")
    void buffersUntilFlush() {
      ViewCounter counter = manualCounter(memory);
      recordTimes(counter, UNN, article, 3);

      assertThat(stored(memory, UNN, article)).isZero();
      assertThat(counter.pendingViews()).isEqualTo(3);
      assertThat(counter.pendingArticles()).isEqualTo(1);

      assertThat(counter.flush()).isTrue();

      assertThat(stored(memory, UNN, article)).isEqualTo(3);
      assertThat(counter.pendingViews()).isZero();
      assertThat(counter.pendingArticles()).isZero();
    }

    @Test
    @DisplayName("sends one batch per flush with one increment per article and day")
    void mergesViewsIntoOneBatch() {
      ViewCounter counter = manualCounter(memory);
      recordTimes(counter, UNN, article, 5);
      recordTimes(counter, UNN, other, 2);
      recordTimes(counter, CITY, article, 1);

      counter.flush();

      assertThat(listener.stored).hasSize(1);
      assertThat(listener.stored.get(0).batch().increments())
          .containsExactlyInAnyOrder(
              new ViewIncrement(UNN, article, MARCH_10, 5),
              new ViewIncrement(UNN, other, MARCH_10, 2),
              new ViewIncrement(CITY, article, MARCH_10, 1));
    }

    @Test
    @DisplayName("does not call the store when nothing was recorded")
    void emptyFlushSendsNothing() {
      FlakyViewCountStore store = new FlakyViewCountStore(memory, call -> PASS);
      ViewCounter counter = manualCounter(store);

      assertThat(counter.flush()).isTrue();

      assertThat(store.calls()).isEmpty();
    }

    @Test
    @DisplayName("flushes on its own every flush interval")
    void flushesPeriodically() throws InterruptedException {
      ViewCounter counter =
          track(
              ViewCounter.builder(memory)
                  .clock(clock)
                  .flushInterval(Duration.ofMillis(5))
                  .listener(listener)
                  .build());
      counter.record(UNN, article);

      while (stored(memory, UNN, article) == 0) {
        assertThat(listener.awaitFlush()).as("a periodic flush happened").isTrue();
      }
      assertThat(stored(memory, UNN, article)).isEqualTo(1);
    }

    @Test
    @DisplayName("close() stores everything pending")
    void closeFlushes() {
      ViewCounter counter = manualCounter(memory);
      recordTimes(counter, UNN, article, 4);

      counter.close();

      assertThat(stored(memory, UNN, article)).isEqualTo(4);
    }

    @Test
    @DisplayName("ignores views recorded after close() and says so")
    void ignoresViewsAfterClose() {
      ViewCounter counter = manualCounter(memory);
      counter.record(UNN, article);
      counter.close();

      assertThat(counter.record(UNN, article)).isFalse();
      counter.close();

      assertThat(stored(memory, UNN, article)).isEqualTo(1);
      assertThat(counter.pendingViews()).isZero();
    }

    @Test
    @DisplayName("rejects null ids naming the parameter")
    void rejectsNullIds() {
      ViewCounter counter = manualCounter(memory);

      assertThatThrownBy(() -> counter.record(null, article))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("tenantId");
      assertThatThrownBy(() -> counter.record(UNN, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("articleId");
      assertThat(counter.pendingViews()).isZero();
    }
  }

  @Nested
  @DisplayName("when showing counts")
  class DisplayedCounts {

    @Test
    @DisplayName("adds this node's pending views to the stored count, so a reader sees their view")
    void includesPendingViews() {
      ViewCounter counter = manualCounter(memory);
      recordTimes(counter, UNN, article, 10);
      counter.flush();

      counter.record(UNN, article);

      assertThat(stored(memory, UNN, article)).isEqualTo(10);
      assertThat(counter.count(UNN, article)).isEqualTo(11);
    }

    @Test
    @DisplayName("includes views of a batch the store rejected")
    void includesUnsentBatches() {
      FlakyViewCountStore store = new FlakyViewCountStore(memory, call -> FAIL_BEFORE_COMMIT);
      ViewCounter counter = manualCounter(store);
      recordTimes(counter, UNN, article, 2);
      counter.flush();
      counter.record(UNN, article);

      assertThat(counter.count(UNN, article)).isEqualTo(3);
    }

    @Test
    @DisplayName("returns a count for every requested article, zero when never viewed")
    void countsForListings() {
      ViewCounter counter = manualCounter(memory);
      recordTimes(counter, UNN, article, 2);
      counter.flush();
      counter.record(UNN, article);
      ArticleId neverViewed = ArticleId.random();

      Map<ArticleId, Long> counts = counter.counts(UNN, List.of(neverViewed, article));

      assertThat(counts).containsExactly(Map.entry(neverViewed, 0L), Map.entry(article, 3L));
    }

    @Test
    @DisplayName("keeps the same article id under two tenants apart, pending and stored")
    void sameArticleIdInTwoTenants() {
      ViewCounter counter = manualCounter(memory);
      recordTimes(counter, UNN, article, 2);
      recordTimes(counter, CITY, article, 1);

      assertThat(counter.count(UNN, article)).isEqualTo(2);
      assertThat(counter.count(CITY, article)).isEqualTo(1);
      assertThat(counter.pendingArticles()).isEqualTo(2);
      counter.flush();
      assertThat(stored(memory, UNN, article)).isEqualTo(2);
      assertThat(stored(memory, CITY, article)).isEqualTo(1);
    }

    @Test
    @DisplayName("never shows one tenant's views to another, stored or pending")
    void isolatesTenants() {
      ViewCounter counter = manualCounter(memory);
      recordTimes(counter, UNN, article, 2);
      counter.flush();
      counter.record(UNN, article);

      assertThat(counter.count(CITY, article)).isZero();
      assertThat(counter.mostRead(CITY, ViewPeriod.ALL_TIME, 10)).isEmpty();
    }
  }

  @Nested
  @DisplayName("with per-day buckets")
  class DayBuckets {

    @Test
    @DisplayName("puts views of one flush window that spans midnight on the right UTC days")
    void splitsAtMidnight() {
      ViewCounter counter = manualCounter(memory);
      clock.set(Instant.parse("2024-03-10T23:59:59.999Z"));
      recordTimes(counter, UNN, article, 3);
      clock.set(Instant.parse("2024-03-11T00:00:00Z"));
      recordTimes(counter, UNN, article, 2);

      counter.flush();

      assertThat(listener.stored.get(0).batch().increments())
          .containsExactly(
              new ViewIncrement(UNN, article, MARCH_10, 3),
              new ViewIncrement(UNN, article, MARCH_10.plusDays(1), 2));
      assertThat(memory.top(UNN, MARCH_10, MARCH_10, 10))
          .containsExactly(new ViewTotal(article, 3));
    }
  }

  @Nested
  @DisplayName("when listing the most read")
  class MostRead {
    private final ArticleId oldHit = ArticleId.random();
    private final ArticleId weekHit = ArticleId.random();
    private final ArticleId todayHit = ArticleId.random();

    /** Views on days before "today" (2024-03-10), then back to today. */
    private ViewCounter countedOverSeveralDays() {
      ViewCounter counter = manualCounter(memory);
      clock.set(NOON.minus(Duration.ofDays(20)));
      recordTimes(counter, UNN, oldHit, 50);
      clock.set(NOON.minus(Duration.ofDays(5)));
      recordTimes(counter, UNN, weekHit, 30);
      clock.set(NOON.minus(Duration.ofDays(1)));
      recordTimes(counter, UNN, weekHit, 1);
      clock.set(NOON);
      recordTimes(counter, UNN, todayHit, 20);
      recordTimes(counter, CITY, todayHit, 1000);
      counter.flush();
      return counter;
    }

    @Test
    @DisplayName("LAST_24_HOURS counts today and yesterday (UTC)")
    void last24Hours() {
      ViewCounter counter = countedOverSeveralDays();

      assertThat(counter.mostRead(UNN, ViewPeriod.LAST_24_HOURS, 10))
          .containsExactly(new ViewTotal(todayHit, 20), new ViewTotal(weekHit, 1));
    }

    @Test
    @DisplayName("LAST_7_DAYS and LAST_30_DAYS reach back as many days, ranked highest first")
    void longerPeriods() {
      ViewCounter counter = countedOverSeveralDays();

      assertThat(counter.mostRead(UNN, ViewPeriod.LAST_7_DAYS, 10))
          .containsExactly(new ViewTotal(weekHit, 31), new ViewTotal(todayHit, 20));
      assertThat(counter.mostRead(UNN, ViewPeriod.LAST_30_DAYS, 10))
          .containsExactly(
              new ViewTotal(oldHit, 50), new ViewTotal(weekHit, 31), new ViewTotal(todayHit, 20));
    }

    @Test
    @DisplayName("ALL_TIME ranks every view and the limit cuts the list")
    void allTimeWithLimit() {
      ViewCounter counter = countedOverSeveralDays();

      assertThat(counter.mostRead(UNN, ViewPeriod.ALL_TIME, 2))
          .containsExactly(new ViewTotal(oldHit, 50), new ViewTotal(weekHit, 31));
    }

    @Test
    @DisplayName("rejects a limit outside 1 to 1000, naming it")
    void rejectsBadLimit() {
      ViewCounter counter = manualCounter(memory);

      assertThatThrownBy(() -> counter.mostRead(UNN, ViewPeriod.LAST_7_DAYS, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("limit must be between 1 and 1000, was 0");
      assertThatThrownBy(() -> counter.mostRead(UNN, ViewPeriod.LAST_7_DAYS, 1001))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("limit");
    }
  }

  @Nested
  @DisplayName("when the store fails")
  class StoreFailures {

    @Test
    @DisplayName("keeps a failed batch and counts every view exactly once after recovery")
    void recoversExactly() {
      FlakyViewCountStore store =
          new FlakyViewCountStore(memory, call -> call <= 3 ? FAIL_BEFORE_COMMIT : PASS);
      ViewCounter counter = manualCounter(store);
      for (int round = 0; round < 5; round++) {
        recordTimes(counter, UNN, article, 10);
        recordTimes(counter, UNN, other, 1);
        counter.flush();
      }

      assertThat(stored(memory, UNN, article)).isEqualTo(50);
      assertThat(stored(memory, UNN, other)).isEqualTo(5);
      assertThat(counter.pendingViews()).isZero();
      assertThat(listener.failed).hasSize(3);
    }

    @Test
    @DisplayName("resends a failed batch unchanged under the same id")
    void retriesWithSameId() {
      FlakyViewCountStore store =
          new FlakyViewCountStore(memory, call -> call <= 2 ? FAIL_BEFORE_COMMIT : PASS);
      ViewCounter counter = manualCounter(store);
      recordTimes(counter, UNN, article, 4);

      assertThat(counter.flush()).isFalse();
      counter.record(UNN, other);
      assertThat(counter.flush()).isFalse();
      assertThat(counter.flush()).isTrue();

      List<ViewBatch> calls = store.calls();
      assertThat(calls).hasSize(4);
      assertThat(calls.subList(0, 3)).containsOnly(calls.get(0));
      assertThat(calls.get(3).id()).isNotEqualTo(calls.get(0).id());
      assertThat(calls.get(3).increments())
          .containsExactly(new ViewIncrement(UNN, other, MARCH_10, 1));
      assertThat(listener.stored)
          .extracting(RecordingListener.Stored::attempt)
          .containsExactly(3, 1);
    }

    @Test
    @DisplayName("does not count twice a batch whose commit succeeded but reported failure")
    void idempotentAfterCommitThenFailure() {
      FlakyViewCountStore store =
          new FlakyViewCountStore(memory, call -> call == 1 ? FAIL_AFTER_COMMIT : PASS);
      ViewCounter counter = manualCounter(store);
      recordTimes(counter, UNN, article, 7);

      assertThat(counter.flush()).isFalse();
      recordTimes(counter, UNN, article, 2);
      assertThat(counter.flush()).isTrue();

      assertThat(stored(memory, UNN, article)).isEqualTo(9);
      assertThat(listener.stored)
          .extracting(RecordingListener.Stored::applied)
          .containsExactly(false, true);
    }

    @Test
    @DisplayName("merges views recorded during a long outage instead of queueing a batch per flush")
    void outageGrowsByArticlesNotFlushes() {
      FlakyViewCountStore store = new FlakyViewCountStore(memory, call -> FAIL_BEFORE_COMMIT);
      ViewCounter counter = manualCounter(store);
      for (int flush = 0; flush < 20; flush++) {
        recordTimes(counter, UNN, article, 3);
        counter.flush();
      }
      store.plan(call -> PASS);

      assertThat(counter.flush()).isTrue();

      List<ViewBatch> calls = store.calls();
      assertThat(calls).hasSize(22);
      assertThat(calls.get(21).increments())
          .containsExactly(new ViewIncrement(UNN, article, MARCH_10, 57));
      assertThat(stored(memory, UNN, article)).isEqualTo(60);
    }

    @Test
    @DisplayName("close() reports views it could not store, and a later close() stores them")
    void closeFailsLoudly() {
      FlakyViewCountStore store = new FlakyViewCountStore(memory, call -> FAIL_BEFORE_COMMIT);
      ViewCounter counter = manualCounter(store);
      recordTimes(counter, UNN, article, 6);

      assertThatThrownBy(counter::close)
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("could not store 6 views");
      store.plan(call -> PASS);
      counter.close();

      assertThat(stored(memory, UNN, article)).isEqualTo(6);
    }

    @Test
    @DisplayName("keeps counting when the listener throws")
    void survivesListenerFailure() {
      ViewCounter counter =
          track(
              ViewCounter.builder(memory)
                  .flushInterval(Duration.ZERO)
                  .listener(
                      new ViewCounterListener() {
                        @Override
                        public void batchStored(ViewBatch batch, int attempt, boolean applied) {
                          throw new IllegalStateException("listener bug");
                        }
                      })
                  .build());
      counter.record(UNN, article);

      assertThat(counter.flush()).isTrue();
      assertThat(stored(memory, UNN, article)).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("with bounded memory")
  class BoundedMemory {

    @Test
    @DisplayName("flushes early when the buffer reaches maxPendingArticles distinct articles")
    void flushesEarlyWhenFull() throws InterruptedException {
      ViewCounter counter =
          track(
              ViewCounter.builder(memory)
                  .clock(clock)
                  .flushInterval(Duration.ZERO)
                  .maxPendingArticles(3)
                  .listener(listener)
                  .build());
      List<ArticleId> ids = List.of(ArticleId.random(), ArticleId.random(), ArticleId.random());
      recordTimes(counter, UNN, ids.get(0), 5);
      recordTimes(counter, UNN, ids.get(1), 5);
      assertThat(counter.pendingArticles()).isEqualTo(2);

      counter.record(UNN, ids.get(2));

      assertThat(listener.awaitFlush()).as("the flusher thread flushed").isTrue();
      // The early flush may swap buffers between the third article's entry and its increment;
      // that view then waits in the fresh buffer, so only the first two are sure to be stored.
      assertThat(memory.totals(UNN, List.of(ids.get(0), ids.get(1))).values())
          .containsExactly(5L, 5L);
      assertThat(counter.count(UNN, ids.get(2))).isEqualTo(1);
      assertThat(counter.pendingArticles()).isLessThanOrEqualTo(1);
    }
  }

  @Nested
  @DisplayName("with de-duplication")
  class Deduplication {
    private ViewCounter deduplicating(Duration window, long maxVisitors) {
      return track(
          ViewCounter.builder(memory)
              .clock(clock)
              .flushInterval(Duration.ZERO)
              .deduplicate(window, maxVisitors)
              .build());
    }

    @Test
    @DisplayName("counts a visitor's repeated views of an article once per window")
    void countsOncePerWindow() {
      ViewCounter counter = deduplicating(Duration.ofMinutes(30), 1000);

      assertThat(counter.record(UNN, article, "visitor-1")).isTrue();
      assertThat(counter.record(UNN, article, "visitor-1")).isFalse();
      clock.advance(Duration.ofMinutes(29));
      assertThat(counter.record(UNN, article, "visitor-1")).isFalse();
      clock.advance(Duration.ofMinutes(2));
      assertThat(counter.record(UNN, article, "visitor-1")).isTrue();

      assertThat(counter.count(UNN, article)).isEqualTo(2);
    }

    @Test
    @DisplayName("counts different visitors, articles and tenants separately")
    void keysByVisitorArticleAndTenant() {
      ViewCounter counter = deduplicating(Duration.ofMinutes(30), 1000);

      assertThat(counter.record(UNN, article, "visitor-1")).isTrue();
      assertThat(counter.record(UNN, article, "visitor-2")).isTrue();
      assertThat(counter.record(UNN, other, "visitor-1")).isTrue();
      assertThat(counter.record(CITY, article, "visitor-1")).isTrue();

      assertThat(counter.pendingViews()).isEqualTo(4);
    }

    @Test
    @DisplayName("does not de-duplicate views without a visitor key")
    void anonymousViewsAlwaysCount() {
      ViewCounter counter = deduplicating(Duration.ofMinutes(30), 1000);

      assertThat(counter.record(UNN, article)).isTrue();
      assertThat(counter.record(UNN, article, null)).isTrue();

      assertThat(counter.count(UNN, article)).isEqualTo(2);
    }
  }

  @Nested
  @DisplayName("with a filter")
  class Filtering {

    @Test
    @DisplayName("drops views the filter rejects, before de-duplication sees them")
    void dropsFilteredViews() {
      ViewCounter counter =
          track(
              ViewCounter.builder(memory)
                  .flushInterval(Duration.ZERO)
                  .deduplicate(Duration.ofHours(1), 100)
                  .filter(ViewFilter.excludingBots())
                  .build());
      String googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
      String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

      assertThat(counter.record(UNN, article, "v1", googlebot)).isFalse();
      assertThat(counter.record(UNN, article, "v1", firefox)).isTrue();

      assertThat(counter.count(UNN, article)).isEqualTo(1);
    }

    @Test
    @DisplayName("combines filters so that a view counts only when all accept it")
    void combinesFilters() {
      ViewFilter onlyUnn = (tenant, id, userAgent) -> tenant.equals(UNN);
      ViewCounter counter =
          track(
              ViewCounter.builder(memory)
                  .flushInterval(Duration.ZERO)
                  .filter(onlyUnn.and(ViewFilter.excludingBots()))
                  .build());

      assertThat(counter.record(UNN, article, null, "curl/8.5.0")).isFalse();
      assertThat(counter.record(CITY, article, null, null)).isFalse();
      assertThat(counter.record(UNN, article, null, null)).isTrue();
    }
  }

  @Nested
  @DisplayName("when configured")
  class Configuration {

    @Test
    @DisplayName("rejects out-of-range settings with the setting's name")
    void rejectsBadSettings() {
      ViewCounter.Builder builder = ViewCounter.builder(memory);

      assertThatThrownBy(() -> builder.flushInterval(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("flushInterval must be zero or at least 1 ms, was PT-1S");
      assertThatThrownBy(() -> builder.maxPendingArticles(0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("maxPendingArticles must be at least 1, was 0");
      assertThatThrownBy(() -> builder.deduplicate(Duration.ZERO, 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("deduplicate window must be positive, was PT0S");
      assertThatThrownBy(() -> builder.deduplicate(Duration.ofMinutes(1), 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("deduplicate maxVisitors must be at least 1, was 0");
    }
  }
}
