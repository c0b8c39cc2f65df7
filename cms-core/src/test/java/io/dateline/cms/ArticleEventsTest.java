package io.dateline.cms;

import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.event.ArticleListener;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Article events")
class ArticleEventsTest {

  /** Looks the article up in storage while the event is delivered. */
  private static final class StoredStateProbe implements ArticleListener {
    final AtomicReference<TenantContent> site = new AtomicReference<>();
    final List<Optional<Article>> storedAtDelivery = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(ArticleEvent event) {
      storedAtDelivery.add(site.get().articles().find(event.article().id()));
    }
  }

  @Nested
  @DisplayName("for each command")
  class EachCommand {
    private final StoredStateProbe probe = new StoredStateProbe();
    @AutoClose private final Newsroom newsroom = new Newsroom(Locale.ENGLISH, probe);
    private final TenantContent unn = newsroom.unn();
    private final ArticleService articles = unn.articles();

    {
      probe.site.set(unn);
    }

    private ArticleEvent onlyEventOf(Runnable command) {
      newsroom.events().clear();
      probe.storedAtDelivery.clear();
      newsroom.clock().advance(Duration.ofMinutes(1));
      command.run();
      assertThat(newsroom.events().all()).hasSize(1);
      return newsroom.events().all().get(0);
    }

    private void assertDeliveredAfterStoring(ArticleEvent event) {
      Article stored = unn.articles().get(event.article().id());
      assertThat(event.article()).isEqualTo(stored);
      assertThat(probe.storedAtDelivery).containsExactly(Optional.of(stored));
      assertThat(event.occurredAt()).isEqualTo(newsroom.clock().instant());
      assertThat(event.tenantId()).isEqualTo(Newsroom.UNN);
    }

    @Test
    @DisplayName("create sends Created with the stored draft")
    void created() {
      ArticleEvent event = onlyEventOf(() -> articles.create(draft("Новина").build()));

      assertThat(event).isInstanceOf(ArticleEvent.Created.class);
      assertDeliveredAfterStoring(event);
    }

    @Test
    @DisplayName("update sends Updated with the stored and the previous state")
    void updated() {
      Article before = articles.create(draft("Новина").build());

      ArticleEvent event =
          onlyEventOf(
              () ->
                  articles.update(
                      before.id(), 0, ArticleDraft.from(before).headline("Оновлено").build()));

      assertThat(event).isInstanceOf(ArticleEvent.Updated.class);
      assertThat(((ArticleEvent.Updated) event).previous()).isEqualTo(before);
      assertThat(event.article().headline()).isEqualTo("Оновлено");
      assertDeliveredAfterStoring(event);
    }

    @Test
    @DisplayName("a tag merge sends Updated for each re-tagged article, after storing it")
    void tagMerge() {
      Tag from = unn.tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of("uk", "Погода")));
      Tag into = unn.tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of("uk", "Клімат")));
      Article tagged = articles.create(draft("Злива").tags(from.id()).build());
      articles.create(draft("Без тегу").build());

      ArticleEvent event =
          onlyEventOf(
              () -> unn.as(new Actor("ed-1", "Редактор")).tags().merge(from.id(), into.id()));

      assertThat(event).isInstanceOf(ArticleEvent.Updated.class);
      assertThat(((ArticleEvent.Updated) event).previous()).isEqualTo(tagged);
      assertThat(event.article().tags()).containsExactly(into.id());
      assertDeliveredAfterStoring(event);
      Revision revision = unn.revisions().revisions(tagged.id(), null, 1).items().get(0);
      assertThat(revision.actor().id()).isEqualTo("ed-1");
      assertThat(revision.summary()).isEqualTo("Tag pohoda merged into klimat");
    }

    @Test
    @DisplayName("schedule sends Scheduled, cancelling it sends Updated")
    void scheduled() {
      Article article = articles.create(draft("Новина").build());
      Instant at = newsroom.clock().instant().plus(Duration.ofHours(1));

      ArticleEvent scheduled = onlyEventOf(() -> articles.schedule(article.id(), at));
      assertThat(scheduled).isInstanceOf(ArticleEvent.Scheduled.class);
      assertThat(scheduled.article().publishAt()).isEqualTo(at);
      assertDeliveredAfterStoring(scheduled);

      ArticleEvent cancelled = onlyEventOf(() -> articles.cancelSchedule(article.id()));
      assertThat(cancelled).isInstanceOf(ArticleEvent.Updated.class);
      assertThat(cancelled.article().status()).isEqualTo(ArticleStatus.DRAFT);
      assertThat(((ArticleEvent.Updated) cancelled).previous().status())
          .isEqualTo(ArticleStatus.SCHEDULED);
      assertDeliveredAfterStoring(cancelled);
    }

    @Test
    @DisplayName("publish, unpublish and archive send Published, Unpublished and Archived")
    void statusEvents() {
      Article article = articles.create(draft("Новина").build());

      ArticleEvent published = onlyEventOf(() -> articles.publish(article.id()));
      assertThat(published).isInstanceOf(ArticleEvent.Published.class);
      assertDeliveredAfterStoring(published);

      ArticleEvent unpublished = onlyEventOf(() -> articles.unpublish(article.id()));
      assertThat(unpublished).isInstanceOf(ArticleEvent.Unpublished.class);
      assertDeliveredAfterStoring(unpublished);

      ArticleEvent archived = onlyEventOf(() -> articles.archive(article.id()));
      assertThat(archived).isInstanceOf(ArticleEvent.Archived.class);
      assertDeliveredAfterStoring(archived);
    }

    @Test
    @DisplayName("delete sends Deleted with the article as it was, once it is gone")
    void deleted() {
      Article article = articles.create(draft("Новина").build());

      ArticleEvent event = onlyEventOf(() -> articles.delete(article.id()));

      assertThat(event).isInstanceOf(ArticleEvent.Deleted.class);
      assertThat(event.article()).isEqualTo(article);
      assertThat(probe.storedAtDelivery).containsExactly(Optional.empty());
    }

    @Test
    @DisplayName("a refused command sends nothing")
    void refusedSendsNothing() {
      Article article = articles.create(draft("Новина").build());
      newsroom.events().clear();
      probe.storedAtDelivery.clear();

      Failures.thrown(IllegalTransitionException.class, () -> articles.unpublish(article.id()));
      Failures.validationFailure(() -> articles.create(draft("").build()));
      Failures.thrown(
          VersionConflictException.class,
          () -> articles.update(article.id(), 3, ArticleDraft.from(article).build()));

      assertThat(newsroom.events().all()).isEmpty();
      assertThat(probe.storedAtDelivery).isEmpty();
    }
  }

  @Nested
  @DisplayName("when a listener throws")
  class ThrowingListener {
    private final EventRecorder later = new EventRecorder();

    @AutoClose
    private final Newsroom newsroom =
        new Newsroom(
            Locale.ENGLISH,
            event -> {
              throw new IllegalStateException("search index is down");
            },
            later);

    @Test
    @DisplayName("the change stays stored and later listeners still hear of it")
    void changeStays() {
      ArticleService articles = newsroom.unn().articles();

      Article created = articles.create(draft("Новина").build());
      Article published = articles.publish(created.id());

      assertThat(articles.get(created.id())).isEqualTo(published);
      assertThat(later.all())
          .extracting(e -> e.getClass().getSimpleName())
          .containsExactly("Created", "Published");
      assertThat(newsroom.events().all()).hasSize(2);
    }

    @Test
    @DisplayName("scheduled publishing still publishes and counts every article")
    void publishDueCarriesOn() {
      ArticleService articles = newsroom.unn().articles();
      Instant at = newsroom.clock().instant().plus(Duration.ofHours(1));
      for (int i = 0; i < 3; i++) {
        articles.schedule(articles.create(draft("Новина " + i).build()).id(), at);
      }
      newsroom.clock().set(at);

      assertThat(articles.publishDue()).isEqualTo(3);
      assertThat(later.of(ArticleEvent.Published.class)).hasSize(3);
    }
  }
}
