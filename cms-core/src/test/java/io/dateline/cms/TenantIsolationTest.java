package io.dateline.cms;

import static io.dateline.cms.Failures.thrown;
import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.query.ArticleQuery;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Tenant isolation at the service level")
class TenantIsolationTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();
  private final TenantContent city = newsroom.city();

  static Stream<Arguments> commands() {
    return Stream.of(
        command("get", (s, id) -> s.get(id)),
        command("update", (s, id) -> s.update(id, 0, ArticleDraft.builder(EN, "Hijack").build())),
        command("publish", (s, id) -> s.publish(id)),
        command("schedule", (s, id) -> s.schedule(id, Newsroom.START.plus(Duration.ofDays(1)))),
        command("unpublish", (s, id) -> s.unpublish(id)),
        command("archive", (s, id) -> s.archive(id)),
        command("cancelSchedule", (s, id) -> s.cancelSchedule(id)),
        command("delete", (s, id) -> s.delete(id)),
        command("translations", (s, id) -> s.translations(id)));
  }

  /** A command of one tenant's article service applied to another tenant's article id. */
  private interface Command {
    void run(ArticleService service, ArticleId id);
  }

  private static Arguments command(String name, Command command) {
    return Arguments.of(name, command);
  }

  @Nested
  @DisplayName("an article of one tenant")
  class Articles {
    private final Article unnArticle =
        Newsroom.published(unn, draft("Новина УНН").slug("shared").build());

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.dateline.cms.TenantIsolationTest#commands")
    @DisplayName("is NotFound through another tenant's service and stays untouched")
    void notFound(String name, Command command) {
      newsroom.events().clear();

      NotFoundException e =
          thrown(NotFoundException.class, () -> command.run(city.articles(), unnArticle.id()));

      assertThat(e.kind()).isEqualTo("article");
      assertThat(e).hasMessageContaining("city");
      assertThat(unn.articles().get(unnArticle.id())).isEqualTo(unnArticle);
      assertThat(newsroom.events().all()).isEmpty();
    }

    @Test
    @DisplayName("cannot be found by id or slug from another tenant")
    void invisible() {
      assertThat(city.articles().find(unnArticle.id())).isEmpty();
      assertThat(city.articles().findBySlug("shared")).isEmpty();
      assertThat(city.articles().findPublishedBySlug("shared")).isEmpty();
    }

    @Test
    @DisplayName("is not in another tenant's listings or counts")
    void notListed() {
      Article cityArticle =
          Newsroom.published(city, ArticleDraft.builder(EN, "City").slug("shared").build());

      assertThat(city.articles().list(ArticleQuery.anyStatus()).articles())
          .containsExactly(cityArticle);
      assertThat(city.articles().count(ArticleQuery.anyStatus())).isEqualTo(1);
      assertThat(unn.articles().list(ArticleQuery.anyStatus()).articles())
          .containsExactly(unnArticle);
    }

    @Test
    @DisplayName("is not published by another tenant's scheduler")
    void schedulerStaysInTenant() {
      Article scheduled =
          unn.articles()
              .schedule(
                  unn.articles().create(draft("Заплановано").build()).id(),
                  Newsroom.START.plus(Duration.ofHours(1)));
      newsroom.clock().advance(Duration.ofHours(2));

      assertThat(city.articles().publishDue()).isZero();
      assertThat(unn.articles().get(scheduled.id()).status()).isEqualTo(ArticleStatus.SCHEDULED);
      assertThat(unn.articles().publishDue()).isEqualTo(1);
      assertThat(newsroom.events().of(ArticleEvent.Published.class))
          .extracting(ArticleEvent::tenantId)
          .contains(Newsroom.UNN)
          .doesNotContain(Newsroom.CITY);
    }
  }

  @Nested
  @DisplayName("a directory object of one tenant")
  class DirectoryObjects {
    private final Newsroom.Directory directory = Newsroom.directory(unn);
    private final Author author = directory.author();
    private final Tag tag = directory.tag();
    private final Location kyiv = directory.kyiv();
    private final Section war = directory.section();

    @Test
    @DisplayName("is NotFound for get, update and delete through another tenant")
    void notFound() {
      thrown(NotFoundException.class, () -> city.authors().get(author.id()));
      thrown(
          NotFoundException.class,
          () -> city.authors().update(author.id(), AuthorDraft.named(LocalizedText.of("en", "X"))));
      thrown(NotFoundException.class, () -> city.authors().delete(author.id()));
      thrown(
          NotFoundException.class,
          () ->
              city.tags()
                  .update(tag.id(), TagDraft.of(TagKind.TOPIC, LocalizedText.of("en", "X"))));
      thrown(NotFoundException.class, () -> city.tags().delete(tag.id()));
      thrown(
          NotFoundException.class,
          () ->
              city.locations()
                  .update(
                      kyiv.id(), LocationDraft.of(LocationKind.CITY, LocalizedText.of("en", "X"))));
      thrown(NotFoundException.class, () -> city.locations().delete(kyiv.id()));
      thrown(
          NotFoundException.class,
          () -> city.sections().update(war.id(), SectionDraft.of(LocalizedText.of("en", "X"))));
      thrown(NotFoundException.class, () -> city.sections().delete(war.id()));

      assertThat(unn.authors().get(author.id())).isEqualTo(author);
      assertThat(unn.tags().get(tag.id())).isEqualTo(tag);
      assertThat(unn.locations().get(kyiv.id())).isEqualTo(kyiv);
      assertThat(unn.sections().get(war.id())).isEqualTo(war);
    }

    @Test
    @DisplayName("is invisible to another tenant's finds and lists")
    void invisible() {
      assertThat(city.authors().find(author.id())).isEmpty();
      assertThat(city.authors().findBySlug(author.slug())).isEmpty();
      assertThat(city.tags().findBySlug(tag.slug())).isEmpty();
      assertThat(city.locations().list(null, 100)).isEmpty();
      assertThat(city.sections().list(null, 100)).isEmpty();
    }

    @Test
    @DisplayName("is not resolved when another tenant loads an article's references")
    void notResolved() {
      Article article = unn.articles().create(directory.cite(draft("Новина")).build());

      References fromCity = city.articles().references(List.of(article));
      References fromUnn = unn.articles().references(List.of(article));

      assertThat(fromCity.authors()).isEmpty();
      assertThat(fromCity.tags()).isEmpty();
      assertThat(fromCity.locations()).isEmpty();
      assertThat(fromCity.sections()).isEmpty();
      assertThat(fromUnn.author(author.id())).contains(author);
    }
  }
}
