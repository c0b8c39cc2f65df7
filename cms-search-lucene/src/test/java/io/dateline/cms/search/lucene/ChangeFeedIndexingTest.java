package io.dateline.cms.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.changes.ChangeSubscription;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchQuery;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the change feed: what is published is found, what is retracted is not. */
@DisplayName("Following the change feed")
class ChangeFeedIndexingTest {
  private static final Locale UK = Newsroom.UK;

  private Dateline cms;

  @BeforeEach
  void start() {
    cms = Dateline.builder().storage(new InMemoryStorage()).publishScheduled(Duration.ZERO).build();
  }

  @AfterEach
  void stop() {
    cms.close();
  }

  private static List<ArticleId> ids(LuceneSearchIndex index, TenantId tenant, String text) {
    return index.query(SearchQuery.of(tenant, UK, text)).hits().stream()
        .map(SearchHit::articleId)
        .toList();
  }

  @Nested
  @DisplayName("with manual polling")
  class Polling {
    private LuceneSearchIndex index;
    private ChangeSubscription feed;

    @BeforeEach
    void open() {
      index = LuceneSearchIndex.builder().build();
      feed = index.follow(cms, Duration.ZERO);
    }

    @AfterEach
    void close() {
      index.close();
    }

    @Test
    @DisplayName("indexes a published article and only a published one")
    void publishedOnly() {
      Newsroom room = new Newsroom(cms);
      Article draft = room.draft(UK, "Енергетики у Харкові", "Чернетка про Харків.");
      feed.poll();
      assertThat(ids(index, room.id(), "Харків")).isEmpty();

      room.content.articles().publish(draft.id());
      feed.poll();
      assertThat(ids(index, room.id(), "Харків")).containsExactly(draft.id());

      room.content.articles().unpublish(draft.id());
      feed.poll();
      assertThat(ids(index, room.id(), "Харків")).isEmpty();
    }

    @Test
    @DisplayName("follows edits and removes deleted articles")
    void editsAndDeletes() {
      Newsroom room = new Newsroom(cms);
      Article a = room.publish(UK, "Міст відкрили", "Рух мостом відновили у Дніпрі.");
      feed.poll();
      assertThat(ids(index, room.id(), "Дніпро")).containsExactly(a.id());

      Article current = room.content.articles().get(a.id());
      room.content
          .articles()
          .update(
              a.id(),
              current.version(),
              ArticleDraft.builder(UK, "Міст відкрили")
                  .lead("")
                  .body(Block.Paragraph.of("Рух мостом відновили у Запоріжжі."))
                  .build());
      feed.poll();
      assertThat(ids(index, room.id(), "Дніпро")).isEmpty();
      assertThat(ids(index, room.id(), "Запоріжжя")).containsExactly(a.id());

      room.content.articles().delete(a.id());
      feed.poll();
      assertThat(ids(index, room.id(), "міст")).isEmpty();
      assertThat(index.position()).isEqualTo(cms.changes().head());
    }

    @Test
    @DisplayName("keeps each tenant's articles to itself")
    void tenantIsolation() {
      Newsroom first = new Newsroom(cms);
      Newsroom second = new Newsroom(cms);
      Article a = first.publish(UK, "Вибори мера", "Мера обрали у Львові.");
      Article b = second.publish(UK, "Вибори мера", "Мера обрали у Львові.");
      feed.poll();

      assertThat(ids(index, first.id(), "Львів")).containsExactly(a.id());
      assertThat(ids(index, second.id(), "Львів")).containsExactly(b.id());
    }

    @Test
    @DisplayName("rebuilds a tenant from storage")
    void rebuild() {
      Newsroom room = new Newsroom(cms);
      Newsroom other = new Newsroom(cms);
      Article a = room.publish(UK, "Повінь", "Річка вийшла з берегів в Ужгороді.");
      Article o = other.publish(UK, "Повінь", "Річка вийшла з берегів в Ужгороді.");
      feed.poll();
      index.remove(room.id(), a.id());
      assertThat(ids(index, room.id(), "Ужгород")).isEmpty();

      index.rebuild(room.id());

      assertThat(ids(index, room.id(), "Ужгород")).containsExactly(a.id());
      assertThat(ids(index, other.id(), "Ужгород")).containsExactly(o.id());
    }

    @Test
    @DisplayName("finds articles in the edition's language only")
    void languages() {
      Newsroom room = new Newsroom(cms);
      Article uk = room.publish(UK, "Енергетика", "Енергетики працюють.");
      Article en = room.publish(Locale.ENGLISH, "Energy", "Energy workers repair lines.");
      feed.poll();
      assertThat(ids(index, room.id(), "енергетика")).containsExactly(uk.id());
      assertThat(
              index.query(SearchQuery.of(room.id(), Locale.ENGLISH, "energies")).hits().stream()
                  .map(SearchHit::articleId))
          .containsExactly(en.id());
    }
  }

  @Test
  @DisplayName("a new index first takes in every published article already stored")
  void newIndexIndexesExistingContent() {
    Newsroom room = new Newsroom(cms);
    Article a = room.publish(UK, "Архів", "Стара новина про Полтаву.");
    room.draft(UK, "Чернетка", "Чернетка про Полтаву.");
    try (LuceneSearchIndex index = LuceneSearchIndex.builder().build()) {
      index.follow(cms, Duration.ZERO);
      assertThat(ids(index, room.id(), "Полтава")).containsExactly(a.id());
      assertThat(index.position()).isEqualTo(cms.changes().head());
    }
  }

  @Test
  @DisplayName("after a restart it goes on from its stored position and catches up")
  void restartCatchesUp(@TempDir Path dir) {
    Newsroom room = new Newsroom(cms);
    Article before;
    long stopped;
    try (LuceneSearchIndex index = LuceneSearchIndex.builder().path(dir).build()) {
      ChangeSubscription feed = index.follow(cms, Duration.ZERO);
      before = room.publish(UK, "Чернігів", "Новина з Чернігова.");
      feed.poll();
      stopped = index.position();
      assertThat(stopped).isEqualTo(cms.changes().head());
    }

    Article whileDown = room.publish(UK, "Чернігів", "Ще одна новина з Чернігова.");
    room.content.articles().unpublish(before.id());

    try (LuceneSearchIndex index = LuceneSearchIndex.builder().path(dir).build()) {
      assertThat(index.position()).isEqualTo(stopped);
      assertThat(ids(index, room.id(), "Чернігів")).containsExactly(before.id());
      ChangeSubscription feed = index.follow(cms, Duration.ZERO);
      int read = feed.poll();
      assertThat(read).isEqualTo(cms.changes().head() - stopped);
      assertThat(ids(index, room.id(), "Чернігів")).containsExactly(whileDown.id());
      assertThat(index.position()).isEqualTo(cms.changes().head());
    }
  }

  @Test
  @DisplayName("with a poll interval, changes made through the same Dateline are indexed at once")
  void followsOnItsOwnThread() throws InterruptedException {
    Newsroom room = new Newsroom(cms);
    try (LuceneSearchIndex index = LuceneSearchIndex.builder().build()) {
      index.follow(cms, Duration.ofSeconds(30));
      Article a = room.publish(UK, "Суми", "Новина із Сум.");
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (ids(index, room.id(), "Суми").isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(ids(index, room.id(), "Суми")).containsExactly(a.id());
    }
  }
}
