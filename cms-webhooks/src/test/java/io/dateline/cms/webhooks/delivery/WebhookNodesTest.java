package io.dateline.cms.webhooks.delivery;

import static io.dateline.cms.webhooks.delivery.WebhookDeliveryTest.UK;
import static io.dateline.cms.webhooks.delivery.WebhookDeliveryTest.UNN;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.dateline.cms.webhooks.WebhookSubscription;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nodes that share one H2 database in file mode, each with its own storage (pool, entity manager
 * factory), {@code Dateline} and webhook engine: what several application servers look like.
 */
@DisplayName("Webhook delivery across nodes on one database")
class WebhookNodesTest {
  private static final Set<ChangeKind> KINDS =
      Set.of(ChangeKind.ARTICLE_CREATED, ChangeKind.ARTICLE_UPDATED, ChangeKind.ARTICLE_PUBLISHED);

  @TempDir Path dir;
  private Receiver receiver;
  private final List<AutoCloseable> open = new ArrayList<>();

  /** One node: storage, Dateline and webhooks, closed in reverse order. */
  private record Node(JpaStorage storage, Dateline cms, Webhooks webhooks) {
    void stop() {
      webhooks.close();
      cms.close();
      storage.close();
    }
  }

  @BeforeEach
  void start() throws Exception {
    receiver = new Receiver();
  }

  @AfterEach
  void stop() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    receiver.close();
  }

  private Node node(String name) {
    return node(name, Clock.systemUTC());
  }

  private Node node(String name, Clock engineClock) {
    JpaStorage storage =
        JpaStorage.builder()
            .jdbcUrl("jdbc:h2:file:" + dir.resolve("dateline") + ";LOCK_TIMEOUT=10000", "sa", "")
            .migrateOnStart(true)
            .build();
    Dateline cms = Dateline.builder().storage(storage).publishScheduled(Duration.ZERO).build();
    Webhooks webhooks =
        Webhooks.builder(cms, storage)
            .nodeId(name)
            .allowLoopback(true)
            .pollInterval(Duration.ofMillis(20))
            .backoff(Duration.ofMillis(10), Duration.ofMillis(50))
            .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .leaseDuration(Duration.ofSeconds(30))
            .clock(engineClock)
            .build();
    Node node = new Node(storage, cms, webhooks);
    open.add(node::stop);
    return node;
  }

  /** Creates articles and edits them in turns; returns the changes' subjects in write order. */
  private static List<ArticleId> write(Dateline cms, int articles, int editsEach) {
    List<ArticleId> written = new ArrayList<>();
    List<Article> made = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      Article a =
          cms.tenant(UNN).articles().create(ArticleDraft.builder(UK, "Стаття " + i).build());
      made.add(a);
      written.add(a.id());
    }
    for (int e = 0; e < editsEach; e++) {
      for (int i = 0; i < made.size(); i++) {
        Article a = made.get(i);
        Article edited =
            cms.tenant(UNN)
                .articles()
                .update(
                    a.id(),
                    a.version(),
                    ArticleDraft.from(a).headline(a.headline() + " / " + e).build());
        made.set(i, edited);
        written.add(a.id());
      }
    }
    return written;
  }

  /** Each article's positions in the order they arrived: never decreasing when in order. */
  private Map<String, List<Long>> positionsPerArticle() {
    Map<String, List<Long>> per = new HashMap<>();
    for (Receiver.Request r : receiver.requests()) {
      per.computeIfAbsent(r.subject(), k -> new ArrayList<>()).add(r.position());
    }
    return per;
  }

  @Test
  @DisplayName("a node stopped mid-way and a node started later deliver every event, in order")
  void restart() throws Exception {
    Node first = node("node-1");
    first.cms().saveTenant(WebhookDeliveryTest.tenant(UNN));
    WebhookSubscription s = first.webhooks().tenant(UNN).create(receiver.url("/"), KINDS);
    // Hold the eighth request until the node has been told to stop.
    CountDownLatch eighth = new CountDownLatch(1);
    CountDownLatch stopping = new CountDownLatch(1);
    receiver.beforeAnswer(
        n -> {
          if (n == 8) {
            eighth.countDown();
            awaitQuietly(stopping);
          }
        });
    List<ArticleId> before = write(first.cms(), 4, 4); // 20 changes

    assertThat(eighth.await(1, TimeUnit.MINUTES)).isTrue();
    Thread stopper = new Thread(first::stop);
    stopper.start();
    // close() has stopped the engine once it waits for its threads: then release the request.
    Await.until("the node is stopping", () -> stopper.getState() == Thread.State.TIMED_WAITING);
    stopping.countDown();
    stopper.join(TimeUnit.MINUTES.toMillis(1));
    int deliveredByFirst = receiver.requests().size();
    assertThat(deliveredByFirst).isLessThan(20);

    Node second = node("node-2");
    List<ArticleId> after = write(second.cms(), 2, 2); // 6 more changes
    long expected = before.size() + after.size();

    Await.until(
        "every change is delivered",
        () ->
            receiver.requests().stream().map(Receiver.Request::position).distinct().count()
                == expected);

    Set<Long> positions = new LinkedHashSet<>();
    receiver.requests().forEach(r -> positions.add(r.position()));
    assertThat(positions).hasSize((int) expected);
    assertThat(positionsPerArticle().values()).allSatisfy(list -> assertThat(list).isSorted());
    List<String> subjects = new ArrayList<>();
    before.forEach(id -> subjects.add(id.toString()));
    after.forEach(id -> subjects.add(id.toString()));
    assertThat(positionsPerArticle().keySet())
        .containsExactlyInAnyOrderElementsOf(new LinkedHashSet<>(subjects));
    WebhookVerifier verifier = WebhookVerifier.of(s.secret());
    receiver.requests().forEach(r -> verifier.verify(r.headers(), r.body()));
  }

  @Test
  @DisplayName("two running nodes deliver each event exactly once in the normal case, in order")
  void twoNodes() {
    Node a = node("node-a");
    Node b = node("node-b");
    a.cms().saveTenant(WebhookDeliveryTest.tenant(UNN));
    a.webhooks().tenant(UNN).create(receiver.url("/"), KINDS);
    b.webhooks().tenant(UNN).create(receiver.url("/second"), Set.of(ChangeKind.ARTICLE_CREATED));

    List<ArticleId> written = new ArrayList<>(write(a.cms(), 5, 2));
    written.addAll(write(b.cms(), 5, 2));
    long creations = 10;

    Await.until(
        "every change is delivered",
        () -> receiver.requests().size() >= written.size() + creations);

    List<Receiver.Request> toFirst =
        receiver.requests().stream().filter(r -> r.path().equals("/")).toList();
    List<Receiver.Request> toSecond =
        receiver.requests().stream().filter(r -> r.path().equals("/second")).toList();
    assertThat(toFirst).hasSize(written.size());
    assertThat(toFirst).extracting(Receiver.Request::id).doesNotHaveDuplicates();
    assertThat(toFirst).extracting(Receiver.Request::position).isSorted();
    assertThat(toSecond).hasSize((int) creations);
    assertThat(toSecond).extracting(Receiver.Request::id).doesNotHaveDuplicates();
    assertThat(toSecond).extracting(Receiver.Request::type).containsOnly("article.created");
  }

  @Test
  @DisplayName("a lease left behind by a crashed node is taken over once it expires")
  void crashedNodesLease() {
    Instant start = Instant.now();
    AtomicReference<Instant> now = new AtomicReference<>(start);
    Clock clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now.get();
          }
        };
    Node live = node("node-live", clock);
    live.cms().saveTenant(WebhookDeliveryTest.tenant(UNN));
    WebhookSubscription s = live.webhooks().tenant(UNN).create(receiver.url("/"), KINDS);
    // A node that claimed the subscription and died: its lease runs for another minute.
    assertThat(
            live.storage()
                .tenant(UNN)
                .webhooks()
                .claim(s.id(), "node-crashed", start, start.plus(Duration.ofMinutes(1))))
        .isTrue();
    List<ArticleId> written = write(live.cms(), 2, 1);

    now.set(start.plus(Duration.ofSeconds(61)));
    live.webhooks().wake();

    Await.until("every change is delivered", () -> receiver.requests().size() >= written.size());
    assertThat(receiver.requests())
        .extracting(Receiver.Request::subject)
        .containsExactlyElementsOf(written.stream().map(ArticleId::toString).toList());
    // The receiver sees the request before the engine stores its progress: wait for the record.
    long last = receiver.requests().get(written.size() - 1).position();
    Await.until(
        "the position reaches the last delivery",
        () -> live.webhooks().tenant(UNN).get(s.id()).position() == last);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
