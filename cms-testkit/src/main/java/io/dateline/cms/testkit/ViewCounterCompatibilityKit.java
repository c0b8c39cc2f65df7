package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.testkit.UnreliableViewCountStore.Fault;
import io.dateline.cms.views.ViewCounter;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.cms.views.ViewTotal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link ViewCounter} scenarios every {@link ViewCountStore} must pass: several nodes counting
 * into one store concurrently, failed and half-failed flushes, expiring applied batch ids, and
 * "most read" lists from day buckets. A backend runs them by extending this class:
 *
 * <pre>{@code
 * class JpaViewCounterTest extends ViewCounterCompatibilityKit {
 *   protected ViewCountStore createStore() { return storage.viewCounts(); }
 * }
 * }</pre>
 *
 * <p>Each test uses fresh tenant ids, so one database can serve every test without cleaning up.
 *
 * @since 0.1.0
 */
public abstract class ViewCounterCompatibilityKit {
  private static final Instant NOW = Instant.parse("2024-09-15T10:30:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2024-09-15");

  private final List<ViewCounter> counters = new ArrayList<>();

  /**
   * Supplies the store under test. Called once per test; may return the same shared store each
   * time, since tests never reuse a tenant id.
   *
   * @return the store
   */
  protected abstract ViewCountStore createStore();

  /** Counts until the buffer is full or the counter is flushed or closed. */
  private ViewCounter counter(ViewCountStore store, Clock clock, Duration flushInterval) {
    ViewCounter counter =
        ViewCounter.builder(store)
            .clock(clock)
            .flushInterval(flushInterval)
            .maxPendingArticles(16)
            .build();
    counters.add(counter);
    return counter;
  }

  private static Clock fixedAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  private static TenantId freshTenant(String prefix) {
    return TenantId.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private static List<ArticleId> articles(int count) {
    List<ArticleId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(ArticleId.random());
    }
    return ids;
  }

  private static long sum(List<ViewTotal> totals) {
    return totals.stream().mapToLong(ViewTotal::views).sum();
  }

  @AfterEach
  void closeCounters() {
    for (ViewCounter counter : counters) {
      counter.close();
    }
  }

  /** Runs {@code threads} copies of a task, released together; fails when any thread threw. */
  private static void race(int threads, ThreadTask task) {
    ThreadRace.runAll(
        threads,
        thread -> {
          task.run(thread);
          return null;
        });
  }

  @FunctionalInterface
  private interface ThreadTask {
    void run(int thread) throws Exception;
  }

  /**
   * Two nodes (two counters) with eight recording threads each share the store; every thread
   * records a fixed round-robin of (tenant, article) pairs, so the exact expected totals are known.
   */
  @Nested
  @DisplayName("with two nodes sharing the store")
  class TwoNodes {
    private static final int NODES = 2;
    private static final int THREADS_PER_NODE = 8;
    private static final int ARTICLES_PER_TENANT = 20;
    private static final int ROUNDS = 25;

    @Test
    @DisplayName("stores every view exactly once, per article and per tenant")
    void exactTotals() throws Exception {
      ViewCountStore store = createStore();
      List<TenantId> tenants = List.of(freshTenant("nodes-a"), freshTenant("nodes-b"));
      List<ArticleId> articles = articles(ARTICLES_PER_TENANT);
      List<ViewCounter> nodes = new ArrayList<>();
      for (int n = 0; n < NODES; n++) {
        nodes.add(counter(store, fixedAt(NOW), Duration.ofMillis(2)));
      }

      race(
          NODES * THREADS_PER_NODE,
          thread -> {
            ViewCounter node = nodes.get(thread % NODES);
            for (int round = 0; round < ROUNDS; round++) {
              for (TenantId tenant : tenants) {
                for (ArticleId article : articles) {
                  node.record(tenant, article);
                }
              }
            }
          });
      for (ViewCounter node : nodes) {
        node.close();
      }

      long perArticle = (long) NODES * THREADS_PER_NODE * ROUNDS;
      for (TenantId tenant : tenants) {
        assertThat(store.totals(tenant, articles))
            .hasSize(ARTICLES_PER_TENANT)
            .allSatisfy(
                (id, views) -> assertThat(views).as("views of %s", id).isEqualTo(perArticle));
        long perTenant = perArticle * ARTICLES_PER_TENANT;
        assertThat(sum(store.topAllTime(tenant, ARTICLES_PER_TENANT))).isEqualTo(perTenant);
        assertThat(sum(store.top(tenant, TODAY, TODAY, ARTICLES_PER_TENANT))).isEqualTo(perTenant);
      }
    }

    @Test
    @DisplayName("shows each node its own unsent views on top of what every node stored")
    void displayedCounts() {
      ViewCountStore store = createStore();
      TenantId tenant = freshTenant("display");
      ArticleId article = ArticleId.random();
      ViewCounter first = counter(store, fixedAt(NOW), Duration.ZERO);
      ViewCounter second = counter(store, fixedAt(NOW), Duration.ZERO);
      first.record(tenant, article);
      first.record(tenant, article);
      first.flush();
      second.record(tenant, article);

      assertThat(first.count(tenant, article)).isEqualTo(2);
      assertThat(second.count(tenant, article)).isEqualTo(3);
      assertThat(second.counts(tenant, List.of(article, ArticleId.random())).values())
          .containsExactly(3L, 0L);
    }
  }

  @Nested
  @DisplayName("when the store fails")
  class StoreFailures {

    @Test
    @DisplayName("counts every view exactly once after the store recovers from failed flushes")
    void recoversFromFailedFlushes() throws Exception {
      UnreliableViewCountStore store =
          new UnreliableViewCountStore(createStore())
              .thenFail(Fault.LOST_CONNECTION, 3)
              .thenFail(Fault.LOST_REPLY, Fault.LOST_CONNECTION, Fault.LOST_REPLY);
      TenantId tenant = freshTenant("faults");
      List<ArticleId> articles = articles(30);
      ViewCounter node = counter(store, fixedAt(NOW), Duration.ZERO);

      race(
          4,
          thread -> {
            for (int round = 0; round < 10; round++) {
              for (ArticleId article : articles) {
                node.record(tenant, article);
              }
              node.flush();
            }
          });
      store.recover();
      node.close();

      assertThat(store.totals(tenant, articles).values()).hasSize(30).containsOnly(40L);
      assertThat(store.attempts()).hasSizeGreaterThan(6);
    }

    @Test
    @DisplayName("does not count a batch twice when it was applied but the reply was lost")
    void idempotentRetry() {
      UnreliableViewCountStore store =
          new UnreliableViewCountStore(createStore()).thenFail(Fault.LOST_REPLY);
      TenantId tenant = freshTenant("lost-reply");
      ArticleId article = ArticleId.random();
      ViewCounter node = counter(store, fixedAt(NOW), Duration.ZERO);
      for (int i = 0; i < 5; i++) {
        node.record(tenant, article);
      }

      assertThat(node.flush()).isFalse();
      node.record(tenant, article);
      assertThat(node.flush()).isTrue();

      List<ViewBatch> attempts = store.attempts();
      assertThat(attempts.get(1)).isEqualTo(attempts.get(0));
      assertThat(store.totals(tenant, List.of(article))).isEqualTo(Map.of(article, 6L));
    }
  }

  /**
   * Applied batch ids are what make retries idempotent, and they must not pile up forever: {@link
   * ViewCountStore#forgetBatchIds(Duration)} drops those older than the retention and nothing else.
   */
  @Nested
  @DisplayName("when expiring applied batch ids")
  class BatchIdRetention {

    private ViewBatch batch(TenantId tenant, ArticleId article, long views) {
      return new ViewBatch(
          UUID.randomUUID(), List.of(new ViewIncrement(tenant, article, TODAY, views)));
    }

    @Test
    @DisplayName("keeps the ids applied within the retention, so a retry is still ignored")
    void retryInsideRetention() {
      ViewCountStore store = createStore();
      TenantId tenant = freshTenant("retention");
      ArticleId article = ArticleId.random();
      ViewBatch batch = batch(tenant, article, 4);
      assertThat(store.add(batch)).isTrue();

      store.forgetBatchIds(Duration.ofDays(7));

      assertThat(store.add(batch)).isFalse();
      assertThat(store.totals(tenant, List.of(article))).isEqualTo(Map.of(article, 4L));
    }

    @Test
    @DisplayName("forgets the ids applied before the cut-off, and never changes a count")
    void forgetsOlderIds() {
      ViewCountStore store = createStore();
      TenantId tenant = freshTenant("forget");
      ArticleId article = ArticleId.random();
      ViewBatch first = batch(tenant, article, 2);
      ViewBatch second = batch(tenant, article, 3);
      store.add(first);
      store.add(second);

      // Zero: every id applied up to now is past the retention.
      assertThat(store.forgetBatchIds(Duration.ZERO)).isGreaterThanOrEqualTo(2);

      assertThat(store.totals(tenant, List.of(article))).isEqualTo(Map.of(article, 5L));
      assertThat(sum(store.top(tenant, TODAY, TODAY, 10))).isEqualTo(5);
      // Forgotten: the store can no longer tell the batch was applied, so it applies it again.
      assertThat(store.add(first)).isTrue();
      assertThat(store.add(first)).isFalse();
      assertThat(store.totals(tenant, List.of(article))).isEqualTo(Map.of(article, 7L));
    }

    @Test
    @DisplayName(
        "a counter expiring ids still recognises the retry of a batch whose reply was lost")
    void counterRetriesAfterExpiry() {
      UnreliableViewCountStore store = new UnreliableViewCountStore(createStore());
      TenantId tenant = freshTenant("expiry-retry");
      ArticleId article = ArticleId.random();
      ViewCounter node =
          ViewCounter.builder(store)
              .clock(fixedAt(NOW))
              .flushInterval(Duration.ZERO)
              .batchIdRetention(Duration.ofHours(1))
              .build();
      counters.add(node);
      node.record(tenant, article);
      assertThat(node.flush()).isTrue(); // the first complete flush expires old ids

      store.thenFail(Fault.LOST_REPLY);
      node.record(tenant, article);
      node.record(tenant, article);
      assertThat(node.flush()).isFalse();
      assertThat(node.flush()).isTrue();

      assertThat(store.totals(tenant, List.of(article))).isEqualTo(Map.of(article, 3L));
    }

    @Test
    @DisplayName("refuses a negative retention")
    void negative() {
      ViewCountStore store = createStore();
      assertThatThrownBy(() -> store.forgetBatchIds(Duration.ofMinutes(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("when listing the most read")
  class MostRead {

    @Test
    @DisplayName("ranks articles over periods of UTC days and all time, per tenant")
    void periods() {
      ViewCountStore store = createStore();
      TenantId tenant = freshTenant("most-read");
      TenantId neighbour = freshTenant("neighbour");
      ArticleId monthOld = ArticleId.random();
      ArticleId weekOld = ArticleId.random();
      ArticleId fresh = ArticleId.random();
      record(store, tenant, monthOld, NOW.minus(Duration.ofDays(25)), 40);
      record(store, tenant, monthOld, NOW.minus(Duration.ofDays(400)), 60);
      record(store, tenant, weekOld, NOW.minus(Duration.ofDays(6)), 30);
      record(store, tenant, fresh, NOW.minus(Duration.ofDays(1)), 5);
      record(store, tenant, fresh, NOW, 15);
      record(store, neighbour, fresh, NOW, 500);
      ViewCounter reader = counter(store, fixedAt(NOW), Duration.ZERO);

      assertThat(reader.mostRead(tenant, ViewPeriod.LAST_24_HOURS, 10))
          .containsExactly(new ViewTotal(fresh, 20));
      assertThat(reader.mostRead(tenant, ViewPeriod.LAST_7_DAYS, 10))
          .containsExactly(new ViewTotal(weekOld, 30), new ViewTotal(fresh, 20));
      assertThat(reader.mostRead(tenant, ViewPeriod.LAST_30_DAYS, 2))
          .containsExactly(new ViewTotal(monthOld, 40), new ViewTotal(weekOld, 30));
      assertThat(reader.mostRead(tenant, ViewPeriod.ALL_TIME, 10))
          .containsExactly(
              new ViewTotal(monthOld, 100), new ViewTotal(weekOld, 30), new ViewTotal(fresh, 20));
      assertThat(reader.mostRead(neighbour, ViewPeriod.ALL_TIME, 10))
          .containsExactly(new ViewTotal(fresh, 500));
    }

    /** Records views as a node whose clock reads {@code at}, and flushes them. */
    private void record(
        ViewCountStore store, TenantId tenant, ArticleId article, Instant at, int views) {
      ViewCounter node = counter(store, fixedAt(at), Duration.ZERO);
      for (int i = 0; i < views; i++) {
        node.record(tenant, article);
      }
      assertThat(node.flush()).isTrue();
    }
  }
}
