package io.dateline.cms;

import static io.dateline.cms.Failures.thrown;
import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.START;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.testsupport.ThreadRace;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The article service")
class ArticleServiceTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();
  private final ArticleService articles = unn.articles();

  @Nested
  @DisplayName("when creating")
  class Creating {

    @Test
    @DisplayName("stores a draft at version 0 stamped with the clock")
    void storesDraft() {
      Article article = articles.create(draft("Заголовок").lead(null).build());

      assertThat(article.tenantId()).isEqualTo(Newsroom.UNN);
      assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
      assertThat(article.version()).isZero();
      assertThat(article.createdAt()).isEqualTo(START);
      assertThat(article.updatedAt()).isEqualTo(START);
      assertThat(article.lead()).isEmpty();
      assertThat(article.seo()).isEqualTo(Seo.NONE);
      assertThat(article.translationKey()).isEqualTo(article.id());
      assertThat(articles.get(article.id())).isEqualTo(article);
    }

    @Test
    @DisplayName("keeps every field of the draft")
    void keepsFields() {
      var author = Newsroom.author(unn, "Юлія Шрамко");
      var second = Newsroom.author(unn, "Олег Петренко");
      var war = Newsroom.section(unn, "Війна");
      var politics = Newsroom.section(unn, "Політика");
      var kyiv = Newsroom.city(unn, "Київ");
      var tag = Newsroom.tag(unn, "Сеул");
      ArticleDraft draft =
          draft("Заголовок")
              .lead("Лід")
              .authors(second.id(), author.id())
              .primarySection(politics.id())
              .sections(war.id())
              .tags(tag.id())
              .dateline(kyiv.id())
              .places(kyiv.id())
              .sources(Source.named("Le Monde"))
              .exclusive(true)
              .seo(new Seo("SEO", null, null, true))
              .build();

      Article article = articles.create(draft);

      assertThat(article.lead()).isEqualTo("Лід");
      assertThat(article.authors()).containsExactly(second.id(), author.id());
      assertThat(article.primarySection()).isEqualTo(politics.id());
      assertThat(article.sections()).containsExactly(politics.id(), war.id());
      assertThat(article.sources()).containsExactly(Source.named("Le Monde"));
      assertThat(article.exclusive()).isTrue();
      assertThat(article.seo().noIndex()).isTrue();
      assertThat(article.body()).isEqualTo(draft.body());
    }

    @Test
    @DisplayName("round-trips through ArticleDraft.from without change")
    void draftFromArticle() {
      Article article = articles.create(draft("Заголовок").lead("Лід").exclusive(true).build());

      Article updated =
          articles.update(article.id(), article.version(), ArticleDraft.from(article).build());

      assertThat(updated)
          .usingRecursiveComparison()
          .ignoringFields("version", "updatedAt")
          .isEqualTo(article);
    }
  }

  @Nested
  @DisplayName("when updating")
  class Updating {

    @Test
    @DisplayName("replaces the content, bumps the version and keeps status and creation time")
    void replacesContent() {
      Article published = Newsroom.published(unn, draft("Перший").build());
      newsroom.clock().advance(Duration.ofMinutes(5));

      Article updated =
          articles.update(
              published.id(),
              published.version(),
              ArticleDraft.from(published).headline("Другий").build());

      assertThat(updated.headline()).isEqualTo("Другий");
      assertThat(updated.version()).isEqualTo(published.version() + 1);
      assertThat(updated.status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(updated.publishAt()).isEqualTo(published.publishAt());
      assertThat(updated.createdAt()).isEqualTo(START);
      assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("refuses a stale version with VersionConflictException and changes nothing")
    void staleVersion() {
      Article original = articles.create(draft("Перший").build());
      Article byFirstEditor =
          articles.update(
              original.id(), 0, ArticleDraft.from(original).headline("Редактор 1").build());
      newsroom.events().clear();

      VersionConflictException e =
          thrown(
              VersionConflictException.class,
              () ->
                  articles.update(
                      original.id(),
                      0,
                      ArticleDraft.from(original).headline("Редактор 2").build()));

      assertThat(e.expectedVersion()).isZero();
      assertThat(e).hasMessageContaining(original.id().toString());
      assertThat(articles.get(original.id())).isEqualTo(byFirstEditor);
      assertThat(newsroom.events().all()).isEmpty();
    }

    @Test
    @DisplayName("refuses a version from the future too")
    void futureVersion() {
      Article original = articles.create(draft("Перший").build());

      thrown(
          VersionConflictException.class,
          () -> articles.update(original.id(), 5, ArticleDraft.from(original).build()));

      assertThat(articles.get(original.id())).isEqualTo(original);
    }

    @Test
    @DisplayName("lets exactly one of eight editors racing from the same version win")
    void raceOfEditors() throws Exception {
      Article original = articles.create(draft("Перший").build());
      AtomicInteger editor = new AtomicInteger();

      List<Boolean> won =
          ThreadRace.runAll(
              8,
              () -> {
                String headline = "Редактор " + editor.incrementAndGet();
                try {
                  articles.update(
                      original.id(), 0, ArticleDraft.from(original).headline(headline).build());
                  return true;
                } catch (VersionConflictException e) {
                  return false;
                }
              });

      assertThat(won).containsOnlyOnce(true);
      assertThat(articles.get(original.id()).version()).isEqualTo(1);
      assertThat(newsroom.events().of(ArticleEvent.Updated.class)).hasSize(1);
    }

    @Test
    @DisplayName("of an unknown article throws NotFoundException")
    void unknown() {
      ArticleId ghost = ArticleId.random();

      NotFoundException e =
          thrown(NotFoundException.class, () -> articles.update(ghost, 0, draft("Х").build()));

      assertThat(e.kind()).isEqualTo("article");
      assertThat(e.key()).isEqualTo(ghost.toString());
      assertThat(e).hasMessageContaining("unn");
    }
  }

  @Nested
  @DisplayName("when reading and deleting")
  class ReadingAndDeleting {

    @Test
    @DisplayName("finds by id and slug whatever the status, published-by-slug only when published")
    void finding() {
      Article draft = articles.create(draft("Чернетка").build());
      Article published = Newsroom.published(unn, draft("Опубліковано").build());

      assertThat(articles.find(draft.id())).contains(draft);
      assertThat(articles.findBySlug("chernetka")).contains(draft);
      assertThat(articles.findPublishedBySlug("chernetka")).isEmpty();
      assertThat(articles.findPublishedBySlug("opublikovano")).contains(published);
      assertThat(articles.findBySlug("nemaie")).isEmpty();
      assertThat(articles.find(ArticleId.random())).isEmpty();
    }

    @Test
    @DisplayName("get of an unknown id throws NotFoundException")
    void getUnknown() {
      assertThat(thrown(NotFoundException.class, () -> articles.get(ArticleId.random())).kind())
          .isEqualTo("article");
    }

    @Test
    @DisplayName("deletes in any status, freeing the slug")
    void deletes() {
      Article published = Newsroom.published(unn, draft("Новина").build());

      articles.delete(published.id());

      assertThat(articles.find(published.id())).isEmpty();
      assertThat(articles.findBySlug("novyna")).isEmpty();
      assertThat(articles.count(ArticleQuery.anyStatus())).isZero();
      assertThat(articles.create(draft("Новина").build()).slug()).isEqualTo("novyna");
    }

    @Test
    @DisplayName("delete of an unknown article throws NotFoundException")
    void deleteUnknown() {
      thrown(NotFoundException.class, () -> articles.delete(ArticleId.random()));
    }

    @Test
    @DisplayName("lists translations without the article itself, ordered by language")
    void translations() {
      Article original = articles.create(draft("Заголовок").build());
      Article polish =
          articles.create(
              draft("Nagłówek").language(Newsroom.PL).translationOf(original.id()).build());
      Article english =
          articles.create(draft("Headline").language(EN).translationOf(original.id()).build());

      assertThat(articles.translations(original.id())).containsExactly(english, polish);
      assertThat(articles.translations(english.id())).containsExactly(polish, original);
      assertThat(articles.translations(articles.create(draft("Сам").build()).id())).isEmpty();
      thrown(NotFoundException.class, () -> articles.translations(ArticleId.random()));
    }
  }
}
