package io.dateline.cms.views;

import static io.dateline.cms.views.FlakyViewCountStore.Outcome.FAIL_AFTER_COMMIT;
import static io.dateline.cms.views.FlakyViewCountStore.Outcome.PASS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ViewCounter's stored-count cache")
class ViewCounterStoredCountTest {
  private static final TenantId UNN = TenantId.of("unn");
  private static final TenantId CITY = TenantId.of("city");
  private static final Duration TTL = Duration.ofSeconds(2);

  private final ViewCountStore memory = new InMemoryStorage().viewCounts();
  private final MutableClock clock = MutableClock.at(Instant.parse("2024-03-10T12:00:00Z"));
  private final List<ViewCounter> counters = new ArrayList<>();
  private final ArticleId article = ArticleId.random();
  private final ArticleId other = ArticleId.random();

  /**
   * A real store that remembers every {@code totals} call, to tell cached reads from store reads.
   */
  private static final class CountingStore extends ForwardingViewCountStore {
    final List<List<ArticleId>> totalsCalls = new CopyOnWriteArrayList<>();

    CountingStore(ViewCountStore delegate) {
      super(delegate);
    }

    @Override
    public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds) {
      totalsCalls.add(List.copyOf(articleIds));
      return super.totals(tenantId, articleIds);
    }
  }

  /**
   * A real store that runs a one-shot action right after an {@code add} commits or a {@code totals}
   * read returns, to put a reader or a flush exactly inside the other's critical moment.
   */
  private static final class InterleavingStore extends ForwardingViewCountStore {
    private final AtomicReference<Runnable> afterAdd = new AtomicReference<>();
    private final AtomicReference<Runnable> afterTotals = new AtomicReference<>();

    InterleavingStore(ViewCountStore delegate) {
      super(delegate);
    }

    @Override
    public boolean add(ViewBatch batch) {
      boolean applied = super.add(batch);
      Runnable action = afterAdd.getAndSet(null);
      if (action != null) {
        action.run();
      }
      return applied;
    }

    @Override
    public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds) {
      Map<ArticleId, Long> totals = super.totals(tenantId, articleIds);
      Runnable action = afterTotals.getAndSet(null);
      if (action != null) {
        action.run();
      }
      return totals;
    }
  }

  /** A counter with periodic flushing off, so tests decide when flushes happen. */
  private ViewCounter counter(ViewCountStore store, Duration ttl) {
    ViewCounter counter =
        ViewCounter.builder(store)
            .clock(clock)
            .flushInterval(Duration.ZERO)
            .storedCountTtl(ttl)
            .build();
    counters.add(counter);
    return counter;
  }

  private static void recordTimes(ViewCounter counter, TenantId tenant, ArticleId id, int times) {
    for (int i = 0; i < times; i++) {
      counter.record(tenant, id);
    }
  }

  private long stored(TenantId tenant, ArticleId id) {
    return memory.totals(tenant, List.of(id)).getOrDefault(id, 0L);
  }

  @AfterEach
  void closeCounters() {
    counters.forEach(ViewCounter::close);
  }

  @Nested
  @DisplayName("within the time-to-live")
  class WithinTtl {

    @Test
    @DisplayName("a second count of the same article makes no store call")
    void repeatedCountIsCached() {
      CountingStore store = new CountingStore(memory);
      ViewCounter counter = counter(store, TTL);
      recordTimes(counter, UNN, article, 4);
      counter.flush();

      assertThat(counter.count(UNN, article)).isEqualTo(4);
      assertThat(counter.count(UNN, article)).isEqualTo(4);

      assertThat(store.totalsCalls).containsExactly(List.of(article));
    }

    @Test
    @DisplayName("an article never viewed is cached too, at zero")
    void neverViewedIsCached() {
      CountingStore store = new CountingStore(memory);
      ViewCounter counter = counter(store, TTL);

      assertThat(counter.count(UNN, article)).isZero();
      assertThat(counter.count(UNN, article)).isZero();

      assertThat(store.totalsCalls).hasSize(1);
    }

    @Test
    @DisplayName("this node's new views show at once on top of the cached total")
    void ownViewsShowAtOnce() {
      CountingStore store = new CountingStore(memory);
      ViewCounter counter = counter(store, TTL);
      recordTimes(counter, UNN, article, 2);
      counter.flush();
      assertThat(counter.count(UNN, article)).isEqualTo(2);

      recordTimes(counter, UNN, article, 3);

      assertThat(counter.count(UNN, article)).isEqualTo(5);
      assertThat(store.totalsCalls).hasSize(1);
    }

    @Test
    @DisplayName("a listing asks the store only for the articles not cached yet, in one call")
    void listingAsksOnlyForMissingArticles() {
      CountingStore store = new CountingStore(memory);
      ViewCounter counter = counter(store, TTL);
      ArticleId third = ArticleId.random();
      recordTimes(counter, UNN, other, 1);
      counter.flush();

      counter.counts(UNN, List.of(article, other));
      Map<ArticleId, Long> counts = counter.counts(UNN, List.of(article, other, third));

      assertThat(counts)
          .containsExactly(Map.entry(article, 0L), Map.entry(other, 1L), Map.entry(third, 0L));
      assertThat(store.totalsCalls).containsExactly(List.of(article, other), List.of(third));
    }

    @Test
    @DisplayName("keeps tenants apart: the same article id under another tenant is its own entry")
    void tenantsHaveTheirOwnEntries() {
      CountingStore store = new CountingStore(memory);
      ViewCounter counter = counter(store, TTL);
      recordTimes(counter, UNN, article, 3);
      counter.flush();

      assertThat(counter.count(UNN, article)).isEqualTo(3);
      assertThat(counter.count(CITY, article)).isZero();
      assertThat(store.totalsCalls).hasSize(2);
    }
  }

  @Nested
  @DisplayName("when this node flushes")
  class OwnFlushes {

    @Test
    @DisplayName("the displayed count is unchanged by a flush: no view counted twice or lost")
    void flushKeepsTheCount() {
      CountingStore store = new CountingStore(memory);
      ViewCounter counter = counter(store, TTL);
      recordTimes(counter, UNN, article, 3);
      assertThat(counter.count(UNN, article)).isEqualTo(3);

      counter.flush();

      assertThat(stored(UNN, article)).isEqualTo(3);
      assertThat(counter.count(UNN, article)).isEqualTo(3);
      recordTimes(counter, UNN, article, 2);
      counter.flush();
      assertThat(counter.count(UNN, article)).isEqualTo(5);
      assertThat(counter.count(UNN, article)).isEqualTo(5);
      assertThat(store.totalsCalls)
          .as("one read before the flushes, one after each flush, none for the repeat")
          .hasSize(3);

      clock.advance(TTL);
      assertThat(counter.count(UNN, article)).isEqualTo(5);
      assertThat(store.totalsCalls).hasSize(4);
    }

    @Test
    @DisplayName("a batch whose commit reply was lost is counted once after its retry")
    void ambiguousFailureIsNotCountedTwice() {
      FlakyViewCountStore flaky =
          new FlakyViewCountStore(memory, call -> call == 1 ? FAIL_AFTER_COMMIT : PASS);
      CountingStore store = new CountingStore(flaky);
      ViewCounter counter = counter(store, TTL);
      recordTimes(counter, UNN, article, 2);
      assertThat(counter.count(UNN, article)).isEqualTo(2);

      assertThat(counter.flush()).isFalse();
      assertThat(stored(UNN, article)).as("the failed attempt committed").isEqualTo(2);
      assertThat(counter.flush()).isTrue();

      assertThat(counter.count(UNN, article)).isEqualTo(2);
      clock.advance(TTL);
      assertThat(counter.count(UNN, article)).isEqualTo(2);
    }

    @Test
    @DisplayName("a total read after a batch committed but before it was confirmed is not cached")
    void readDuringCommitIsNotCached() {
      InterleavingStore store = new InterleavingStore(memory);
      ViewCounter counter = counter(store, TTL);
      recordTimes(counter, UNN, article, 4);
      List<Long> shownDuringCommit = new ArrayList<>();
      store.afterAdd.set(() -> shownDuringCommit.add(counter.count(UNN, article)));

      counter.flush();

      assertThat(shownDuringCommit)
          .as("read both as unsent and as stored for a moment, never lower")
          .containsExactly(8L);
      assertThat(counter.count(UNN, article)).isEqualTo(4);
      assertThat(counter.count(UNN, article)).isEqualTo(4);
    }

    @Test
    @DisplayName(
        "a total read before a batch committed and stored after it was confirmed is dropped")
    void readBeforeCommitIsNotCachedAfterIt() {
      InterleavingStore store = new InterleavingStore(memory);
      ViewCounter counter = counter(store, TTL);
      recordTimes(counter, UNN, article, 4);
      store.afterTotals.set(counter::flush);

      assertThat(counter.count(UNN, article)).as("unsent, read before the flush").isEqualTo(4);

      assertThat(stored(UNN, article)).isEqualTo(4);
      assertThat(counter.count(UNN, article)).isEqualTo(4);
      assertThat(counter.count(UNN, article)).isEqualTo(4);
    }

    @Test
    @DisplayName("a flush of this node's views also brings in other nodes' stored views")
    void ownFlushRereadsTheStore() {
      ViewCounter here = counter(memory, TTL);
      ViewCounter elsewhere = counter(memory, TTL);
      assertThat(here.count(UNN, article)).isZero();
      recordTimes(elsewhere, UNN, article, 4);
      elsewhere.flush();
      assertThat(here.count(UNN, article)).as("cached, before the time-to-live").isZero();

      recordTimes(here, UNN, article, 1);
      here.flush();
      assertThat(here.count(UNN, article)).isEqualTo(5);
    }
  }

  @Nested
  @DisplayName("with two nodes on one store")
  class TwoNodes {

    @Test
    @DisplayName("the other node's flushed views appear once the time-to-live has passed")
    void otherNodesViewsAppearAfterTtl() {
      ViewCounter nodeA = counter(memory, TTL);
      ViewCounter nodeB = counter(memory, TTL);
      recordTimes(nodeA, UNN, article, 2);
      nodeA.flush();
      assertThat(nodeA.count(UNN, article)).isEqualTo(2);

      recordTimes(nodeB, UNN, article, 5);
      nodeB.flush();

      assertThat(nodeA.count(UNN, article)).as("still the cached total").isEqualTo(2);
      assertThat(nodeB.count(UNN, article)).isEqualTo(7);
      clock.advance(TTL);
      assertThat(nodeA.count(UNN, article)).isEqualTo(7);
    }

    @Test
    @DisplayName("with the cache off, every count reads the store and sees other nodes at once")
    void zeroTtlReadsTheStoreEveryTime() {
      CountingStore store = new CountingStore(memory);
      ViewCounter nodeA = counter(store, Duration.ZERO);
      ViewCounter nodeB = counter(memory, Duration.ZERO);
      assertThat(nodeA.count(UNN, article)).isZero();

      recordTimes(nodeB, UNN, article, 3);
      nodeB.flush();

      assertThat(nodeA.count(UNN, article)).isEqualTo(3);
      assertThat(store.totalsCalls).hasSize(2);
    }
  }

  @Nested
  @DisplayName("under concurrency")
  class UnderConcurrency {

    @Test
    @DisplayName("reads racing with flushes leave no stale cached total: the counts end exact")
    void cachedTotalsStayExactUnderFlushStorm() throws Exception {
      // The clock never moves, so a cached total never expires: the final count comes from the
      // cache alone, and any view added to it twice, or never, shows as a wrong final count.
      ViewCounter counter = counter(memory, Duration.ofHours(1));
      int recorders = 4;
      int viewsPerRecorder = 20_000;
      AtomicBoolean running = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(recorders + 3);
      CyclicBarrier start = new CyclicBarrier(recorders + 3);
      // Recorders begin only once the flusher and both readers are running, so the race is run
      // even when the recorders alone would finish before the other threads are scheduled.
      CountDownLatch othersRunning = new CountDownLatch(3);
      List<Future<?>> recording = new ArrayList<>();
      List<Future<Long>> others = new ArrayList<>();
      try {
        for (int r = 0; r < recorders; r++) {
          recording.add(
              pool.submit(
                  () -> {
                    start.await();
                    othersRunning.await();
                    for (int i = 0; i < viewsPerRecorder; i++) {
                      counter.record(UNN, i % 2 == 0 ? article : other);
                    }
                    return null;
                  }));
        }
        others.add(
            pool.submit(
                () -> {
                  start.await();
                  long flushes = 0;
                  do {
                    counter.flush();
                    flushes++;
                    othersRunning.countDown();
                  } while (running.get());
                  return flushes;
                }));
        for (int reader = 0; reader < 2; reader++) {
          others.add(
              pool.submit(
                  () -> {
                    start.await();
                    long reads = 0;
                    boolean first = true;
                    while (running.get() || first) {
                      // The reads race with the flushes to put totals into the cache; what
                      // they show is not checked here, since a view handed from a drained buffer
                      // to the next one by a racing recorder is invisible for that moment.
                      Map<ArticleId, Long> counts = counter.counts(UNN, List.of(article, other));
                      assertThat(counts).containsOnlyKeys(article, other);
                      reads++;
                      if (first) {
                        first = false;
                        othersRunning.countDown();
                      }
                    }
                    return reads;
                  }));
        }
        for (Future<?> recorder : recording) {
          recorder.get();
        }
        running.set(false);
        for (Future<Long> f : others) {
          assertThat(f.get()).isPositive();
        }
      } finally {
        pool.shutdownNow();
      }
      counter.flush();

      long perArticle = (long) recorders * viewsPerRecorder / 2;
      assertThat(stored(UNN, article)).isEqualTo(perArticle);
      assertThat(stored(UNN, other)).isEqualTo(perArticle);
      assertThat(counter.counts(UNN, List.of(article, other)))
          .containsExactly(Map.entry(article, perArticle), Map.entry(other, perArticle));
    }
  }

  @Test
  @DisplayName("rejects a negative or sub-millisecond time-to-live, naming the setting")
  void rejectsBadTtl() {
    ViewCounter.Builder builder = ViewCounter.builder(memory);

    assertThatThrownBy(() -> builder.storedCountTtl(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("storedCountTtl must be zero or at least 1 ms, was PT-1S");
    assertThatThrownBy(() -> builder.storedCountTtl(Duration.ofNanos(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("storedCountTtl must be zero or at least 1 ms, was PT0.00000001S");
    assertThatThrownBy(() -> builder.storedCountTtl(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ttl");
  }
}
