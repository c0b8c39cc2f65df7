package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.thrown;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.START;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.testsupport.MutableClock;
import io.dateline.cms.testsupport.ThreadRace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The article lifecycle")
class ArticleLifecycleTest {
  private static final Duration HOUR = Duration.ofHours(1);

  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();
  private final ArticleService articles = unn.articles();
  private final MutableClock clock = newsroom.clock();

  /** Creates an article and walks it to a status through the public commands. */
  private Article articleIn(ArticleStatus status) {
    Article article = articles.create(draft("Стаття у статусі " + status).build());
    switch (status) {
      case DRAFT:
        return article;
      case SCHEDULED:
        return articles.schedule(article.id(), clock.instant().plus(HOUR));
      case PUBLISHED:
        return articles.publish(article.id());
      case UNPUBLISHED:
        articles.publish(article.id());
        return articles.unpublish(article.id());
      case ARCHIVED:
        return articles.archive(article.id());
      default:
        throw new AssertionError(status);
    }
  }

  /** The command that moves an article to a status. */
  private Article moveTo(ArticleId id, ArticleStatus target) {
    switch (target) {
      case DRAFT:
        return articles.cancelSchedule(id);
      case SCHEDULED:
        return articles.schedule(id, clock.instant().plus(HOUR));
      case PUBLISHED:
        return articles.publish(id);
      case UNPUBLISHED:
        return articles.unpublish(id);
      case ARCHIVED:
        return articles.archive(id);
      default:
        throw new AssertionError(target);
    }
  }

  static Stream<Arguments> everyPair() {
    List<Arguments> pairs = new ArrayList<>();
    for (ArticleStatus from : ArticleStatus.values()) {
      for (ArticleStatus to : ArticleStatus.values()) {
        pairs.add(Arguments.of(from, to));
      }
    }
    return pairs.stream();
  }

  @Nested
  @DisplayName("over every pair of statuses")
  class Transitions {

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("io.dateline.cms.ArticleLifecycleTest#everyPair")
    @DisplayName("allows exactly the steps ArticleStatus.next() lists and refuses the rest")
    void table(ArticleStatus from, ArticleStatus to) {
      Article before = articleIn(from);
      assertThat(before.status()).isEqualTo(from);
      newsroom.events().clear();
      clock.advance(Duration.ofMinutes(1));

      if (from.canMoveTo(to)) {
        Article after = moveTo(before.id(), to);

        assertThat(after.status()).isEqualTo(to);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.updatedAt()).isEqualTo(clock.instant());
        assertThat(articles.get(before.id())).isEqualTo(after);
        assertThat(newsroom.events().all()).hasSize(1);
      } else {
        IllegalTransitionException e =
            thrown(IllegalTransitionException.class, () -> moveTo(before.id(), to));

        assertThat(e.from()).isEqualTo(from);
        assertThat(e.to()).isEqualTo(to);
        assertThat(e).hasMessageContaining(before.id().toString());
        assertThat(articles.get(before.id())).isEqualTo(before);
        assertThat(newsroom.events().all()).isEmpty();
      }
    }

    @Test
    @DisplayName("leaves an archived article archived for good")
    void archivedIsFinal() {
      Article archived = articleIn(ArticleStatus.ARCHIVED);

      for (ArticleStatus target : ArticleStatus.values()) {
        thrown(IllegalTransitionException.class, () -> moveTo(archived.id(), target));
      }
      assertThat(articles.get(archived.id()).status()).isEqualTo(ArticleStatus.ARCHIVED);
    }
  }

  @Nested
  @DisplayName("when scheduling")
  class Scheduling {

    @Test
    @DisplayName("refuses a time in the past with the FuturePublishTime rule on publishAt")
    void past() {
      Article article = articleIn(ArticleStatus.DRAFT);

      ValidationException e =
          validationFailure(() -> articles.schedule(article.id(), clock.instant().minusSeconds(1)));

      assertThat(pathsAndRules(e)).containsExactly(tuple("publishAt", "FuturePublishTime"));
      assertThat(e.violations().get(0).message())
          .isEqualTo("must be in the future to schedule an article");
      assertThat(articles.get(article.id())).isEqualTo(article);
    }

    @Test
    @DisplayName("refuses the present moment too, and a missing time")
    void nowAndNull() {
      Article article = articleIn(ArticleStatus.DRAFT);

      assertThat(
              pathsAndRules(
                  validationFailure(() -> articles.schedule(article.id(), clock.instant()))))
          .containsExactly(tuple("publishAt", "FuturePublishTime"));
      assertThat(pathsAndRules(validationFailure(() -> articles.schedule(article.id(), null))))
          .containsExactly(tuple("publishAt", "FuturePublishTime"));
      assertThat(articles.get(article.id()).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    @DisplayName(
        "accepts the next microsecond and keeps the requested time, to microseconds, as publishAt")
    void keepsTime() {
      Article article = articleIn(ArticleStatus.DRAFT);
      Instant at = clock.instant().plusNanos(1_001);

      Article scheduled = articles.schedule(article.id(), at);

      assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
      // Kept to microseconds, the precision every store keeps.
      assertThat(scheduled.publishAt())
          .isEqualTo(at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
      assertThat(scheduled.firstPublishedAt()).isNull();
    }

    @Test
    @DisplayName("can be cancelled, which returns the article to draft without a publish time")
    void cancel() {
      Article scheduled = articleIn(ArticleStatus.SCHEDULED);

      Article draft = articles.cancelSchedule(scheduled.id());

      assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
      assertThat(draft.publishAt()).isNull();
      assertThat(articles.publishDue()).isZero();
      clock.advance(HOUR.multipliedBy(2));
      assertThat(articles.publishDue()).isZero();
      assertThat(articles.get(draft.id()).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    @DisplayName("hides the article from published listings until its time comes")
    void invisibleUntilPublished() {
      Article scheduled = articleIn(ArticleStatus.SCHEDULED);

      assertThat(articles.list(ArticleQuery.published()).articles()).isEmpty();
      assertThat(articles.findPublishedBySlug(scheduled.slug())).isEmpty();

      clock.advance(HOUR);
      assertThat(articles.publishDue()).isEqualTo(1);

      assertThat(articles.list(ArticleQuery.published()).articles())
          .extracting(Article::id)
          .containsExactly(scheduled.id());
      assertThat(articles.findPublishedBySlug(scheduled.slug())).isPresent();
    }
  }

  @Nested
  @DisplayName("publish times")
  class PublishTimes {

    @Test
    @DisplayName("a draft has none")
    void draftHasNone() {
      Article draft = articleIn(ArticleStatus.DRAFT);

      assertThat(draft.publishAt()).isNull();
      assertThat(draft.firstPublishedAt()).isNull();
    }

    @Test
    @DisplayName("publishing sets both to now")
    void publishNow() {
      clock.advance(HOUR);

      Article published = articleIn(ArticleStatus.PUBLISHED);

      assertThat(published.publishAt()).isEqualTo(START.plus(HOUR));
      assertThat(published.firstPublishedAt()).isEqualTo(START.plus(HOUR));
    }

    @Test
    @DisplayName("the first publish time survives unpublishing and republishing")
    void firstPublishedKept() {
      Article published = articleIn(ArticleStatus.PUBLISHED);
      clock.advance(HOUR);
      Article unpublished = articles.unpublish(published.id());
      clock.advance(HOUR);

      Article republished = articles.publish(published.id());

      assertThat(unpublished.firstPublishedAt()).isEqualTo(START);
      assertThat(unpublished.publishAt()).isEqualTo(START);
      assertThat(republished.firstPublishedAt()).isEqualTo(START);
      assertThat(republished.publishAt()).isEqualTo(START.plus(HOUR.multipliedBy(2)));
    }

    @Test
    @DisplayName("the first publish time also survives a rescheduled republication")
    void firstPublishedKeptWhenRescheduled() {
      Article unpublished = articleIn(ArticleStatus.UNPUBLISHED);
      Instant later = clock.instant().plus(HOUR.multipliedBy(3));

      articles.schedule(unpublished.id(), later);
      clock.set(later);
      articles.publishDue();

      Article republished = articles.get(unpublished.id());
      assertThat(republished.status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(republished.publishAt()).isEqualTo(later);
      assertThat(republished.firstPublishedAt()).isEqualTo(START);
    }

    @Test
    @DisplayName("a scheduled article is published at its scheduled time, not when the job ran")
    void scheduledTimeKept() {
      Instant at = START.plus(HOUR);
      Article article = articleIn(ArticleStatus.DRAFT);
      articles.schedule(article.id(), at);
      clock.set(at.plus(Duration.ofMinutes(7)));

      articles.publishDue();

      Article published = articles.get(article.id());
      assertThat(published.publishAt()).isEqualTo(at);
      assertThat(published.firstPublishedAt()).isEqualTo(at);
      assertThat(published.updatedAt()).isEqualTo(at.plus(Duration.ofMinutes(7)));
    }

    @Test
    @DisplayName("publishing a scheduled article early makes it visible now")
    void publishEarly() {
      Article scheduled = articleIn(ArticleStatus.SCHEDULED);
      clock.advance(Duration.ofMinutes(10));

      Article published = articles.publish(scheduled.id());

      assertThat(published.publishAt()).isEqualTo(START.plus(Duration.ofMinutes(10)));
      clock.advance(HOUR);
      assertThat(articles.publishDue()).isZero();
    }
  }

  @Nested
  @DisplayName("publishing due articles")
  class PublishDue {

    @Test
    @DisplayName("publishes only the articles whose time has come")
    void onlyDue() {
      Article first = articles.schedule(articleIn(ArticleStatus.DRAFT).id(), START.plus(HOUR));
      Article second =
          articles.schedule(articleIn(ArticleStatus.DRAFT).id(), START.plus(HOUR.multipliedBy(2)));
      Article third =
          articles.schedule(articleIn(ArticleStatus.DRAFT).id(), START.plus(HOUR.multipliedBy(3)));
      clock.set(START.plus(HOUR.multipliedBy(2)));

      assertThat(articles.publishDue()).isEqualTo(2);

      assertThat(articles.get(first.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(articles.get(second.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(articles.get(third.id()).status()).isEqualTo(ArticleStatus.SCHEDULED);
    }

    @Test
    @DisplayName("is idempotent: a second call finds nothing left to do")
    void idempotent() {
      articleIn(ArticleStatus.SCHEDULED);
      clock.advance(HOUR);

      assertThat(articles.publishDue()).isEqualTo(1);
      assertThat(articles.publishDue()).isZero();
      assertThat(newsroom.events().of(ArticleEvent.Published.class)).hasSize(1);
    }

    @Test
    @DisplayName("sends one Published event per article, carrying the stored article")
    void events() {
      Article scheduled = articleIn(ArticleStatus.SCHEDULED);
      newsroom.events().clear();
      clock.advance(HOUR);

      articles.publishDue();

      assertThat(newsroom.events().all())
          .singleElement()
          .isInstanceOfSatisfying(
              ArticleEvent.Published.class,
              e -> {
                assertThat(e.article()).isEqualTo(articles.get(scheduled.id()));
                assertThat(e.occurredAt()).isEqualTo(clock.instant());
              });
    }

    @Test
    @DisplayName("through Dateline covers every tenant")
    void everyTenant() {
      articleIn(ArticleStatus.SCHEDULED);
      TenantContent city = newsroom.city();
      Article cityArticle =
          city.articles().create(ArticleDraft.builder(Newsroom.EN, "Due").build());
      city.articles().schedule(cityArticle.id(), clock.instant().plus(HOUR));
      clock.advance(HOUR);

      assertThat(newsroom.cms().publishDue()).isEqualTo(2);
      assertThat(newsroom.cms().publishDue()).isZero();
      assertThat(city.articles().get(cityArticle.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    @DisplayName("publishes more due articles than one batch holds")
    void manyBatches() {
      int count = 230;
      for (int i = 0; i < count; i++) {
        Article article = articles.create(draft("Новина " + i).slug("due-" + i).build());
        articles.schedule(article.id(), START.plusSeconds(1 + i));
      }
      clock.advance(HOUR);

      assertThat(articles.publishDue()).isEqualTo(count);
      assertThat(articles.count(ArticleQuery.published())).isEqualTo(count);
    }

    @Test
    @DisplayName("publishes each article exactly once when eight threads race")
    void concurrent() throws Exception {
      int count = 40;
      Set<ArticleId> scheduled = new HashSet<>();
      for (int i = 0; i < count; i++) {
        scheduled.add(articleIn(ArticleStatus.SCHEDULED).id());
      }
      newsroom.events().clear();
      clock.advance(HOUR);

      int threads = 8;
      List<Integer> counts = ThreadRace.runAll(threads, () -> newsroom.cms().publishDue());

      assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
      List<ArticleEvent.Published> published = newsroom.events().of(ArticleEvent.Published.class);
      assertThat(published).hasSize(count);
      assertThat(published)
          .extracting(e -> e.article().id())
          .containsExactlyInAnyOrderElementsOf(scheduled);
      assertThat(articles.count(ArticleQuery.withStatus(ArticleStatus.PUBLISHED))).isEqualTo(count);
      assertThat(articles.publishDue()).isZero();
    }

    @Test
    @DisplayName("leaves alone an article whose schedule was cancelled or that was deleted")
    void cancelledOrDeleted() {
      Article kept = articleIn(ArticleStatus.SCHEDULED);
      Article cancelled = articleIn(ArticleStatus.SCHEDULED);
      Article deleted = articleIn(ArticleStatus.SCHEDULED);
      articles.cancelSchedule(cancelled.id());
      articles.delete(deleted.id());
      clock.advance(HOUR);

      assertThat(articles.publishDue()).isEqualTo(1);

      assertThat(articles.get(kept.id()).status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(articles.get(cancelled.id()).status()).isEqualTo(ArticleStatus.DRAFT);
      assertThat(articles.find(deleted.id())).isEmpty();
    }
  }
}
