package io.dateline.cms.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewCountStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hammers the race between recorders and the buffer swap: flushes run back to back on other threads
 * while views arrive, and the day changes halfway, so increments land in buffers being drained and
 * in day lists being extended. Every view must reach the store exactly once.
 */
@DisplayName("ViewCounter under concurrency")
class ViewCounterConcurrencyTest {
  private static final int NODES = 2;
  private static final int THREADS_PER_NODE = 8;
  private static final int VIEWS_PER_THREAD = 128 * 150; // a multiple of 2 tenants x 64 articles
  private static final int ARTICLES = 64;
  private static final LocalDate DAY_ONE = LocalDate.parse("2024-06-30");

  /** Marks the recording threads: only their clock reads are views. */
  private static final ThreadLocal<Boolean> RECORDING = ThreadLocal.withInitial(() -> false);

  /** The clock reads day one for the first half of all views, day two after. */
  private static final class MidnightClock extends Clock {
    private final AtomicLong reads = new AtomicLong();
    private final long switchAt;
    private final Instant before = Instant.parse("2024-06-30T23:59:59Z");
    private final Instant after = Instant.parse("2024-07-01T00:00:01Z");

    MidnightClock(long switchAt) {
      this.switchAt = switchAt;
    }

    @Override
    public Instant instant() {
      if (!RECORDING.get()) {
        // A flush reads the clock too (to pace expiring batch ids); only views move the day.
        return reads.get() < switchAt ? before : after;
      }
      return reads.incrementAndGet() <= switchAt ? before : after;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  @DisplayName("stores every view exactly once while flushes race with recorders")
  void exactUnderFlushStorm() throws Exception {
    ViewCountStore store = new InMemoryStorage().viewCounts();
    long totalViews = (long) NODES * THREADS_PER_NODE * VIEWS_PER_THREAD;
    MidnightClock clock = new MidnightClock(totalViews / 2);
    List<TenantId> tenants = List.of(TenantId.of("alpha"), TenantId.of("beta"));
    List<ArticleId> articles = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      articles.add(ArticleId.random());
    }
    List<ViewCounter> nodes = new ArrayList<>();
    for (int n = 0; n < NODES; n++) {
      nodes.add(
          ViewCounter.builder(store)
              .clock(clock)
              .flushInterval(Duration.ZERO)
              .maxPendingArticles(16)
              .build());
    }

    ExecutorService pool = Executors.newFixedThreadPool(NODES * THREADS_PER_NODE + NODES);
    CyclicBarrier start = new CyclicBarrier(NODES * THREADS_PER_NODE + NODES);
    AtomicBoolean recording = new AtomicBoolean(true);
    List<Future<?>> recorders = new ArrayList<>();
    List<Future<Integer>> flushers = new ArrayList<>();
    try {
      for (ViewCounter node : nodes) {
        for (int t = 0; t < THREADS_PER_NODE; t++) {
          int seed = t;
          recorders.add(
              pool.submit(
                  () -> {
                    RECORDING.set(true);
                    start.await();
                    for (int i = 0; i < VIEWS_PER_THREAD; i++) {
                      int k = i * 31 + seed;
                      node.record(tenants.get(k & 1), articles.get((k >>> 1) % ARTICLES));
                    }
                    return null;
                  }));
        }
        flushers.add(
            pool.submit(
                () -> {
                  start.await();
                  int flushes = 0;
                  while (recording.get()) {
                    node.flush();
                    flushes++;
                  }
                  return flushes;
                }));
      }
      for (Future<?> recorder : recorders) {
        recorder.get();
      }
      recording.set(false);
      for (Future<Integer> flusher : flushers) {
        assertThat(flusher.get()).isPositive();
      }
    } finally {
      pool.shutdownNow();
    }
    for (ViewCounter node : nodes) {
      node.close();
    }

    long expectedPerArticle = totalViews / (tenants.size() * ARTICLES);
    for (TenantId tenant : tenants) {
      assertThat(store.totals(tenant, articles).values())
          .hasSize(ARTICLES)
          .containsOnly(expectedPerArticle);
      List<ViewTotal> dayOne = store.top(tenant, DAY_ONE, DAY_ONE, ARTICLES);
      List<ViewTotal> dayTwo =
          store.top(tenant, DAY_ONE.plusDays(1), DAY_ONE.plusDays(1), ARTICLES);
      long perTenant = totalViews / tenants.size();
      assertThat(sum(dayOne) + sum(dayTwo)).isEqualTo(perTenant);
    }
    long dayOneAllTenants = 0;
    for (TenantId tenant : tenants) {
      dayOneAllTenants += sum(store.top(tenant, DAY_ONE, DAY_ONE, ARTICLES));
    }
    assertThat(dayOneAllTenants).isEqualTo(totalViews / 2);
  }

  private static long sum(List<ViewTotal> totals) {
    return totals.stream().mapToLong(ViewTotal::views).sum();
  }
}
