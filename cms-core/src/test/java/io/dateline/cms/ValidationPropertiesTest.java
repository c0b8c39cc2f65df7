package io.dateline.cms;

import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.PL;
import static io.dateline.cms.Newsroom.UK;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import java.net.URI;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever a caller puts in a command, a service either stores it or refuses it with a {@link
 * ValidationException} (or {@link DuplicateSlugException} for an explicit slug already in use):
 * never a {@link NullPointerException} or another accident, and never a half-stored change.
 */
@Label("Validation properties")
@StatisticsReport(onFailureOnly = true)
class ValidationPropertiesTest {
  private static final int TRIES = 100;

  private static Newsroom newsroom;
  private static TenantContent unn;
  private static Known own;
  private static Known foreign;
  private static Article updateTarget;

  /** Ids of one tenant's stored objects, for drafts that refer to them. */
  private record Known(
      AuthorId author, TagId tag, SectionId section, LocationId location, ArticleId article) {
    static Known in(TenantContent site) {
      Newsroom.Directory directory = Newsroom.directory(site);
      return new Known(
          directory.author().id(),
          directory.tag().id(),
          directory.section().id(),
          directory.kyiv().id(),
          site.articles()
              .create(
                  ArticleDraft.builder(site.tenant().defaultLocale(), "Оригінал")
                      .slug("original-" + site.tenant().id())
                      .build())
              .id());
    }
  }

  @BeforeContainer
  static void openNewsroom() {
    newsroom = new Newsroom();
    unn = newsroom.unn();
    own = Known.in(unn);
    foreign = Known.in(newsroom.city());
    updateTarget = unn.articles().create(Newsroom.draft("Ціль оновлень").build());
  }

  @AfterContainer
  static void closeNewsroom() {
    newsroom.close();
  }

  // ---------------------------------------------------------------- articles

  @Property(tries = TRIES)
  @Label("creating an article from any draft stores it whole or refuses it")
  void createArticle(@ForAll("articleDrafts") ArticleDraft draft) {
    long before = Newsroom.articleCount(unn);
    boolean slugTaken = draft.slug() != null && unn.articles().findBySlug(draft.slug()).isPresent();

    Outcome<Article> outcome = Outcome.of(() -> unn.articles().create(draft));

    if (outcome.stored().isPresent()) {
      Article stored = outcome.stored().get();
      assertThat(stored.headline()).isEqualTo(draft.headline());
      assertThat(unn.articles().get(stored.id())).isEqualTo(stored);
      assertThat(Newsroom.articleCount(unn)).isEqualTo(before + 1);
    } else {
      assertThat(Newsroom.articleCount(unn)).isEqualTo(before);
      outcome.assertRefusedProperly(slugTaken);
    }
  }

  @Property(tries = TRIES)
  @Label("updating an article with any draft stores it whole or leaves it untouched")
  void updateArticle(@ForAll("articleDrafts") ArticleDraft draft) {
    Article current = unn.articles().get(updateTarget.id());
    boolean slugTaken =
        draft.slug() != null
            && unn.articles()
                .findBySlug(draft.slug())
                .filter(a -> !a.id().equals(current.id()))
                .isPresent();

    Outcome<Article> outcome =
        Outcome.of(() -> unn.articles().update(current.id(), current.version(), draft));

    if (outcome.stored().isPresent()) {
      assertThat(outcome.stored().get().version()).isEqualTo(current.version() + 1);
      assertThat(outcome.stored().get().headline()).isEqualTo(draft.headline());
    } else {
      assertThat(unn.articles().get(current.id())).isEqualTo(current);
      outcome.assertRefusedProperly(slugTaken);
    }
  }

  /**
   * Half the drafts are wild in every field; the other half are valid except for a field or two, so
   * that both the refusals and the stored path are explored.
   */
  @Provide
  Arbitrary<ArticleDraft> articleDrafts() {
    return Arbitraries.oneOf(articleDrafts(100), articleDrafts(4));
  }

  private static Arbitrary<ArticleDraft> articleDrafts(int wild) {
    return Builders.withBuilder(() -> ArticleDraft.builder(UK, "Заголовок"))
        .use(mostly(validSlugs(), slugs(), wild))
        .in(ArticleDraft.Builder::slug)
        .use(mostly(Arbitraries.of(UK, EN, PL), languages(), wild))
        .in(ArticleDraft.Builder::language)
        .use(
            mostly(
                Arbitraries.just(null),
                ids(own.article(), foreign.article(), ArticleId::random).injectNull(0.5),
                wild))
        .in(ArticleDraft.Builder::translationOf)
        .use(mostly(validText(300), text(320), wild))
        .in(ArticleDraft.Builder::headline)
        .use(mostly(validText(2000).injectNull(0.3), text(2010), wild))
        .in(ArticleDraft.Builder::lead)
        .use(
            mostly(
                validBlocks().list().ofMaxSize(4),
                blocks().list().ofMaxSize(5).injectNull(0.03),
                wild))
        .in((b, v) -> b.body(v))
        .use(
            mostly(
                ownOnly(own.author()),
                ids(own.author(), foreign.author(), AuthorId::random).list().ofMaxSize(3),
                wild))
        .in((b, v) -> b.authors(v))
        .use(
            mostly(
                Arbitraries.of(own.section()).injectNull(0.5),
                ids(own.section(), foreign.section(), SectionId::random),
                wild))
        .in(ArticleDraft.Builder::primarySection)
        .use(
            mostly(
                ownOnly(own.section()),
                ids(own.section(), foreign.section(), SectionId::random).list().ofMaxSize(3),
                wild))
        .in((b, v) -> b.sections(v))
        .use(
            mostly(
                ownOnly(own.tag()),
                ids(own.tag(), foreign.tag(), TagId::random).list().ofMaxSize(3),
                wild))
        .in((b, v) -> b.tags(v))
        .use(
            mostly(
                Arbitraries.of(own.location()).injectNull(0.5),
                ids(own.location(), foreign.location(), LocationId::random),
                wild))
        .in(ArticleDraft.Builder::dateline)
        .use(
            mostly(
                ownOnly(own.location()),
                ids(own.location(), foreign.location(), LocationId::random).list().ofMaxSize(3),
                wild))
        .in((b, v) -> b.places(v))
        .use(mostly(validSources(), sources().list().ofMaxSize(3).injectNull(0.03), wild))
        .in((b, v) -> b.sources(v))
        .use(Arbitraries.of(true, false))
        .in(ArticleDraft.Builder::exclusive)
        .use(mostly(validImages().injectNull(0.5), images(), wild))
        .in(ArticleDraft.Builder::featuredImage)
        .use(
            mostly(
                Arbitraries.of(Seo.NONE, new Seo("SEO", "Опис", null, true)).injectNull(0.5),
                seo(),
                wild))
        .in(ArticleDraft.Builder::seo)
        .use(
            mostly(
                ownOnly(own.article()),
                ids(own.article(), foreign.article(), ArticleId::random).list().ofMaxSize(3),
                wild))
        .in((b, v) -> b.related(v))
        .build(ArticleDraft.Builder::build);
  }

  // ---------------------------------------------------------------- directories

  @Property(tries = TRIES)
  @Label("creating an author from any draft stores it or refuses it")
  void createAuthor(@ForAll("authorDrafts") AuthorDraft draft) {
    checkCreate(unn.authors(), draft, draft.slug(), Author::slug);
  }

  @Property(tries = TRIES)
  @Label("updating an author with any draft stores it or leaves it untouched")
  void updateAuthor(@ForAll("authorDrafts") AuthorDraft draft) {
    checkUpdate(unn.authors(), own.author(), draft, draft.slug(), Author::id);
  }

  @Property(tries = TRIES)
  @Label("creating a tag from any draft stores it or refuses it")
  void createTag(@ForAll("tagDrafts") TagDraft draft) {
    checkCreate(unn.tags(), draft, draft.slug(), Tag::slug);
  }

  @Property(tries = TRIES)
  @Label("updating a tag with any draft stores it or leaves it untouched")
  void updateTag(@ForAll("tagDrafts") TagDraft draft) {
    checkUpdate(unn.tags(), own.tag(), draft, draft.slug(), Tag::id);
  }

  @Property(tries = TRIES)
  @Label("creating a location from any draft stores it or refuses it")
  void createLocation(@ForAll("locationDrafts") LocationDraft draft) {
    checkCreate(unn.locations(), draft, draft.slug(), Location::slug);
  }

  @Property(tries = TRIES)
  @Label("updating a location with any draft stores it or leaves it untouched")
  void updateLocation(@ForAll("locationDrafts") LocationDraft draft) {
    checkUpdate(unn.locations(), own.location(), draft, draft.slug(), Location::id);
  }

  @Property(tries = TRIES)
  @Label("creating a section from any draft stores it or refuses it")
  void createSection(@ForAll("sectionDrafts") SectionDraft draft) {
    checkCreate(unn.sections(), draft, draft.slug(), Section::slug);
  }

  @Property(tries = TRIES)
  @Label("updating a section with any draft stores it or leaves it untouched")
  void updateSection(@ForAll("sectionDrafts") SectionDraft draft) {
    checkUpdate(unn.sections(), own.section(), draft, draft.slug(), Section::id);
  }

  private static <T, I, D> void checkCreate(
      DirectoryService<T, I, D> service, D draft, String slug, Function<T, String> slugOf) {
    int before = service.list(null, 1000).size();
    boolean slugTaken = slug != null && service.findBySlug(slug).isPresent();

    Outcome<T> outcome = Outcome.of(() -> service.create(draft));

    assertThat(service.list(null, 1000))
        .hasSize(outcome.stored().isPresent() ? before + 1 : before);
    outcome
        .stored()
        .ifPresent(stored -> assertThat(service.findBySlug(slugOf.apply(stored))).contains(stored));
    if (outcome.stored().isEmpty()) {
      outcome.assertRefusedProperly(slugTaken);
    }
  }

  private static <T, I, D> void checkUpdate(
      DirectoryService<T, I, D> service, I id, D draft, String slug, Function<T, I> idOf) {
    T current = service.get(id);
    boolean slugTaken =
        slug != null && service.findBySlug(slug).filter(o -> !idOf.apply(o).equals(id)).isPresent();

    Outcome<T> outcome = Outcome.of(() -> service.update(id, draft));

    if (outcome.stored().isPresent()) {
      assertThat(service.get(id)).isEqualTo(outcome.stored().get());
    } else {
      assertThat(service.get(id)).isEqualTo(current);
      outcome.assertRefusedProperly(slugTaken);
    }
  }

  @Provide
  Arbitrary<AuthorDraft> authorDrafts() {
    return Arbitraries.oneOf(authorDrafts(100), authorDrafts(10));
  }

  private static Arbitrary<AuthorDraft> authorDrafts(int wild) {
    return Combinators.combine(
            mostly(validSlugs(), slugs(), wild),
            mostly(validNames(), localizedTexts(), wild),
            mostly(validNames().injectNull(0.5), localizedTexts().injectNull(0.5), wild),
            mostly(
                Arbitraries.of("jane@unn.example", "ю@unn.example").injectNull(0.5),
                text(330),
                wild),
            mostly(
                Arbitraries.just(URI.create("https://unn.example/p.jpg")).injectNull(0.5),
                uris(),
                wild))
        .as(AuthorDraft::new);
  }

  @Provide
  Arbitrary<TagDraft> tagDrafts() {
    return Arbitraries.oneOf(tagDrafts(100), tagDrafts(10));
  }

  private static Arbitrary<TagDraft> tagDrafts(int wild) {
    return Combinators.combine(
            mostly(
                Arbitraries.of(TagKind.class), Arbitraries.of(TagKind.class).injectNull(0.1), wild),
            mostly(validSlugs(), slugs(), wild),
            mostly(validNames(), localizedTexts(), wild))
        .as(TagDraft::new);
  }

  @Provide
  Arbitrary<LocationDraft> locationDrafts() {
    return Arbitraries.oneOf(locationDrafts(100), locationDrafts(10));
  }

  private static Arbitrary<LocationDraft> locationDrafts(int wild) {
    Arbitrary<GeoPoint> validPoints =
        Combinators.combine(
                Arbitraries.doubles().between(-90, 90), Arbitraries.doubles().between(-180, 180))
            .as(GeoPoint::new)
            .injectNull(0.3);
    Arbitrary<GeoPoint> anyPoints =
        Combinators.combine(
                Arbitraries.doubles().withStandardSpecialValues(),
                Arbitraries.doubles().withStandardSpecialValues())
            .as(GeoPoint::new)
            .injectNull(0.3);
    return Combinators.combine(
            mostly(
                Arbitraries.of(LocationKind.class),
                Arbitraries.of(LocationKind.class).injectNull(0.1),
                wild),
            mostly(validSlugs(), slugs(), wild),
            mostly(validNames(), localizedTexts(), wild),
            mostly(validPoints, anyPoints, wild))
        .as(LocationDraft::new);
  }

  @Provide
  Arbitrary<SectionDraft> sectionDrafts() {
    return Arbitraries.oneOf(sectionDrafts(100), sectionDrafts(10));
  }

  private static Arbitrary<SectionDraft> sectionDrafts(int wild) {
    return Combinators.combine(
            mostly(validSlugs(), slugs(), wild),
            mostly(validNames(), localizedTexts(), wild),
            mostly(
                Arbitraries.just(null),
                ids(own.section(), foreign.section(), SectionId::random),
                wild),
            mostly(Arbitraries.integers().between(0, 10_000), Arbitraries.integers(), wild))
        .as(SectionDraft::new);
  }

  // ---------------------------------------------------------------- building blocks

  /**
   * Text of every kind: any UTF-16 (lone surrogates too), control characters, longer than the field
   * allows, or null.
   */
  private static Arbitrary<String> text(int around) {
    return Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.strings().all().ofMaxLength(around)),
            Tuple.of(
                2,
                Arbitraries.strings()
                    .withCharRange('\u0000', '\u001f')
                    .withChars(" \u007f\u00a0\u200b\u2028\ud800\udfffйЇ'-")
                    .ofMaxLength(40)),
            Tuple.of(
                2,
                Arbitraries.of(
                    "", " ", "Київ", "Джо Байден", "kyiv", "news@unn.example", "a@b", "<b>x</b>")),
            Tuple.of(
                1, Arbitraries.strings().all().ofMinLength(around).ofMaxLength(2 * around + 10)))
        .injectNull(0.1);
  }

  private static Arbitrary<String> slugs() {
    return Arbitraries.frequencyOf(
            Tuple.of(3, text(130)),
            Tuple.of(
                2, Arbitraries.of("kyiv", "dzho-baiden", "a", "x-1", "seoul", "a--b", "-a", "A")),
            Tuple.of(
                1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(119).ofMaxLength(121)))
        .injectNull(0.4);
  }

  /** Links as users paste them, script schemes and malformed ones included. */
  private static Arbitrary<String> links() {
    Arbitrary<String> urlish =
        Combinators.combine(
                Arbitraries.of(
                    "http", "https", "HTTP", "javascript", "mailto", "tel", "data", "ftp", ""),
                Arbitraries.of(":", "://", ":/", ":\\\\"),
                text(60).map(s -> s == null ? "" : s))
            .as((scheme, separator, rest) -> scheme + separator + rest);
    return Arbitraries.frequencyOf(
            Tuple.of(3, urlish),
            Tuple.of(2, text(2010)),
            Tuple.of(
                2,
                Arbitraries.of(
                    "/news/kyiv",
                    "//evil.example",
                    "/\\evil",
                    "https://unn.example/a",
                    "http://[::1",
                    "java\tscript:alert(1)",
                    " https://x.example",
                    "https:///x")))
        .injectNull(0.3);
  }

  /** URIs parsed leniently from link-like text: what does not parse becomes {@code null}. */
  private static Arbitrary<URI> uris() {
    return Arbitraries.oneOf(
        links().map(ValidationPropertiesTest::lenientUri),
        Arbitraries.of(
            URI.create("https://photos.example/a.jpg"),
            URI.create("ftp://photos.example/a.jpg"),
            URI.create("relative/path.jpg"),
            URI.create("http:opaque"),
            URI.create("https://user@host.example:99999/x")));
  }

  private static URI lenientUri(String text) {
    if (text == null) {
      return null;
    }
    try {
      return URI.create(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Arbitrary<Locale> languages() {
    return Arbitraries.frequencyOf(
            Tuple.of(
                6,
                Arbitraries.of(
                    UK,
                    EN,
                    PL,
                    Locale.GERMAN,
                    Locale.ROOT,
                    Locale.forLanguageTag("en-GB"),
                    Locale.forLanguageTag("uk-UA"))),
            Tuple.of(1, Arbitraries.strings().all().ofMaxLength(12).map(Locale::forLanguageTag)))
        .injectNull(0.1);
  }

  private static <I> Arbitrary<I> ids(I own, I foreign, Supplier<I> random) {
    return Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(own)),
            Tuple.of(1, Arbitraries.just(foreign)),
            Tuple.of(1, Arbitraries.create(random)))
        .injectNull(0.15);
  }

  private static Arbitrary<LocalizedText> localizedTexts() {
    Arbitrary<Locale> keys =
        Arbitraries.of(UK, EN, Locale.forLanguageTag("en-GB"), PL, Locale.ROOT).injectNull(0.05);
    return Combinators.combine(keys.list().ofMaxSize(3), text(210).list().ofSize(3))
        .as(
            (languages, texts) -> {
              Map<Locale, String> values = new LinkedHashMap<>();
              for (int i = 0; i < languages.size(); i++) {
                values.put(languages.get(i), texts.get(i));
              }
              return new LocalizedText(values);
            })
        .injectNull(0.05);
  }

  private static Arbitrary<Span> spans() {
    Arbitrary<Set<Mark>> marks =
        Arbitraries.of(Mark.class).injectNull(0.05).list().ofMaxSize(3).map(HashSet::new);
    return Combinators.combine(text(300), marks.injectNull(0.1), links())
        .as(Span::new)
        .injectNull(0.03);
  }

  private static Arbitrary<List<Span>> spanLists() {
    return spans().list().ofMaxSize(3).injectNull(0.05);
  }

  private static Arbitrary<Image> images() {
    return Combinators.combine(
            uris(),
            text(510),
            text(1010),
            text(210),
            Arbitraries.integers(),
            Arbitraries.integers())
        .as(Image::new)
        .injectNull(0.4);
  }

  private static Arbitrary<Source> sources() {
    return Combinators.combine(text(210), uris()).as(Source::new);
  }

  private static Arbitrary<Seo> seo() {
    return Combinators.combine(text(210), text(410), uris(), Arbitraries.of(true, false))
        .as(Seo::new)
        .injectNull(0.5);
  }

  private static Arbitrary<Block> blocks() {
    return Arbitraries.oneOf(
        spanLists().map(Block.Paragraph::new),
        Combinators.combine(Arbitraries.integers(), text(310)).as(Block.Heading::new),
        Combinators.combine(spanLists(), text(310)).as(Block.Quote::new),
        Combinators.combine(
                Arbitraries.of(true, false), spanLists().list().ofMaxSize(3).injectNull(0.05))
            .as(Block.ListBlock::new),
        images().map(Block.ImageBlock::new),
        Combinators.combine(uris(), text(60), text(310)).as(Block.Embed::new),
        Arbitraries.just(new Block.Divider()),
        text(500).map(Block.RawHtml::new));
  }

  /** The valid value, or in {@code wild} percent of cases anything at all. */
  private static <T> Arbitrary<T> mostly(Arbitrary<T> valid, Arbitrary<T> anything, int wild) {
    if (wild >= 100) {
      return anything;
    }
    return Arbitraries.frequencyOf(Tuple.of(100 - wild, valid), Tuple.of(wild, anything));
  }

  /**
   * Any characters but NUL and surrogates (stores cannot keep NUL or unpaired surrogates; the
   * WellFormedText rule refuses them, and {@link #text} generates them), not blank.
   */
  private static Arbitrary<String> validText(int maxLength) {
    return Arbitraries.strings()
        .withCharRange('\u0001', '\ud7ff')
        .withCharRange('\ue000', '\uffff')
        .ofMinLength(1)
        .ofMaxLength(maxLength)
        .filter(text -> !text.isBlank());
  }

  private static Arbitrary<String> validSlugs() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .numeric()
        .ofMinLength(16)
        .ofMaxLength(40)
        .injectNull(0.7);
  }

  private static <I> Arbitrary<List<I>> ownOnly(I id) {
    return Arbitraries.of(List.<I>of(), List.of(id));
  }

  private static Arbitrary<LocalizedText> validNames() {
    return Combinators.combine(validText(200), validText(200).injectNull(0.5))
        .as(
            (uk, en) ->
                en == null ? LocalizedText.of("uk", uk) : LocalizedText.of("uk", uk, "en", en));
  }

  private static Arbitrary<Span> validSpans() {
    return Combinators.combine(
            validText(300),
            Arbitraries.of(Mark.class).set().ofMaxSize(3),
            Arbitraries.of("https://unn.example/a", "/news", "mailto:a@unn.example")
                .injectNull(0.6))
        .as(Span::new);
  }

  private static Arbitrary<Image> validImages() {
    return Combinators.combine(
            Arbitraries.of(URI.create("https://photos.example/a.jpg")),
            validText(500),
            validText(1000).injectNull(0.5),
            validText(200).injectNull(0.5),
            Arbitraries.integers().between(0, 100_000),
            Arbitraries.integers().between(0, 100_000))
        .as(Image::new);
  }

  private static Arbitrary<List<Source>> validSources() {
    return Combinators.combine(
            validText(200), Arbitraries.of(URI.create("https://lemonde.example/x")).injectNull(0.5))
        .as(Source::new)
        .list()
        .ofMaxSize(2);
  }

  private static Arbitrary<Block> validBlocks() {
    return Arbitraries.oneOf(
        validSpans().list().ofMinSize(1).ofMaxSize(3).map(Block.Paragraph::new),
        Combinators.combine(Arbitraries.integers().between(2, 6), validText(300))
            .as(Block.Heading::new),
        Combinators.combine(
                validSpans().list().ofMinSize(1).ofMaxSize(2), validText(300).injectNull(0.5))
            .as(Block.Quote::new),
        Combinators.combine(
                Arbitraries.of(true, false),
                validSpans().list().ofMinSize(1).ofMaxSize(2).list().ofMinSize(1).ofMaxSize(3))
            .as(Block.ListBlock::new),
        validImages().map(Block.ImageBlock::new),
        Arbitraries.just(new Block.Divider()),
        validText(1000).map(Block.RawHtml::new));
  }

  /** What a command did: stored something, or threw. */
  private record Outcome<T>(Optional<T> stored, RuntimeException refusal) {
    static <T> Outcome<T> of(Supplier<T> command) {
      Outcome<T> outcome;
      try {
        outcome = new Outcome<>(Optional.of(command.get()), null);
      } catch (ValidationException | DuplicateSlugException e) {
        outcome = new Outcome<>(Optional.empty(), e);
      }
      Statistics.label("outcome")
          .collect(outcome.refusal == null ? "stored" : outcome.refusal.getClass().getSimpleName());
      // Guards the generators: a property that only ever sees refusals proves little.
      Statistics.label("outcome")
          .coverage(
              coverage -> {
                coverage.check("stored").count(n -> n > 0);
                coverage.check("ValidationException").count(n -> n > 0);
              });
      return outcome;
    }

    /** Refused by validation with complete violations, or for a slug that really is taken. */
    void assertRefusedProperly(boolean explicitSlugTaken) {
      if (refusal instanceof DuplicateSlugException) {
        assertThat(explicitSlugTaken).as("DuplicateSlugException only for a taken slug").isTrue();
        return;
      }
      ValidationException e = (ValidationException) refusal;
      assertThat(e.violations())
          .isNotEmpty()
          .allSatisfy(
              v -> {
                assertThat(v.rule()).isNotBlank();
                assertThat(v.message()).isNotBlank();
              });
    }
  }
}
