package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.thrown;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.PL;
import static io.dateline.cms.Newsroom.UK;
import static io.dateline.cms.Newsroom.articleCount;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.TagId;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Validation of article drafts")
class ArticleValidationTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();
  private final TenantContent city = newsroom.city();

  private ValidationException failureCreating(ArticleDraft draft) {
    return validationFailure(() -> unn.articles().create(draft));
  }

  private static ListAssert<Tuple> assertThatRules(ValidationException e) {
    return assertThat(pathsAndRules(e));
  }

  private static Violation only(ValidationException e) {
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  @Nested
  @DisplayName("of the draft's own fields")
  class OwnFields {

    @Test
    @DisplayName("refuses a blank headline")
    void blankHeadline() {
      Violation v = only(failureCreating(draft(" \n ").build()));

      assertThat(v.path()).isEqualTo("headline");
      assertThat(v.rule()).isEqualTo("NotBlank");
      assertThat(v.message()).isEqualTo("must not be blank");
    }

    @Test
    @DisplayName("refuses a missing headline")
    void nullHeadline() {
      assertThatRules(failureCreating(draft(null).build()))
          .containsExactly(tuple("headline", "NotBlank"));
    }

    @Test
    @DisplayName("accepts a headline of 300 characters and refuses one of 301")
    void headlineLength() {
      assertThat(unn.articles().create(draft("й".repeat(300)).build()).headline()).hasSize(300);

      assertThatRules(failureCreating(draft("й".repeat(301)).build()))
          .containsExactly(tuple("headline", "Size"));
    }

    @Test
    @DisplayName("refuses an explicit slug that is not a slug, with the Slug rule")
    void badSlug() {
      Violation v = only(failureCreating(draft("Заголовок").slug("Not A Slug!").build()));

      assertThat(v.path()).isEqualTo("slug");
      assertThat(v.rule()).isEqualTo("Slug");
      assertThat(v.message()).startsWith("must be a slug");
    }

    @Test
    @DisplayName("refuses a missing language, without also calling it unsupported")
    void nullLanguage() {
      assertThatRules(failureCreating(draft("Заголовок").language(null).build()))
          .containsExactly(tuple("language", "NotNull"));
    }

    @Test
    @DisplayName("refuses a language the tenant does not publish in")
    void unsupportedLanguage() {
      Violation v = only(failureCreating(draft("Überschrift").language(Locale.GERMAN).build()));

      assertThat(v.path()).isEqualTo("language");
      assertThat(v.rule()).isEqualTo("SupportedLanguage");
      assertThat(v.message()).isEqualTo("is not a language this tenant publishes in");
    }

    @Test
    @DisplayName("accepts a regional variant of a supported language")
    void regionalVariant() {
      Article article =
          unn.articles().create(draft("Headline").language(Locale.forLanguageTag("en-GB")).build());

      assertThat(article.language().getLanguage()).isEqualTo("en");
    }

    @Test
    @DisplayName("refuses a lead over 2000 characters")
    void longLead() {
      assertThatRules(failureCreating(draft("Заголовок").lead("a".repeat(2001)).build()))
          .containsExactly(tuple("lead", "Size"));
    }

    @Test
    @DisplayName("names every null element of every list by its index")
    void nullElements() {
      TagId tag = Newsroom.tag(unn, "Політика").id();
      ArticleDraft draft =
          draft("Заголовок")
              .authors(Arrays.asList(Newsroom.author(unn, "Юлія Шрамко").id(), null))
              .tags(Arrays.asList(null, tag))
              .sections(Arrays.asList((SectionId) null))
              .places(Arrays.asList((LocationId) null))
              .sources(Arrays.asList(Source.named("Le Monde"), null))
              .related(Arrays.asList((ArticleId) null))
              .body(Arrays.asList(Block.Paragraph.of("Текст"), null))
              .build();

      assertThatRules(failureCreating(draft))
          .containsExactly(
              tuple("authors[1]", "NotNull"),
              tuple("body[1]", "NotNull"),
              tuple("places[0]", "NotNull"),
              tuple("related[0]", "NotNull"),
              tuple("sections[0]", "NotNull"),
              tuple("sources[1]", "NotNull"),
              tuple("tags[0]", "NotNull"));
    }

    @Test
    @DisplayName("reports a heading level outside 2 to 6 at its block's path")
    void headingLevel() {
      ArticleDraft draft =
          draft("Заголовок")
              .body(
                  Block.Paragraph.of("Текст"),
                  new Block.Heading(1, "Деталі"),
                  new Block.Heading(7, "Доповнення"),
                  new Block.Heading(6, "Глибоко"))
              .build();

      assertThatRules(failureCreating(draft))
          .containsExactly(tuple("body[1].level", "Min"), tuple("body[2].level", "Max"));
    }

    @Test
    @DisplayName("refuses script links inside a paragraph, naming the span")
    void scriptLink() {
      ArticleDraft draft =
          draft("Заголовок")
              .body(
                  Block.Paragraph.of(
                      Span.link("клікни", "javascript:alert(1)"),
                      Span.link("ok", "https://unn.example/a"),
                      Span.link("data", "data:text/html,<script>alert(1)</script>")))
              .build();

      ValidationException e = failureCreating(draft);

      assertThatRules(e)
          .containsExactly(
              tuple("body[0].content[0].link", "SafeLink"),
              tuple("body[0].content[2].link", "SafeLink"));
      assertThat(e.violations().get(0).message())
          .isEqualTo("must be an http, https, mailto or tel link, or a path starting with /");
    }

    @Test
    @DisplayName("accepts http, https, mailto, tel and site-relative links")
    void safeLinks() {
      ArticleDraft draft =
          draft("Заголовок")
              .body(
                  Block.Paragraph.of(
                      Span.link("a", "http://example.com"),
                      Span.link("b", "HTTPS://example.com/x?y=1#z"),
                      Span.link("c", "mailto:news@unn.example"),
                      Span.link("d", "tel:+380441234567"),
                      Span.link("e", "/news/kyiv")))
              .build();

      assertThat(unn.articles().create(draft).body()).hasSize(1);
    }

    @Test
    @DisplayName("refuses protocol-relative, backslash and whitespace-obfuscated links")
    void obfuscatedLinks() {
      ArticleDraft draft =
          draft("Заголовок")
              .body(
                  Block.Paragraph.of(
                      Span.link("a", "//evil.example"),
                      Span.link("b", "/\\evil.example"),
                      Span.link("c", "java\tscript:alert(1)"),
                      Span.link("d", " https://example.com"),
                      Span.link("e", "https:///no-host"),
                      Span.link("f", "")))
              .build();

      assertThat(failureCreating(draft).violations())
          .extracting(Violation::path)
          .containsExactly(
              "body[0].content[0].link",
              "body[0].content[1].link",
              "body[0].content[2].link",
              "body[0].content[3].link",
              "body[0].content[4].link",
              "body[0].content[5].link");
    }

    @Test
    @DisplayName("refuses images and embeds whose URL is not http(s)")
    void imageUrls() {
      ArticleDraft draft =
          draft("Заголовок")
              .featuredImage(Image.of(URI.create("ftp://photos.example/a.jpg"), "Київ"))
              .body(
                  new Block.ImageBlock(Image.of(URI.create("ftp://photos.example/b.jpg"), "Сеул")),
                  new Block.Embed(URI.create("javascript:alert(1)"), "youtube", null),
                  new Block.ImageBlock(Image.of(URI.create("https://photos.example/c.jpg"), "ok")))
              .build();

      assertThatRules(failureCreating(draft))
          .containsExactly(
              tuple("body[0].image.url", "HttpUrl"),
              tuple("body[1].url", "HttpUrl"),
              tuple("featuredImage.url", "HttpUrl"));
    }

    @Test
    @DisplayName("checks nested fields of every block kind")
    void nestedBlocks() {
      ArticleDraft draft =
          draft("Заголовок")
              .body(
                  new Block.Paragraph(List.of()),
                  new Block.Quote(List.of(Span.text("Слова")), "x".repeat(301)),
                  new Block.ListBlock(
                      true,
                      Arrays.asList(List.of(Span.text("a")), Arrays.asList(Span.text("b"), null))),
                  new Block.ImageBlock(
                      new Image(URI.create("https://p.example/a.jpg"), null, null, null, -1, 0)),
                  new Block.RawHtml(null),
                  new Block.Paragraph(List.of(new Span(null, Set.of(), null))),
                  new Block.ListBlock(false, List.of(List.of())),
                  new Block.Divider())
              .build();

      assertThatRules(failureCreating(draft))
          .containsExactly(
              tuple("body[0].content", "NotEmpty"),
              tuple("body[1].attribution", "Size"),
              tuple("body[2].items[1][1]", "NotNull"),
              tuple("body[3].image.alt", "NotNull"),
              tuple("body[3].image.width", "Min"),
              tuple("body[4].html", "NotNull"),
              tuple("body[5].content[0].text", "NotNull"),
              tuple("body[6].items[0]", "NotEmpty"));
    }

    @Test
    @DisplayName("a gallery holds 2 to 50 valid images and a caption of at most 1000 characters")
    void galleries() {
      Image ok = Image.of(URI.create("https://p.example/a.jpg"), "Кадр");
      ArticleDraft draft =
          draft("Заголовок")
              .body(
                  new Block.GalleryBlock(List.of(ok), null),
                  new Block.GalleryBlock(Collections.nCopies(51, ok), "x".repeat(1001)),
                  new Block.GalleryBlock(
                      Arrays.asList(
                          ok,
                          new Image(URI.create("ftp://p.example/b.jpg"), null, null, null, 0, 0),
                          null),
                      "Підпис"),
                  new Block.GalleryBlock(null, null))
              .build();

      assertThatRules(failureCreating(draft))
          .containsExactly(
              tuple("body[0].images", "Size"),
              tuple("body[1].caption", "Size"),
              tuple("body[1].images", "Size"),
              tuple("body[2].images[1].alt", "NotNull"),
              tuple("body[2].images[1].url", "HttpUrl"),
              tuple("body[2].images[2]", "NotNull"),
              tuple("body[3].images", "NotNull"));
    }

    @Test
    @DisplayName("accepts galleries of the smallest and the largest size")
    void galleryBounds() {
      Image ok = Image.of(URI.create("https://p.example/a.jpg"), "Кадр");
      ArticleDraft draft =
          draft("Заголовок")
              .body(
                  Block.GalleryBlock.of(ok, ok),
                  new Block.GalleryBlock(Collections.nCopies(50, ok), "Підпис"))
              .build();

      assertThat(unn.articles().create(draft).body()).isEqualTo(draft.body());
    }

    @Test
    @DisplayName("refuses a null formatting mark instead of failing on it")
    void nullMark() {
      Set<Mark> marks = new HashSet<>(Arrays.asList(Mark.BOLD, null));
      ArticleDraft draft =
          draft("Заголовок").body(Block.Paragraph.of(new Span("жирний", marks, null))).build();

      assertThat(failureCreating(draft).violations())
          .extracting(Violation::path, Violation::rule)
          .singleElement()
          .satisfies(
              t -> assertThat(t.toList()).containsExactly("body[0].content[0].marks[]", "NotNull"));
    }

    @Test
    @DisplayName("checks sources and SEO overrides")
    void sourcesAndSeo() {
      ArticleDraft draft =
          draft("Заголовок")
              .sources(
                  Source.named(" "), new Source("Le Monde", URI.create("ftp://lemonde.example")))
              .seo(new Seo("t".repeat(201), null, URI.create("mailto:x@y.example"), false))
              .build();

      assertThatRules(failureCreating(draft))
          .containsExactly(
              tuple("seo.canonicalUrl", "HttpUrl"),
              tuple("seo.title", "Size"),
              tuple("sources[0].name", "NotBlank"),
              tuple("sources[1].url", "HttpUrl"));
    }

    @Test
    @DisplayName("lists every broken rule of a draft at once, sorted by path")
    void everythingAtOnce() {
      ArticleDraft draft =
          ArticleDraft.builder(Locale.GERMAN, "")
              .slug("--")
              .lead("l".repeat(2001))
              .authors(AuthorId.random())
              .body(new Block.Heading(9, ""))
              .build();

      ValidationException e = failureCreating(draft);

      assertThat(e.subject()).isEqualTo("article");
      assertThatRules(e)
          .containsExactly(
              tuple("authors[0]", "SameTenant"),
              tuple("body[0].level", "Max"),
              tuple("body[0].text", "NotBlank"),
              tuple("headline", "NotBlank"),
              tuple("language", "SupportedLanguage"),
              tuple("lead", "Size"),
              tuple("slug", "Slug"));
      assertThat(e.getMessage())
          .startsWith("Invalid article: authors[0]: must name an existing author of this tenant");
    }
  }

  @Nested
  @DisplayName("of references")
  class References {

    @Test
    @DisplayName("accepts the tenant's own authors, tags, sections, locations and articles")
    void ownReferences() {
      Newsroom.Directory directory = Newsroom.directory(unn);
      Article earlier = unn.articles().create(draft("Раніше").build());

      Article article =
          unn.articles().create(directory.cite(draft("Заголовок")).related(earlier.id()).build());

      assertThat(article.authors()).containsExactly(directory.author().id());
      assertThat(article.tags()).containsExactly(directory.tag().id());
      assertThat(article.primarySection()).isEqualTo(directory.section().id());
      assertThat(article.sections()).containsExactly(directory.section().id());
      assertThat(article.dateline()).isEqualTo(directory.kyiv().id());
      assertThat(article.places()).containsExactly(directory.lviv().id());
      assertThat(article.related()).containsExactly(earlier.id());
    }

    @Test
    @DisplayName("refuses another tenant's objects with SameTenant at each path")
    void otherTenantsObjects() {
      var ownTag = Newsroom.tag(unn, "Політика");
      var foreignAuthor = Newsroom.author(city, "Jane Doe");
      var foreignTag = Newsroom.tag(city, "Politics");
      var foreignSection = Newsroom.section(city, "World");
      var foreignCity = Newsroom.city(city, "London");
      Article foreignArticle = city.articles().create(ArticleDraft.builder(EN, "News").build());

      ArticleDraft draft =
          draft("Заголовок")
              .authors(foreignAuthor.id())
              .tags(ownTag.id(), foreignTag.id())
              .primarySection(foreignSection.id())
              .sections(foreignSection.id())
              .dateline(foreignCity.id())
              .places(foreignCity.id())
              .related(foreignArticle.id())
              .build();

      ValidationException e = failureCreating(draft);

      assertThatRules(e)
          .containsExactly(
              tuple("authors[0]", "SameTenant"),
              tuple("dateline", "SameTenant"),
              tuple("places[0]", "SameTenant"),
              tuple("primarySection", "SameTenant"),
              tuple("related[0]", "SameTenant"),
              tuple("sections[0]", "SameTenant"),
              tuple("tags[1]", "SameTenant"));
      assertThat(e.violations())
          .extracting(Violation::message)
          .contains(
              "must name an existing author of this tenant",
              "must name an existing location of this tenant",
              "must name an existing article of this tenant");
    }

    @Test
    @DisplayName("refuses ids that exist nowhere just like foreign ones")
    void unknownIds() {
      ArticleDraft draft =
          draft("Заголовок")
              .authors(AuthorId.random())
              .primarySection(SectionId.random())
              .dateline(LocationId.random())
              .tags(TagId.random())
              .related(ArticleId.random())
              .build();

      assertThatRules(failureCreating(draft))
          .containsExactly(
              tuple("authors[0]", "SameTenant"),
              tuple("dateline", "SameTenant"),
              tuple("primarySection", "SameTenant"),
              tuple("related[0]", "SameTenant"),
              tuple("tags[0]", "SameTenant"));
    }

    @Test
    @DisplayName("reports a missing id once per position it appears at")
    void repeatedUnknownId() {
      AuthorId ghost = AuthorId.random();

      assertThatRules(failureCreating(draft("Заголовок").authors(ghost, ghost).build()))
          .containsExactly(tuple("authors[0]", "SameTenant"), tuple("authors[1]", "SameTenant"));
    }
  }

  @Nested
  @DisplayName("of translations")
  class Translations {

    @Test
    @DisplayName("refuses translationOf an unknown article")
    void unknownOriginal() {
      Violation v =
          only(
              failureCreating(
                  draft("Headline").language(EN).translationOf(ArticleId.random()).build()));

      assertThat(v.path()).isEqualTo("translationOf");
      assertThat(v.rule()).isEqualTo("Translation");
      assertThat(v.message()).isEqualTo("refers to an article that does not exist in this tenant");
    }

    @Test
    @DisplayName("refuses translationOf another tenant's article")
    void foreignOriginal() {
      Article foreign = city.articles().create(ArticleDraft.builder(EN, "News").build());

      assertThatRules(failureCreating(draft("Заголовок").translationOf(foreign.id()).build()))
          .containsExactly(tuple("translationOf", "Translation"));
    }

    @Test
    @DisplayName("puts a translation into the original's group")
    void joinsGroup() {
      Article original = unn.articles().create(draft("Заголовок").build());
      Article english =
          unn.articles()
              .create(draft("Headline").language(EN).translationOf(original.id()).build());
      Article polish =
          unn.articles().create(draft("Nagłówek").language(PL).translationOf(english.id()).build());

      assertThat(english.translationKey()).isEqualTo(original.id());
      assertThat(polish.translationKey()).isEqualTo(original.id());
      assertThat(unn.articles().translations(original.id()))
          .extracting(Article::id)
          .containsExactly(english.id(), polish.id());
      assertThat(unn.articles().translations(polish.id()))
          .extracting(Article::id)
          .containsExactly(english.id(), original.id());
    }

    @Test
    @DisplayName("refuses a second translation in a language the group already has")
    void uniqueLanguage() {
      Article original = unn.articles().create(draft("Заголовок").build());
      unn.articles().create(draft("Headline").language(EN).translationOf(original.id()).build());

      Violation v =
          only(
              failureCreating(
                  draft("Another headline")
                      .language(Locale.forLanguageTag("en-US"))
                      .translationOf(original.id())
                      .build()));

      assertThat(v.path()).isEqualTo("language");
      assertThat(v.rule()).isEqualTo("UniqueTranslation");
    }

    @Test
    @DisplayName("refuses a translation in the original's own language")
    void sameLanguageAsOriginal() {
      Article original = unn.articles().create(draft("Заголовок").build());

      assertThatRules(failureCreating(draft("Інший").translationOf(original.id()).build()))
          .containsExactly(tuple("language", "UniqueTranslation"));
    }

    @Test
    @DisplayName("refuses an update that moves a translation into a language its group has")
    void updateIntoTakenLanguage() {
      Article original = unn.articles().create(draft("Заголовок").build());
      Article english =
          unn.articles()
              .create(draft("Headline").language(EN).translationOf(original.id()).build());

      ValidationException e =
          validationFailure(
              () ->
                  unn.articles()
                      .update(
                          english.id(),
                          english.version(),
                          ArticleDraft.from(english).language(UK).build()));

      assertThat(pathsAndRules(e)).containsExactly(tuple("language", "UniqueTranslation"));
      assertThat(unn.articles().get(english.id())).isEqualTo(english);
    }

    @Test
    @DisplayName("lets an update move a translation into a language its group lacks")
    void updateIntoFreeLanguage() {
      Article original = unn.articles().create(draft("Заголовок").build());
      Article english =
          unn.articles()
              .create(draft("Headline").language(EN).translationOf(original.id()).build());

      Article polish =
          unn.articles()
              .update(
                  english.id(), english.version(), ArticleDraft.from(english).language(PL).build());

      assertThat(polish.language()).isEqualTo(PL);
      assertThat(polish.translationKey()).isEqualTo(original.id());
    }

    @Test
    @DisplayName("lets a translation be updated in its own language")
    void updateKeepsLanguage() {
      Article original = unn.articles().create(draft("Заголовок").build());
      Article english =
          unn.articles()
              .create(draft("Headline").language(EN).translationOf(original.id()).build());

      Article updated =
          unn.articles()
              .update(
                  english.id(),
                  english.version(),
                  ArticleDraft.from(english).headline("New").translationOf(original.id()).build());

      assertThat(updated.headline()).isEqualTo("New");
      assertThat(updated.translationKey()).isEqualTo(original.id());
    }
  }

  @Nested
  @DisplayName("messages")
  class Messages {

    @Test
    @DisplayName("are in English by default, for standard and Dateline rules alike")
    void english() {
      ValidationException e =
          failureCreating(
              draft(" ").slug("Bad").language(Locale.GERMAN).authors(AuthorId.random()).build());

      assertThat(e.violations())
          .extracting(Violation::path, Violation::message)
          .containsExactly(
              tuple("authors[0]", "must name an existing author of this tenant"),
              tuple("headline", "must not be blank"),
              tuple("language", "is not a language this tenant publishes in"),
              tuple(
                  "slug",
                  "must be a slug: lowercase latin letters and digits in words joined by single"
                      + " hyphens, at most 120 characters"));
    }

    @Test
    @DisplayName("are in Ukrainian when the message locale is uk, for standard and Dateline rules")
    void ukrainian() {
      try (Newsroom ukrainian = new Newsroom(UK)) {
        TenantContent site = ukrainian.unn();
        ValidationException e =
            thrown(
                ValidationException.class,
                () ->
                    site.articles()
                        .create(
                            draft(" ")
                                .slug("Bad")
                                .language(Locale.GERMAN)
                                .authors(AuthorId.random())
                                .body(Block.Paragraph.of(Span.link("x", "javascript:x")))
                                .build()));

        assertThat(e.violations())
            .extracting(Violation::path, Violation::rule, Violation::message)
            .containsExactly(
                tuple(
                    "authors[0]",
                    "SameTenant",
                    "посилається на об'єкт (author), якого немає в цьому тенанті"),
                tuple(
                    "body[0].content[0].link",
                    "SafeLink",
                    "має бути посиланням http, https, mailto чи tel або шляхом, що починається з /"),
                tuple("headline", "NotBlank", "не може бути пустим"),
                tuple("language", "SupportedLanguage", "ця мова не підтримується тенантом"),
                tuple(
                    "slug",
                    "Slug",
                    "має бути слагом: малі латинські літери й цифри, слова з'єднані одинарними"
                        + " дефісами, не довше 120 символів"));
      }
    }

    @Test
    @DisplayName("stay English on a server whose default locale is Ukrainian")
    void englishOnUkrainianServer() {
      Locale before = Locale.getDefault();
      Locale.setDefault(UK);
      try (Newsroom english = new Newsroom(Locale.ENGLISH)) {
        TenantContent site = english.unn();
        ValidationException e =
            thrown(
                ValidationException.class,
                () ->
                    site.articles()
                        .create(draft(" ").slug("Bad").authors(AuthorId.random()).build()));

        assertThat(e.violations())
            .extracting(Violation::message)
            .allSatisfy(m -> assertThat(m).doesNotContainPattern("\\p{IsCyrillic}"));
      } finally {
        Locale.setDefault(before);
      }
    }
  }

  @Nested
  @DisplayName("when a command fails")
  class NothingStored {

    @Test
    @DisplayName("a refused create stores nothing and sends no event")
    void createStoresNothing() {
      unn.articles().create(draft("Перша").build());
      newsroom.events().clear();

      failureCreating(draft("Друга").slug("druha").authors(AuthorId.random()).build());

      assertThat(articleCount(unn)).isEqualTo(1);
      assertThat(unn.articles().findBySlug("druha")).isEmpty();
      assertThat(newsroom.events().all()).isEmpty();
    }

    @Test
    @DisplayName("a refused update leaves the article as it was and sends no event")
    void updateChangesNothing() {
      Article stored = unn.articles().create(draft("Перша").build());
      newsroom.events().clear();
      newsroom.clock().advance(Duration.ofMinutes(1));

      ValidationException e =
          thrown(
              ValidationException.class,
              () ->
                  unn.articles()
                      .update(
                          stored.id(),
                          stored.version(),
                          ArticleDraft.from(stored).headline("").tags(TagId.random()).build()));

      assertThatRules(e)
          .containsExactly(tuple("headline", "NotBlank"), tuple("tags[0]", "SameTenant"));
      assertThat(unn.articles().get(stored.id())).isEqualTo(stored);
      assertThat(newsroom.events().all()).isEmpty();
    }

    @Test
    @DisplayName("a null draft is a validation error, not a NullPointerException")
    void nullDraft() {
      assertThatRules(failureCreating(null)).containsExactly(tuple("", "NotNull"));
      assertThat(articleCount(unn)).isZero();
    }

    @Test
    @DisplayName("a draft refused for one tenant does not reach another")
    void otherTenantUntouched() {
      failureCreating(draft("").build());

      assertThat(articleCount(city)).isZero();
      assertThat(articleCount(unn)).isZero();
    }
  }
}
