package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.UK;
import static io.dateline.cms.Newsroom.articleCount;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Text that no store can keep (NUL, unpaired surrogates)")
class WellFormedTextTest {
  private static final String RULE = "WellFormedText";

  /** Each kind of text no store can keep, inside otherwise ordinary text. */
  static Stream<String> badTexts() {
    return Stream.of(
        "Київ\u0000Львів", // NUL: PostgreSQL refuses it in text and JSON
        "high \ud83d alone", // a high surrogate without its low half
        "low \ude00 alone", // a low surrogate without its high half
        "ends high \ud83d", // a high surrogate at the very end
        "swapped \ude00\ud83d"); // both halves, in the wrong order
  }

  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();

  @Nested
  @DisplayName("in an article")
  class InArticles {
    /** One draft per text field of an article, the bad text in that field, and its path. */
    static Stream<Arguments> fields() {
      return badTexts()
          .flatMap(
              bad ->
                  Stream.of(
                      field("headline", d -> d.headline(bad)),
                      field("lead", d -> d.lead(bad)),
                      field("body[0].content[0].text", d -> d.body(Block.Paragraph.of(bad))),
                      field(
                          "body[0].content[1].link",
                          d ->
                              d.body(
                                  Block.Paragraph.of(
                                      Span.text("ok"), Span.link("link", "/news/" + bad)))),
                      field("body[0].text", d -> d.body(Block.Heading.of(bad))),
                      field("body[0].attribution", d -> d.body(Block.Quote.of("Слова", bad))),
                      field(
                          "body[0].items[1][0].text",
                          d ->
                              d.body(
                                  new Block.ListBlock(
                                      false,
                                      List.of(
                                          List.of(Span.text("один")), List.of(Span.text(bad)))))),
                      field(
                          "body[0].image.caption",
                          d ->
                              d.body(
                                  new Block.ImageBlock(
                                      new Image(
                                          URI.create("https://photos.example/a.jpg"),
                                          "alt",
                                          bad,
                                          null,
                                          0,
                                          0)))),
                      field(
                          "body[0].title",
                          d ->
                              d.body(
                                  new Block.Embed(
                                      URI.create("https://video.example/v"), "video", bad))),
                      field("body[0].html", d -> d.body(new Block.RawHtml("<p>" + bad + "</p>"))),
                      field("sources[0].name", d -> d.sources(Source.named(bad))),
                      field("seo.title", d -> d.seo(new Seo(bad, null, null, false))),
                      field("seo.description", d -> d.seo(new Seo(null, bad, null, false))),
                      field(
                          "featuredImage.alt",
                          d ->
                              d.featuredImage(
                                  Image.of(URI.create("https://photos.example/a.jpg"), bad)))));
    }

    private static Arguments field(String path, Function<ArticleDraft.Builder, ?> change) {
      return Arguments.of(path, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    @DisplayName("are refused in every field, by path, and nothing is stored")
    void refusedOnCreate(String path, Function<ArticleDraft.Builder, ?> change) {
      ArticleDraft.Builder builder = draft("Заголовок");
      change.apply(builder);

      ValidationException e = validationFailure(() -> unn.articles().create(builder.build()));

      assertThat(pathsAndRules(e)).contains(tuple(path, RULE));
      assertThat(e.violations())
          .filteredOn(v -> v.rule().equals(RULE))
          .allSatisfy(v -> assertThat(v.message()).contains("NUL").contains("unpaired surrogates"));
      assertThat(articleCount(unn)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    @DisplayName("are refused on update and leave the article as it was")
    void refusedOnUpdate(String path, Function<ArticleDraft.Builder, ?> change) {
      Article stored = unn.articles().create(draft("Заголовок").build());
      ArticleDraft.Builder builder = ArticleDraft.from(stored);
      change.apply(builder);

      ValidationException e =
          validationFailure(() -> unn.articles().update(stored.id(), 0, builder.build()));

      assertThat(pathsAndRules(e)).contains(tuple(path, RULE));
      assertThat(unn.articles().get(stored.id())).isEqualTo(stored);
    }

    @Test
    @DisplayName("are refused in URIs, which may carry unpaired surrogates (though never NUL)")
    void inUris() {
      URI withSurrogate = URI.create("https://lemonde.example/\ud800");

      ValidationException e =
          validationFailure(
              () ->
                  unn.articles()
                      .create(
                          draft("Заголовок")
                              .sources(new Source("Le Monde", withSurrogate))
                              .build()));

      assertThat(pathsAndRules(e)).containsExactly(tuple("sources[0].url", RULE));
    }

    @Test
    @DisplayName("accept characters outside the BMP written as proper surrogate pairs")
    void acceptsPairs() {
      Article stored =
          unn.articles()
              .create(draft("Прапор \ud83c\uddfa\ud83c\udde6").lead("\ud83d\ude00").build());

      assertThat(stored.headline()).isEqualTo("Прапор 🇺🇦");
      assertThat(stored.lead()).isEqualTo("😀");
    }
  }

  @Nested
  @DisplayName("in a directory entry")
  class InDirectories {
    @Test
    @DisplayName("are refused in an author's name, bio and e-mail, by language")
    void author() {
      String bad = "Юлія\u0000";
      ValidationException e =
          validationFailure(
              () ->
                  unn.authors()
                      .create(
                          new AuthorDraft(
                              null,
                              LocalizedText.of("uk", "Юлія", "en", bad),
                              LocalizedText.of("uk", "біо \ud800"),
                              "a\u0000@unn.example",
                              null)));

      assertThat(pathsAndRules(e))
          .contains(tuple("name[en]", RULE), tuple("bio[uk]", RULE), tuple("email", RULE));
      assertThat(unn.authors().list(null, 10)).isEmpty();
    }

    @Test
    @DisplayName("are refused in the names of tags, sections and locations")
    void otherKinds() {
      LocalizedText bad = LocalizedText.of("uk", "Сеул\udc00");

      assertThat(
              pathsAndRules(
                  validationFailure(() -> unn.tags().create(TagDraft.of(TagKind.TOPIC, bad)))))
          .contains(tuple("name[uk]", RULE));
      assertThat(
              pathsAndRules(validationFailure(() -> unn.sections().create(SectionDraft.of(bad)))))
          .contains(tuple("name[uk]", RULE));
      assertThat(
              pathsAndRules(
                  validationFailure(
                      () -> unn.locations().create(LocationDraft.of(LocationKind.CITY, bad)))))
          .contains(tuple("name[uk]", RULE));
      assertThat(unn.tags().list(null, 10)).isEmpty();
      assertThat(unn.sections().list(null, 10)).isEmpty();
      assertThat(unn.locations().list(null, 10)).isEmpty();
    }
  }

  @Test
  @DisplayName("are refused in a tenant's names and leave the stored tenant as it was")
  void tenant() {
    Tenant before = newsroom.cms().findTenant(Newsroom.UNN).orElseThrow();
    Tenant bad =
        Tenant.builder(
                Newsroom.UNN,
                "UNN\u0000",
                UK,
                ZoneId.of("Europe/Kyiv"),
                URI.create("https://unn.example"))
            .publicationName("\ud83dUNN")
            .supportedLocales(Set.of(Locale.ENGLISH))
            .build();

    ValidationException e = validationFailure(() -> newsroom.cms().saveTenant(bad));

    assertThat(e.subject()).isEqualTo("tenant");
    assertThat(pathsAndRules(e))
        .containsExactly(tuple("name", RULE), tuple("publicationName", RULE));
    assertThat(newsroom.cms().findTenant(TenantId.of("unn"))).contains(before);
  }
}
