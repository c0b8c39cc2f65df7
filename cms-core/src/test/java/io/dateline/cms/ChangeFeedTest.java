package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeFeed;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.changes.ChangeSubscription;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.spi.TagRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The change feed")
class ChangeFeedTest {
  /** Guards against a hang; never reached when the feed works. Not a measurement. */
  private static final long TIMEOUT_SECONDS = 30;

  /** Long enough that only a wake-up, never the poll timer, can explain a prompt delivery. */
  private static final Duration ONE_HOUR = Duration.ofHours(1);

  private final Newsroom newsroom = new Newsroom();
  private final ChangeFeed feed = newsroom.cms().changes();

  @AfterEach
  void close() {
    newsroom.close();
  }

  /** Stores tags straight into the storage: many changes, cheaply, without waking anyone. */
  private void storeTags(int count) {
    TagRepository tags = newsroom.storage().tenant(Newsroom.UNN).tags();
    for (int i = 0; i < count; i++) {
      tags.insert(
          new Tag(
              Newsroom.UNN,
              TagId.random(),
              TagKind.TOPIC,
              "tag-" + i,
              LocalizedText.of("uk", "Т")));
    }
  }

  @Nested
  @DisplayName("when read")
  class Reading {

    @Test
    @DisplayName("records writes through the services with their kind, tenant and subject")
    void recordsServiceWrites() {
      long start = feed.head();
      Article draft = newsroom.unn().articles().create(Newsroom.draft("Перша новина").build());
      newsroom.unn().articles().publish(draft.id());
      Tag tag = Newsroom.tag(newsroom.city(), "Elections");

      assertThat(feed.read(start, 10))
          .extracting(Change::tenantId, Change::kind, Change::subjectId)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  Newsroom.UNN, ChangeKind.ARTICLE_CREATED, draft.id().toString()),
              org.assertj.core.groups.Tuple.tuple(
                  Newsroom.UNN, ChangeKind.ARTICLE_PUBLISHED, draft.id().toString()),
              org.assertj.core.groups.Tuple.tuple(
                  Newsroom.CITY, ChangeKind.TAG_SAVED, tag.id().toString()));
      assertThat(feed.read(Newsroom.CITY, start, 10))
          .extracting(Change::kind)
          .containsExactly(ChangeKind.TAG_SAVED);
      assertThat(feed.head()).isEqualTo(start + 3);
    }

    @Test
    @DisplayName("rejects a negative position and a limit below one, naming the argument")
    void rejectsBadArguments() {
      assertThatThrownBy(() -> feed.read(-1, 10)).hasMessageContaining("afterPosition");
      assertThatThrownBy(() -> feed.read(0, 0)).hasMessageContaining("limit");
      assertThatThrownBy(() -> feed.read(Newsroom.UNN, 0, 0)).hasMessageContaining("limit");
      assertThatThrownBy(() -> feed.follow(0, Duration.ofSeconds(-1), changes -> {}))
          .hasMessageContaining("pollInterval");
    }
  }

  @Nested
  @DisplayName("when followed by hand (poll interval zero)")
  class ManualFollowing {

    @Test
    @DisplayName("poll() hands every later change over in batches of at most 500 and advances")
    void pollHandsEverythingInBatches() {
      long start = feed.head();
      storeTags(1_203);
      List<List<Change>> batches = new ArrayList<>();

      try (ChangeSubscription sub = feed.follow(start, Duration.ZERO, batches::add)) {
        assertThat(sub.poll()).isEqualTo(1_203);
        assertThat(sub.position()).isEqualTo(feed.head());
        assertThat(sub.poll()).isZero();
      }

      assertThat(batches).extracting(List::size).containsExactly(500, 500, 203);
      assertThat(batches.stream().flatMap(List::stream).toList())
          .isEqualTo(feed.read(start, 2_000));
    }

    @Test
    @DisplayName("a failing handler gets the same batch again, and the position waits for success")
    void failingHandlerIsRetried() {
      long start = feed.head();
      storeTags(3);
      List<List<Change>> offered = new ArrayList<>();
      AtomicInteger failuresLeft = new AtomicInteger(2);

      try (ChangeSubscription sub =
          feed.follow(
              start,
              Duration.ZERO,
              changes -> {
                offered.add(changes);
                if (failuresLeft.getAndDecrement() > 0) {
                  throw new IllegalStateException("index unavailable");
                }
              })) {
        assertThat(sub.poll()).isZero();
        assertThat(sub.position()).isEqualTo(start);
        assertThat(sub.poll()).isZero();
        assertThat(sub.poll()).isEqualTo(3);
        assertThat(sub.position()).isEqualTo(start + 3);
      }

      assertThat(offered).hasSize(3);
      assertThat(offered.get(1)).isEqualTo(offered.get(0));
      assertThat(offered.get(2)).isEqualTo(offered.get(0)).hasSize(3);
    }

    @Test
    @DisplayName("a closed subscription refuses to poll, and closing twice is harmless")
    void closedSubscriptionRefusesToPoll() {
      ChangeSubscription sub = feed.follow(0, Duration.ZERO, changes -> {});
      sub.close();
      sub.close();

      assertThatThrownBy(sub::poll).isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  @DisplayName("when followed by its thread")
  class ThreadFollowing {

    @Test
    @DisplayName("a write through this Dateline wakes the follower without waiting for the poll")
    void localWriteWakesTheFollower() throws InterruptedException {
      BlockingQueue<Change> delivered = new LinkedBlockingQueue<>();
      List<Thread> threads = new CopyOnWriteArrayList<>();
      // Starting one change back makes the first poll deliver something, so we know the thread
      // has polled once and is now waiting out its hour when the write below happens.
      long start = feed.head() - 1;
      try (ChangeSubscription sub =
          feed.follow(
              start,
              ONE_HOUR,
              changes -> {
                threads.add(Thread.currentThread());
                delivered.addAll(changes);
              })) {
        assertThat(delivered.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isNotNull();

        Article draft = newsroom.unn().articles().create(Newsroom.draft("Терміново").build());

        Change woken = delivered.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(woken).isNotNull();
        assertThat(woken.kind()).isEqualTo(ChangeKind.ARTICLE_CREATED);
        assertThat(woken.subjectId()).isEqualTo(draft.id().toString());
        // The follower moves its position after the handler returns, so wait for it (bounded).
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (sub.position() < woken.position() && System.nanoTime() < waitUntil) {
          Thread.sleep(1);
        }
        assertThat(sub.position()).isEqualTo(woken.position());
      }
      assertThat(threads.get(0).getName()).startsWith("dateline-changes-");
      assertThat(threads.get(0).isDaemon()).isTrue();
    }

    @Test
    @DisplayName("a batch whose handler failed is handed over again at the next poll")
    void threadRetriesFailedBatch() throws InterruptedException {
      long start = feed.head();
      storeTags(2);
      BlockingQueue<List<Change>> offered = new LinkedBlockingQueue<>();
      AtomicInteger failuresLeft = new AtomicInteger(1);

      try (ChangeSubscription sub =
          feed.follow(
              start,
              Duration.ofMillis(5),
              changes -> {
                offered.add(changes);
                if (failuresLeft.getAndDecrement() > 0) {
                  throw new IllegalStateException("webhook endpoint down");
                }
              })) {
        List<Change> first = offered.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<Change> second = offered.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(first).hasSize(2);
        assertThat(second).isEqualTo(first);
      }
    }

    @Test
    @DisplayName("closing Dateline stops its followers and refuses new ones")
    void closingDatelineStopsFollowers() throws InterruptedException {
      BlockingQueue<Thread> threads = new LinkedBlockingQueue<>();
      ChangeSubscription sub =
          feed.follow(feed.head() - 1, ONE_HOUR, changes -> threads.add(Thread.currentThread()));
      Thread thread = threads.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      assertThat(thread).isNotNull();

      newsroom.cms().close();

      assertThat(thread.isAlive()).isFalse();
      assertThatThrownBy(sub::poll).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> feed.follow(0, ONE_HOUR, changes -> {}))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
