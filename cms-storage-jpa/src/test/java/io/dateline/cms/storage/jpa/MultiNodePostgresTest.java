package io.dateline.cms.storage.jpa;

import static io.dateline.cms.storage.jpa.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.testsupport.ThreadRace;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own pool and entity manager factory, on one PostgreSQL database: what a
 * newsroom running several application servers looks like to the store.
 */
@DisplayName("Two nodes sharing one PostgreSQL database")
class MultiNodePostgresTest {
  private static JpaStorage node1;
  private static JpaStorage node2;

  private TenantId tenantA;
  private TenantId tenantB;

  @BeforeAll
  static void startNodes() {
    node1 = TestDatabases.newStorage(TestDatabases.Kind.POSTGRES);
    node2 = TestDatabases.newStorage(TestDatabases.Kind.POSTGRES);
  }

  @AfterAll
  static void stopNodes() {
    node1.close();
    node2.close();
  }

  @BeforeEach
  void tenants() {
    tenantA = Fixtures.newTenantId();
    tenantB = Fixtures.newTenantId();
    node1.tenants().save(Fixtures.tenant(tenantA));
    node2.tenants().save(Fixtures.tenant(tenantB));
  }

  private static Dateline cms(JpaStorage node, Instant now, Queue<ArticleEvent> events) {
    return Dateline.builder()
        .storage(node)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .publishScheduled(Duration.ZERO) // the tests call publishDue themselves
        .listener(events::add)
        .build();
  }

  @Nested
  @DisplayName("Scheduled publishing")
  class ScheduledPublishing {
    @Test
    @DisplayName("both nodes running publishDue at once publish every due article exactly once")
    void exactlyOnce() {
      Queue<ArticleEvent> ignored = new ConcurrentLinkedQueue<>();
      List<ArticleId> scheduled = new ArrayList<>();
      try (Dateline editor = cms(node1, T0, ignored)) {
        for (TenantId tenant : List.of(tenantA, tenantB)) {
          for (int i = 0; i < 15; i++) {
            Article draft =
                editor
                    .tenant(tenant)
                    .articles()
                    .create(ArticleDraft.builder(Fixtures.UK, "Due " + i).build());
            editor.tenant(tenant).articles().schedule(draft.id(), T0.plusSeconds(60 + i));
            scheduled.add(draft.id());
          }
        }
      }
      Queue<ArticleEvent> events = new ConcurrentLinkedQueue<>();
      Instant later = T0.plusSeconds(3600);
      List<Callable<Integer>> schedulers = new ArrayList<>();
      for (JpaStorage node : List.of(node1, node2, node1, node2)) {
        schedulers.add(
            () -> {
              try (Dateline cms = cms(node, later, events)) {
                return cms.tenant(tenantA).articles().publishDue()
                    + cms.tenant(tenantB).articles().publishDue();
              }
            });
      }

      List<ThreadRace.Outcome<Integer>> outcomes = ThreadRace.run(schedulers);

      assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
      assertThat(outcomes.stream().mapToInt(ThreadRace.Outcome::value).sum()).isEqualTo(30);
      assertThat(events)
          .filteredOn(e -> e instanceof ArticleEvent.Published)
          .extracting(e -> e.article().id())
          .containsExactlyInAnyOrderElementsOf(scheduled);
      for (TenantId tenant : List.of(tenantA, tenantB)) {
        assertThat(node2.tenant(tenant).articles().count(ArticleQuery.published())).isEqualTo(15);
        assertThat(node1.tenant(tenant).articles().findDue(later, 100)).isEmpty();
      }
    }
  }

  @Nested
  @DisplayName("Concurrent edits")
  class ConcurrentEdits {
    @Test
    @DisplayName("read-modify-write loops on both nodes lose no update")
    void noLostUpdates() {
      Article stored =
          node1
              .tenant(tenantA)
              .articles()
              .insert(Fixtures.published(tenantA, "shared", T0).lead("").build());
      int editsPerWriter = 10;
      List<Callable<Integer>> writers = new ArrayList<>();
      for (JpaStorage node : List.of(node1, node2, node1, node2)) {
        String marker = "[" + writers.size() + "]";
        writers.add(() -> appendRepeatedly(node, stored.id(), marker, editsPerWriter));
      }

      List<ThreadRace.Outcome<Integer>> outcomes = ThreadRace.run(writers);

      assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
      Article last = node2.tenant(tenantA).articles().findById(stored.id()).orElseThrow();
      assertThat(last.version()).isEqualTo(4L * editsPerWriter);
      for (int w = 0; w < 4; w++) {
        assertThat(last.lead().split("\\[" + w + "]", -1)).hasSize(editsPerWriter + 1);
      }
    }

    private int appendRepeatedly(JpaStorage node, ArticleId id, String marker, int edits) {
      int conflicts = 0;
      for (int done = 0; done < edits; ) {
        Article current = node.tenant(tenantA).articles().findById(id).orElseThrow();
        try {
          node.tenant(tenantA)
              .articles()
              .update(current.toBuilder().lead(current.lead() + marker).build());
          done++;
        } catch (VersionConflictException e) {
          conflicts++;
        }
      }
      return conflicts;
    }
  }

  @Nested
  @DisplayName("Tenant isolation")
  class TenantIsolation {
    @Test
    @DisplayName("nodes writing different tenants with the same slugs at once stay apart")
    void sameSlugsInTwoTenants() {
      List<Callable<Integer>> writers = new ArrayList<>();
      for (TenantId tenant : List.of(tenantA, tenantB)) {
        JpaStorage node = tenant.equals(tenantA) ? node1 : node2;
        writers.add(
            () -> {
              for (int i = 0; i < 10; i++) {
                node.tenant(tenant)
                    .articles()
                    .insert(Fixtures.published(tenant, "slug-" + i, T0.plusSeconds(i)).build());
              }
              return 10;
            });
      }

      assertThat(ThreadRace.run(writers)).allSatisfy(o -> assertThat(o.failure()).isNull());

      for (TenantId tenant : List.of(tenantA, tenantB)) {
        for (JpaStorage node : List.of(node1, node2)) {
          List<Article> listed =
              node.tenant(tenant).articles().list(ArticleQuery.published().limit(50)).items();
          assertThat(listed).hasSize(10).allMatch(a -> a.tenantId().equals(tenant));
          assertThat(listed).allMatch(a -> a.status() == ArticleStatus.PUBLISHED);
        }
      }
    }
  }

  @Nested
  @DisplayName("View counts")
  class ViewCounts {
    @Test
    @DisplayName("batches flushed by both nodes at once add up exactly, per tenant")
    void batchesAddUp() {
      ArticleId a = ArticleId.random();
      ArticleId b = ArticleId.random();
      LocalDate day = LocalDate.of(2026, 3, 1);
      List<Callable<Boolean>> flushers = new ArrayList<>();
      for (JpaStorage node : List.of(node1, node2, node1, node2)) {
        flushers.add(
            () -> {
              for (int i = 0; i < 10; i++) {
                node.viewCounts()
                    .add(
                        new ViewBatch(
                            UUID.randomUUID(),
                            List.of(
                                new ViewIncrement(tenantA, a, day, 1),
                                new ViewIncrement(tenantB, b, day, 3),
                                new ViewIncrement(tenantA, a, day.plusDays(1), 2))));
              }
              return true;
            });
      }

      assertThat(ThreadRace.run(flushers)).allSatisfy(o -> assertThat(o.failure()).isNull());

      assertThat(node1.viewCounts().totals(tenantA, List.of(a, b))).isEqualTo(Map.of(a, 120L));
      assertThat(node2.viewCounts().totals(tenantB, List.of(a, b))).isEqualTo(Map.of(b, 120L));
      assertThat(node2.viewCounts().top(tenantA, day, day, 5).get(0).views()).isEqualTo(40);
    }
  }
}
