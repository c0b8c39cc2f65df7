package io.dateline.cms.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.StorageException;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.References;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ViewCounter's lifecycle: close, its threads, and expiring batch ids")
class ViewCounterLifecycleTest {
  private static final TenantId UNN = TenantId.of("unn");
  private static final Instant NOON = Instant.parse("2024-03-10T12:00:00Z");
  private static final long TIMEOUT_SECONDS = 60;

  private final ViewCountStore memory = new InMemoryStorage().viewCounts();
  private final MutableClock clock = MutableClock.at(NOON);
  private final ArticleId article = ArticleId.random();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private long stored(ArticleId id) {
    return memory.totals(UNN, List.of(id)).getOrDefault(id, 0L);
  }

  private static Set<Thread> flusherThreads() {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("dateline-view-flusher-")) {
        threads.add(thread);
      }
    }
    return threads;
  }

  @Nested
  @DisplayName("when closing")
  class Closing {

    @Test
    @DisplayName("stores a view that passed the closed check before close() flushed")
    void viewRacingWithCloseIsStored() throws Exception {
      CountDownLatch inFilter = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      // The filter runs after record's closed check and before the view is added: holding one view
      // there while close() runs to the end reproduces the race deterministically.
      ViewFilter gate =
          (tenant, id, userAgent) -> {
            if ("held".equals(userAgent)) {
              inFilter.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            return true;
          };
      ViewCounter counter =
          ViewCounter.builder(memory)
              .clock(clock)
              .flushInterval(Duration.ZERO)
              .filter(gate)
              .build();
      counter.record(UNN, article);
      Future<Boolean> held = pool.submit(() -> counter.record(UNN, article, null, "held"));
      assertThat(inFilter.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

      counter.close();
      assertThat(stored(article)).isEqualTo(1);
      release.countDown();

      assertThat(held.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
      assertThat(stored(article)).isEqualTo(2);
      assertThat(counter.pendingViews()).isZero();
      assertThat(counter.record(UNN, article)).isFalse();
    }

    @Test
    @DisplayName("stores exactly the views record() accepted while close() races with recorders")
    void recordersRacingWithClose() throws Exception {
      for (int round = 0; round < 20; round++) {
        ViewCountStore store = new InMemoryStorage().viewCounts();
        ViewCounter counter =
            ViewCounter.builder(store).clock(clock).flushInterval(Duration.ofMillis(1)).build();
        int threads = 6;
        AtomicLong started = new AtomicLong();
        List<Future<Long>> accepted = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          accepted.add(
              pool.submit(
                  () -> {
                    long counted = 0;
                    while (counter.record(UNN, article)) {
                      counted++;
                      started.incrementAndGet();
                    }
                    return counted;
                  }));
        }
        while (started.get() < 5_000) {
          Thread.onSpinWait();
        }
        counter.close();
        long total = 0;
        for (Future<Long> future : accepted) {
          total += future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }

        assertThat(store.totals(UNN, List.of(article)).get(article))
            .as("round %d", round)
            .isEqualTo(total);
        assertThat(counter.pendingViews()).isZero();
      }
    }

    @Test
    @DisplayName("leaves no flusher thread running once close() returns")
    void stopsItsThreads() {
      Set<Thread> before = flusherThreads();
      // The system clock arms the midnight timer, a delayed task that kept a thread waiting for
      // midnight after shutdown().
      ViewCounter counter = ViewCounter.builder(memory).flushInterval(Duration.ofMillis(5)).build();
      counter.record(UNN, article);
      counter.flush();
      Set<Thread> mine = flusherThreads();
      mine.removeAll(before);
      assertThat(mine).isNotEmpty();

      counter.close();

      assertThat(mine).noneMatch(Thread::isAlive);
      assertThat(stored(article)).isEqualTo(1);
    }
  }

  /** Records the calls to {@link ViewCountStore#forgetBatchIds}, and can make them fail. */
  private static final class ForgetRecordingStore implements ViewCountStore {
    private final ViewCountStore delegate;
    final List<Duration> forgets = new CopyOnWriteArrayList<>();
    volatile boolean failForget;
    volatile boolean failAdd;

    ForgetRecordingStore(ViewCountStore delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean add(ViewBatch batch) {
      if (failAdd) {
        throw new StorageException("down", null);
      }
      return delegate.add(batch);
    }

    @Override
    public int forgetBatchIds(Duration olderThan) {
      forgets.add(olderThan);
      if (failForget) {
        throw new StorageException("down", null);
      }
      return delegate.forgetBatchIds(olderThan);
    }

    @Override
    public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds) {
      return delegate.totals(tenantId, articleIds);
    }

    @Override
    public List<ViewTotal> top(TenantId tenantId, LocalDate from, LocalDate to, int limit) {
      return delegate.top(tenantId, from, to, limit);
    }

    @Override
    public List<ViewTotal> topAllTime(TenantId tenantId, int limit) {
      return delegate.topAllTime(tenantId, limit);
    }
  }

  @Nested
  @DisplayName("when expiring batch ids")
  class ExpiringBatchIds {
    private final ForgetRecordingStore store = new ForgetRecordingStore(memory);

    private ViewCounter counter(Duration retention) {
      return ViewCounter.builder(store)
          .clock(clock)
          .flushInterval(Duration.ZERO)
          .batchIdRetention(retention)
          .build();
    }

    @Test
    @DisplayName("asks the store to forget ids older than the retention, once an hour")
    void hourly() {
      try (ViewCounter counter = counter(Duration.ofDays(2))) {
        counter.record(UNN, article);
        counter.flush();
        assertThat(store.forgets).containsExactly(Duration.ofDays(2));

        counter.record(UNN, article);
        counter.flush();
        clock.advance(Duration.ofMinutes(59));
        counter.flush();
        assertThat(store.forgets).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        counter.flush();
        assertThat(store.forgets).containsExactly(Duration.ofDays(2), Duration.ofDays(2));
        assertThat(stored(article)).isEqualTo(2);
      }
    }

    @Test
    @DisplayName("defaults to 7 days")
    void defaultRetention() {
      try (ViewCounter counter = ViewCounter.builder(store).clock(clock).build()) {
        counter.flush();
        assertThat(store.forgets).containsExactly(Duration.ofDays(7));
      }
    }

    @Test
    @DisplayName("does not forget while a batch is unconfirmed, and survives a failed forget")
    void failures() {
      try (ViewCounter counter = counter(Duration.ofHours(3))) {
        store.failAdd = true;
        counter.record(UNN, article);
        assertThat(counter.flush()).isFalse();
        assertThat(store.forgets).isEmpty();

        store.failAdd = false;
        store.failForget = true;
        assertThat(counter.flush()).isTrue();
        assertThat(store.forgets).hasSize(1);

        store.failForget = false;
        counter.record(UNN, article);
        assertThat(counter.flush()).isTrue();
        assertThat(store.forgets).hasSize(2);
        assertThat(stored(article)).isEqualTo(2);
      }
    }

    @Test
    @DisplayName("refuses a retention shorter than a minute")
    void validation() {
      ViewCounter.Builder builder = ViewCounter.builder(memory);
      assertThatThrownBy(() -> builder.batchIdRetention(Duration.ofSeconds(59)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("batchIdRetention must be at least 1 minute, was PT59S");
      assertThatThrownBy(() -> builder.batchIdRetention(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("when counting a listing")
  class Listings {
    @Test
    @DisplayName("counts articles without extracting their ids, each under its own tenant")
    void countsOfArticles() {
      TenantId city = TenantId.of("city");
      Article first = article(UNN);
      Article second = article(UNN);
      Article elsewhere = article(city);
      try (ViewCounter counter =
          ViewCounter.builder(memory).clock(clock).flushInterval(Duration.ZERO).build()) {
        counter.record(UNN, first.id());
        counter.record(UNN, first.id());
        counter.flush();
        counter.record(UNN, second.id());
        counter.record(city, elsewhere.id());
        // The same id under the wrong tenant must not count.
        counter.record(city, first.id());

        assertThat(counter.countsOf(List.of(second, first)))
            .containsExactly(Map.entry(second.id(), 1L), Map.entry(first.id(), 2L));
        assertThat(counter.countsOf(List.of(elsewhere, first)))
            .containsExactly(Map.entry(elsewhere.id(), 1L), Map.entry(first.id(), 2L));
        assertThat(
                counter.counts(new ArticleListing(List.of(first, second), References.NONE, null)))
            .containsExactly(Map.entry(first.id(), 2L), Map.entry(second.id(), 1L));
        assertThat(counter.countsOf(List.of())).isEmpty();
      }
    }

    private Article article(TenantId tenant) {
      return Article.builder()
          .tenantId(tenant)
          .id(ArticleId.random())
          .slug("story")
          .language(Locale.ENGLISH)
          .headline("Story")
          .createdAt(NOON)
          .updatedAt(NOON)
          .build();
    }
  }
}
