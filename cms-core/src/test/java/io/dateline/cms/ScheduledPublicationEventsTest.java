package io.dateline.cms;

import static io.dateline.cms.Newsroom.START;
import static io.dateline.cms.Newsroom.UNN;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.testsupport.MutableClock;
import io.dateline.cms.testsupport.ThreadRace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * In-process listeners hear about scheduled publication on the node that published: the node whose
 * {@code publishDue} (or built-in scheduler) won the article's compare-and-set fires {@code
 * Published}, and no other node does.
 */
@DisplayName("Scheduled publication and in-process listeners")
class ScheduledPublicationEventsTest {
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  @DisplayName("two nodes on one store: each Published event fires once, on the publishing node")
  void firesOnThePublishingNode() throws Exception {
    InMemoryStorage storage = new InMemoryStorage();
    MutableClock clock = MutableClock.at(START);
    EventRecorder heardByA = new EventRecorder();
    EventRecorder heardByB = new EventRecorder();
    Set<ArticleId> scheduled = new HashSet<>();
    try (Dateline a = node(storage, clock, heardByA);
        Dateline b = node(storage, clock, heardByB)) {
      a.saveTenant(Newsroom.unnTenant());
      for (int i = 0; i < 30; i++) {
        ArticleId id = a.tenant(UNN).articles().create(draft("Заплановано " + i).build()).id();
        a.tenant(UNN).articles().schedule(id, START.plusSeconds(60 + i));
        scheduled.add(id);
      }
      clock.advance(HOUR);

      // Both nodes run publishDue at once; each reports how many it published.
      AtomicInteger turn = new AtomicInteger();
      Map<Integer, Integer> byNode = new ConcurrentHashMap<>();
      ThreadRace.runAll(
          2,
          () -> {
            int node = turn.getAndIncrement();
            byNode.put(node, (node == 0 ? a : b).publishDue());
            return node;
          });

      List<ArticleId> fromA = published(heardByA);
      List<ArticleId> fromB = published(heardByB);
      assertThat(fromA).hasSize(byNode.get(0));
      assertThat(fromB).hasSize(byNode.get(1));
      List<ArticleId> all = new ArrayList<>(fromA);
      all.addAll(fromB);
      assertThat(all).containsExactlyInAnyOrderElementsOf(scheduled);
    }
  }

  @Test
  @DisplayName("the built-in scheduler fires Published with the stored article on its node")
  void schedulerFires() throws Exception {
    InMemoryStorage storage = new InMemoryStorage();
    MutableClock clock = MutableClock.at(START);
    CountDownLatch heard = new CountDownLatch(1);
    List<ArticleEvent.Published> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (Dateline cms =
        Dateline.builder()
            .storage(storage)
            .clock(clock)
            .publishScheduled(Duration.ofMillis(5))
            .listener(
                e -> {
                  if (e instanceof ArticleEvent.Published p) {
                    events.add(p);
                    heard.countDown();
                  }
                })
            .build()) {
      cms.saveTenant(Newsroom.unnTenant());
      ArticleId id = cms.tenant(UNN).articles().create(draft("Вранці").build()).id();
      cms.tenant(UNN).articles().schedule(id, START.plusSeconds(60));
      clock.advance(HOUR);

      assertThat(heard.await(1, TimeUnit.MINUTES)).isTrue();
      assertThat(events).hasSize(1);
      assertThat(events.get(0).article().id()).isEqualTo(id);
      assertThat(events.get(0).article()).isEqualTo(cms.tenant(UNN).articles().get(id));
      assertThat(events.get(0).occurredAt()).isEqualTo(clock.instant());
    }
  }

  private static Dateline node(InMemoryStorage storage, MutableClock clock, EventRecorder events) {
    return Dateline.builder()
        .storage(storage)
        .clock(clock)
        .publishScheduled(Duration.ZERO)
        .listener(events)
        .build();
  }

  private static List<ArticleId> published(EventRecorder recorder) {
    return recorder.of(ArticleEvent.Published.class).stream().map(e -> e.article().id()).toList();
  }
}
