package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.thrown;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.testsupport.ThreadRace;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Slugs assigned by the services")
class SlugAssignmentTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();
  private final TenantContent city = newsroom.city();

  private static TagDraft person(String ukrainian) {
    return TagDraft.of(TagKind.PERSON, LocalizedText.of("uk", ukrainian));
  }

  @Nested
  @DisplayName("for tags and other directory objects")
  class Directory {

    @Test
    @DisplayName("transliterate the default-language name by the Ukrainian standard")
    void transliterates() {
      Tag biden =
          unn.tags()
              .create(
                  TagDraft.of(
                      TagKind.PERSON, LocalizedText.of("uk", "Джо Байден", "en", "Joe Biden")));

      assertThat(biden.slug()).isEqualTo("dzho-baiden");
      assertThat(unn.tags().findBySlug("dzho-baiden")).contains(biden);
    }

    @Test
    @DisplayName("keep an explicit slug even where the standard would give another")
    void explicitSlug() {
      Tag seoul =
          unn.tags()
              .create(
                  new TagDraft(
                      TagKind.TOPIC, "seoul", LocalizedText.of("uk", "Сеул", "en", "Seoul")));

      assertThat(seoul.slug()).isEqualTo("seoul");
      assertThat(unn.tags().create(person("Сеул")).slug()).isEqualTo("seul");
    }

    @Test
    @DisplayName("number a repeated name: dzho-baiden, dzho-baiden-2, dzho-baiden-3")
    void numbersRepeats() {
      assertThat(unn.tags().create(person("Джо Байден")).slug()).isEqualTo("dzho-baiden");
      assertThat(unn.tags().create(person("Джо Байден")).slug()).isEqualTo("dzho-baiden-2");
      assertThat(unn.tags().create(person("джо   байден!")).slug()).isEqualTo("dzho-baiden-3");
    }

    @Test
    @DisplayName("refuse an explicit slug that is taken, storing nothing")
    void duplicateExplicit() {
      unn.tags().create(person("Джо Байден"));

      DuplicateSlugException e =
          thrown(
              DuplicateSlugException.class,
              () ->
                  unn.tags()
                      .create(
                          new TagDraft(
                              TagKind.PERSON, "dzho-baiden", LocalizedText.of("uk", "Інший"))));

      assertThat(e.kind()).isEqualTo("tag");
      assertThat(e.slug()).isEqualTo("dzho-baiden");
      assertThat(e).hasMessageContaining("unn");
      assertThat(unn.tags().list(null, 10)).hasSize(1);
    }

    @Test
    @DisplayName("may repeat in another tenant")
    void otherTenant() {
      unn.tags().create(person("Джо Байден"));

      Tag same =
          city.tags()
              .create(
                  new TagDraft(TagKind.PERSON, "dzho-baiden", LocalizedText.of("en", "Joe Biden")));

      assertThat(same.slug()).isEqualTo("dzho-baiden");
      assertThat(city.tags().create(person("Джо Байден")).slug()).isEqualTo("dzho-baiden-2");
      assertThat(unn.tags().list(null, 10)).hasSize(1);
    }

    @Test
    @DisplayName("come from the English name in an English tenant")
    void englishTenant() {
      Tag tag =
          city.tags()
              .create(
                  TagDraft.of(
                      TagKind.PERSON, LocalizedText.of("uk", "Джо Байден", "en", "Joe Biden")));

      assertThat(tag.slug()).isEqualTo("joe-biden");
    }

    @Test
    @DisplayName("fall back to the first name when the default language has none")
    void firstNameFallback() {
      assertThat(city.tags().create(person("Київ")).slug()).isEqualTo("kyiv");
    }

    @Test
    @DisplayName("are made the same way for authors, locations and sections")
    void everyKind() {
      assertThat(
              unn.authors().create(AuthorDraft.named(LocalizedText.of("uk", "Юлія Шрамко"))).slug())
          .isEqualTo("yuliia-shramko");
      assertThat(
              unn.locations()
                  .create(LocationDraft.of(LocationKind.CITY, LocalizedText.of("uk", "Київ")))
                  .slug())
          .isEqualTo("kyiv");
      assertThat(
              unn.sections().create(SectionDraft.of(LocalizedText.of("uk", "Новини світу"))).slug())
          .isEqualTo("novyny-svitu");
    }

    @Test
    @DisplayName("are kept by an update without a slug and replaced by one with a slug")
    void update() {
      Tag tag = unn.tags().create(person("Джо Байден"));

      Tag renamed = unn.tags().update(tag.id(), person("Джозеф Байден"));
      assertThat(renamed.slug()).isEqualTo("dzho-baiden");

      Tag reslugged =
          unn.tags()
              .update(
                  tag.id(),
                  new TagDraft(
                      TagKind.PERSON, "joseph-biden", LocalizedText.of("uk", "Джозеф Байден")));
      assertThat(reslugged.slug()).isEqualTo("joseph-biden");
      assertThat(unn.tags().findBySlug("dzho-baiden")).isEmpty();
      assertThat(unn.tags().findBySlug("joseph-biden")).contains(reslugged);
    }

    @Test
    @DisplayName("refuse an update to a slug another object holds, changing nothing")
    void updateToTakenSlug() {
      Tag biden = unn.tags().create(person("Джо Байден"));
      unn.tags().create(person("Сеул"));

      thrown(
          DuplicateSlugException.class,
          () ->
              unn.tags()
                  .update(
                      biden.id(),
                      new TagDraft(TagKind.PERSON, "seul", LocalizedText.of("uk", "Байден"))));

      assertThat(unn.tags().get(biden.id())).isEqualTo(biden);
    }

    @Test
    @DisplayName("stay unique when eight editors create the same tag at once")
    void concurrentCreates() throws Exception {
      int editors = 8;

      List<Tag> created = ThreadRace.runAll(editors, () -> unn.tags().create(person("Джо Байден")));

      assertThat(created.stream().map(Tag::slug).collect(Collectors.toSet()))
          .hasSize(editors)
          .contains("dzho-baiden", "dzho-baiden-2", "dzho-baiden-" + editors);
    }

    @Test
    @DisplayName("refuse an explicit slug that breaks the slug rule")
    void invalidExplicit() {
      ValidationException e =
          validationFailure(
              () ->
                  unn.tags()
                      .create(new TagDraft(TagKind.TOPIC, "Сеул", LocalizedText.of("uk", "Сеул"))));

      assertThat(e.subject()).isEqualTo("tag");
      assertThat(pathsAndRules(e)).containsExactly(tuple("slug", "Slug"));
    }
  }

  @Nested
  @DisplayName("for articles")
  class Articles {

    @Test
    @DisplayName("transliterate the headline in the article's language")
    void fromHeadline() {
      Article article = unn.articles().create(draft("Блінкен назвав позицію України").build());

      assertThat(article.slug()).isEqualTo("blinken-nazvav-pozytsiiu-ukrainy");
      assertThat(unn.articles().findBySlug(article.slug())).contains(article);
    }

    @Test
    @DisplayName("come from an English headline as written")
    void englishHeadline() {
      Article article =
          unn.articles()
              .create(
                  draft("Blinken calls Ukraine's position in Kursk \u201cimportant\u201d")
                      .language(EN)
                      .build());

      assertThat(article.slug()).isEqualTo("blinken-calls-ukraines-position-in-kursk-important");
    }

    @Test
    @DisplayName("number a repeated headline")
    void numbersRepeats() {
      assertThat(unn.articles().create(draft("Новини").build()).slug()).isEqualTo("novyny");
      assertThat(unn.articles().create(draft("Новини").build()).slug()).isEqualTo("novyny-2");
    }

    @Test
    @DisplayName("keep an explicit slug and refuse a taken one")
    void explicit() {
      assertThat(unn.articles().create(draft("Сеул").slug("seoul").build()).slug())
          .isEqualTo("seoul");

      DuplicateSlugException e =
          thrown(
              DuplicateSlugException.class,
              () -> unn.articles().create(draft("Інше").slug("seoul").build()));

      assertThat(e.kind()).isEqualTo("article");
      assertThat(Newsroom.articleCount(unn)).isEqualTo(1);
    }

    @Test
    @DisplayName("stay the same when an update has no slug, even if the headline changes")
    void updateKeepsSlug() {
      Article article = unn.articles().create(draft("Перший заголовок").build());

      Article updated =
          unn.articles()
              .update(
                  article.id(),
                  article.version(),
                  ArticleDraft.from(article).slug(null).headline("Другий").build());

      assertThat(updated.slug()).isEqualTo("pershyi-zaholovok");
      assertThat(updated.headline()).isEqualTo("Другий");
    }

    @Test
    @DisplayName("change to an explicit slug on update, freeing the old one")
    void updateChangesSlug() {
      Article article = unn.articles().create(draft("Перший").build());

      Article updated =
          unn.articles()
              .update(
                  article.id(),
                  article.version(),
                  ArticleDraft.from(article).slug("first").build());

      assertThat(updated.slug()).isEqualTo("first");
      assertThat(unn.articles().findBySlug("pershyi")).isEmpty();
      assertThat(unn.articles().create(draft("Перший").build()).slug()).isEqualTo("pershyi");
    }

    @Test
    @DisplayName("refuse an update to another article's slug, changing nothing")
    void updateToTakenSlug() {
      Article first = unn.articles().create(draft("Перший").build());
      unn.articles().create(draft("Другий").build());

      thrown(
          DuplicateSlugException.class,
          () ->
              unn.articles()
                  .update(
                      first.id(),
                      first.version(),
                      ArticleDraft.from(first).slug("druhyi").build()));

      assertThat(unn.articles().get(first.id())).isEqualTo(first);
      assertThat(unn.articles().findBySlug("druhyi").map(Article::headline)).contains("Другий");
    }

    @Test
    @DisplayName("may repeat in another tenant")
    void otherTenant() {
      unn.articles().create(draft("News").language(EN).build());

      assertThat(city.articles().create(ArticleDraft.builder(EN, "News").build()).slug())
          .isEqualTo("news");
    }
  }
}
