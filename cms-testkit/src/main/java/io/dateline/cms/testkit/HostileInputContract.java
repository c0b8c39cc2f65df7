package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.DirectoryService;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.IllegalTransitionException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ReferenceInUseException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.ValidationException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.changes.Change;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.ContentStorage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;

/**
 * Every public command, driven with generated hostile input, on a real backend: only typed,
 * documented exceptions come out ({@link ValidationException}, {@link NotFoundException}, {@link
 * DuplicateSlugException}, {@link VersionConflictException}, {@link IllegalTransitionException},
 * {@link ReferenceInUseException}), and a refused command leaves the stored data exactly as it was.
 * A {@code StorageException}, a {@code NullPointerException} or any other accident fails the
 * property, and jqwik shrinks the input to the smallest one that still fails.
 *
 * <p>The input is what a hostile or careless client sends: empty and blank text, text far over
 * every limit, control characters, NUL, unpaired surrogates, markup and quotes, raw HTML nested
 * thousands deep, more blocks and spans than the content budget allows, ids of another tenant or of
 * nothing, stale versions, publish times far in the past or beyond what a database can hold, and
 * tenants with malformed names, languages and base URLs.
 *
 * <p>A backend runs the contract by extending this class in its test sources:
 *
 * <pre>{@code
 * class InMemoryHostileInputTest extends HostileInputContract {
 *   @Override
 *   protected ContentStorage createStorage() {
 *     return new InMemoryStorage();
 *   }
 * }
 * }</pre>
 *
 * <p>Each property gets a new {@link Dateline} on {@link #createStorage()} and two fresh tenants
 * (the one commands are sent to, and a foreign one whose ids they try to use), so a shared database
 * needs no cleaning. "Unchanged" is checked on both tenants: their settings, every directory entry,
 * the number of articles and the articles the commands aim at, and their change feed, which must
 * not have grown. Accepted commands are checked too: what a command returns is what a read returns.
 *
 * @since 0.1.0
 */
@Label("Hostile input")
public abstract class HostileInputContract {
  /** Tries per property: enough to reach every kind of input, few enough for every build. */
  protected static final int TRIES = 100;

  private static final Locale UK = Locale.forLanguageTag("uk");

  /** A well-formed BCP 47 tag longer than the 35 characters stores keep. */
  private static final Locale LONG_LANGUAGE_TAG =
      Locale.forLanguageTag("uk-UA-x-abcdefgh-abcdefgh-abcdefgh-abcdefgh");

  private ContentStorage storage;
  private Dateline cms;
  private Site own;
  private Site foreign;

  /** Creates the contract; subclasses only implement {@link #createStorage()}. */
  protected HostileInputContract() {}

  /**
   * The storage under test. Called once per property; the contract creates fresh tenants in it, so
   * a shared storage may be returned.
   *
   * @return the storage; never {@code null}
   */
  protected abstract ContentStorage createStorage();

  /**
   * Called after each property with the storage it used. Closes it by default; a backend that
   * returns a shared storage overrides this to keep it open.
   *
   * @param storage the storage
   */
  protected void releaseStorage(ContentStorage storage) {
    storage.close();
  }

  /** One tenant with one object of each kind, a draft and a published article. */
  private record Site(
      TenantContent content,
      AuthorId author,
      TagId tag,
      SectionId section,
      LocationId location,
      ArticleId draft,
      ArticleId published) {

    static Site create(Dateline cms) {
      TenantId id = SampleContent.newTenantId();
      cms.saveTenant(SampleContent.forTenant(id).tenant());
      TenantContent site = cms.tenant(id);
      LocalizedText name = LocalizedText.of("uk", "Київ", "en", "Kyiv");
      AuthorId author = site.authors().create(AuthorDraft.named(name)).id();
      TagId tag = site.tags().create(TagDraft.of(TagKind.TOPIC, name)).id();
      SectionId section = site.sections().create(SectionDraft.of(name)).id();
      LocationId location = site.locations().create(LocationDraft.of(LocationKind.CITY, name)).id();
      ArticleId draft =
          site.articles()
              .create(
                  ArticleDraft.builder(UK, "Чернетка")
                      .authors(author)
                      .tags(tag)
                      .sections(section)
                      .places(location)
                      .build())
              .id();
      ArticleId published =
          site.articles()
              .publish(site.articles().create(ArticleDraft.builder(UK, "Новина").build()).id())
              .id();
      return new Site(site, author, tag, section, location, draft, published);
    }

    /** Everything a refused command must leave as it was. */
    Object snapshot(Dateline cms, long changesAfter) {
      TenantId id = content.tenant().id();
      List<Object> state = new ArrayList<>();
      state.add(cms.findTenant(id));
      state.add(content.articles().count(ArticleQuery.anyStatus()));
      state.add(content.articles().find(draft));
      state.add(content.articles().find(published));
      state.add(content.authors().list(null, 1000));
      state.add(content.tags().list(null, 1000));
      state.add(content.sections().list(null, 1000));
      state.add(content.locations().list(null, 1000));
      List<Change> changes = cms.changes().read(id, changesAfter, 10);
      state.add(changes);
      return state;
    }
  }

  /** Which object a command names. */
  enum Ref {
    OWN,
    FOREIGN,
    UNKNOWN
  }

  @BeforeProperty
  final void openSites() {
    storage = Objects.requireNonNull(createStorage(), "createStorage() returned null");
    cms = Dateline.builder().storage(storage).build();
    own = Site.create(cms);
    foreign = Site.create(cms);
  }

  @AfterProperty
  final void closeSites() {
    try {
      if (cms != null) {
        cms.close();
      }
    } finally {
      if (storage != null) {
        releaseStorage(storage);
      }
    }
  }

  // ------------------------------------------------------------------ the properties

  /**
   * Creating an article.
   *
   * @param draft a generated draft
   */
  @Property(tries = TRIES)
  @Label("creating an article stores it whole or refuses it with a typed error")
  public void createArticle(@ForAll("articleDrafts") ArticleDraft draft) {
    attempt(() -> own.content.articles().create(draft))
        .ifPresent(
            created -> assertThat(own.content.articles().get(created.id())).isEqualTo(created));
  }

  /**
   * Updating an article.
   *
   * @param target whose article
   * @param staleVersion whether to send an outdated version
   * @param draft a generated draft
   */
  @Property(tries = TRIES)
  @Label("updating an article, of this tenant or not, stores it whole or leaves it as it was")
  public void updateArticle(
      @ForAll Ref target,
      @ForAll("staleVersions") boolean staleVersion,
      @ForAll("articleDrafts") ArticleDraft draft) {
    ArticleId id = article(target);
    long version = own.content.articles().find(id).map(Article::version).orElse(0L);
    attempt(() -> own.content.articles().update(id, staleVersion ? version + 1 : version, draft))
        .ifPresent(updated -> assertThat(own.content.articles().get(id)).isEqualTo(updated));
  }

  /**
   * Lifecycle commands.
   *
   * @param target whose article
   * @param step which command
   * @param publishAt the time for {@code schedule}
   */
  @Property(tries = TRIES)
  @Label(
      "publishing, scheduling and the other lifecycle steps succeed or refuse with a typed error")
  public void lifecycle(
      @ForAll Ref target, @ForAll Step step, @ForAll("publishTimes") Instant publishAt) {
    ArticleId id = article(target);
    var articles = own.content.articles();
    attempt(
            () ->
                switch (step) {
                  case PUBLISH -> articles.publish(id);
                  case SCHEDULE -> articles.schedule(id, publishAt);
                  case UNPUBLISH -> articles.unpublish(id);
                  case ARCHIVE -> articles.archive(id);
                  case CANCEL_SCHEDULE -> articles.cancelSchedule(id);
                })
        .ifPresent(changed -> assertThat(articles.get(id)).isEqualTo(changed));
  }

  /**
   * The extremes of time, which random tries reach only now and then: scheduling for each is
   * refused or stored, never a database error.
   */
  @Example
  @Label("scheduling at the edges of time is stored as asked or refused with a typed error")
  public void scheduleAtTheEdgesOfTime() {
    var articles = own.content.articles();
    for (Instant at :
        List.of(
            Instant.MIN,
            Instant.EPOCH,
            Instant.parse("9999-12-31T23:59:59.999999Z"),
            Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.parse("+294277-01-01T00:00:00Z"),
            Instant.MAX)) {
      ArticleId id = articles.create(ArticleDraft.builder(UK, "Колись").build()).id();
      attempt(() -> articles.schedule(id, at))
          .ifPresent(scheduled -> assertThat(articles.get(id)).isEqualTo(scheduled));
    }
  }

  /** Language tags longer than stores keep, on an article and on a tenant. */
  @Example
  @Label("a language tag longer than stores keep is refused with a typed error")
  public void longLanguageTags() {
    Optional<Article> article =
        attempt(
            () ->
                own.content
                    .articles()
                    .create(ArticleDraft.builder(LONG_LANGUAGE_TAG, "Заголовок").build()));
    assertThat(article).isEmpty();
    Tenant tenant = SampleContent.forNewTenant().tenant();
    Tenant longTag =
        Tenant.builder(
                tenant.id(), tenant.name(), LONG_LANGUAGE_TAG, tenant.timeZone(), tenant.baseUrl())
            .publicationName(tenant.publicationName())
            .supportedLocales(Set.of(LONG_LANGUAGE_TAG))
            .build();
    assertThat(attempt(() -> cms.saveTenant(longTag))).isEmpty();
    assertThat(cms.findTenant(tenant.id())).isEmpty();
  }

  /** An article lifecycle command. */
  enum Step {
    PUBLISH,
    SCHEDULE,
    UNPUBLISH,
    ARCHIVE,
    CANCEL_SCHEDULE
  }

  /**
   * Deleting an article.
   *
   * @param target whose article
   */
  @Property(tries = TRIES)
  @Label("deleting another tenant's or an unknown article is refused and deletes nothing")
  public void deleteArticle(@ForAll Ref target) {
    ArticleId id =
        target == Ref.OWN
            ? own.content.articles().create(ArticleDraft.builder(UK, "На видалення").build()).id()
            : article(target);
    boolean deleted =
        attempt(
                () -> {
                  own.content.articles().delete(id);
                  return true;
                })
            .isPresent();
    assertThat(own.content.articles().find(id)).isEqualTo(Optional.empty());
    assertThat(deleted).isEqualTo(target == Ref.OWN);
  }

  /**
   * Creating directory entries.
   *
   * @param kind which directory
   * @param name a generated name
   * @param slug a generated slug
   * @param extra generated text for the kind's other text fields
   */
  @Property(tries = TRIES)
  @Label("creating an author, tag, location or section stores it or refuses it")
  public void createEntry(
      @ForAll Kind kind,
      @ForAll("names") LocalizedText name,
      @ForAll("slugs") String slug,
      @ForAll("texts") String extra) {
    switch (kind) {
      case AUTHOR -> created(own.content.authors(), authorDraft(slug, name, extra));
      case TAG -> created(own.content.tags(), new TagDraft(TagKind.PERSON, slug, name));
      case LOCATION ->
          created(
              own.content.locations(),
              new LocationDraft(LocationKind.CITY, slug, name, new GeoPoint(50.45, 30.52)));
      case SECTION -> created(own.content.sections(), new SectionDraft(slug, name, null, 0));
    }
  }

  /**
   * Updating directory entries.
   *
   * @param kind which directory
   * @param target whose entry
   * @param name a generated name
   * @param slug a generated slug
   * @param extra generated text for the kind's other text fields
   */
  @Property(tries = TRIES)
  @Label("updating an author, tag, location or section, of this tenant or not, stores or refuses")
  public void updateEntry(
      @ForAll Kind kind,
      @ForAll Ref target,
      @ForAll("names") LocalizedText name,
      @ForAll("slugs") String slug,
      @ForAll("texts") String extra) {
    switch (kind) {
      case AUTHOR ->
          updated(
              own.content.authors(),
              pick(target, own.author, foreign.author, AuthorId::random),
              authorDraft(slug, name, extra));
      case TAG ->
          updated(
              own.content.tags(),
              pick(target, own.tag, foreign.tag, TagId::random),
              new TagDraft(TagKind.ORGANISATION, slug, name));
      case LOCATION ->
          updated(
              own.content.locations(),
              pick(target, own.location, foreign.location, LocationId::random),
              new LocationDraft(LocationKind.REGION, slug, name, null));
      case SECTION ->
          updated(
              own.content.sections(),
              pick(target, own.section, foreign.section, SectionId::random),
              new SectionDraft(
                  slug, name, pick(target, own.section, foreign.section, SectionId::random), 1));
    }
  }

  /**
   * Deleting directory entries.
   *
   * @param kind which directory
   * @param target whose entry
   */
  @Property(tries = TRIES)
  @Label("deleting an entry still in use, of another tenant or unknown, is refused")
  public void deleteEntry(@ForAll Kind kind, @ForAll Ref target) {
    switch (kind) {
      case AUTHOR ->
          deleted(
              own.content.authors(), pick(target, own.author, foreign.author, AuthorId::random));
      case TAG -> deleted(own.content.tags(), pick(target, own.tag, foreign.tag, TagId::random));
      case LOCATION ->
          deleted(
              own.content.locations(),
              pick(target, own.location, foreign.location, LocationId::random));
      case SECTION ->
          deleted(
              own.content.sections(),
              pick(target, own.section, foreign.section, SectionId::random));
    }
  }

  /** A directory of a tenant. */
  enum Kind {
    AUTHOR,
    TAG,
    LOCATION,
    SECTION
  }

  /**
   * Creating tenants.
   *
   * @param replaceOwn save under the id of the tenant under test instead of a new one
   * @param name a generated name
   * @param publicationName a generated publication name
   * @param language a generated default language
   * @param zone a generated time zone
   * @param baseUrl a generated base URL
   */
  @Property(tries = TRIES)
  @Label("saving a tenant stores it or refuses it, leaving any tenant of that id as it was")
  // The generated values include null on purpose; the property checks the tenant is refused.
  @SuppressWarnings("NullAway")
  public void saveTenant(
      @ForAll("staleVersions") boolean replaceOwn,
      @ForAll("texts") String name,
      @ForAll("texts") String publicationName,
      @ForAll("languages") Locale language,
      @ForAll("zones") ZoneId zone,
      @ForAll("uris") URI baseUrl) {
    TenantId id = replaceOwn ? own.content.tenant().id() : SampleContent.newTenantId();
    Set<Locale> languages = null;
    if (language != null) {
      languages = new java.util.LinkedHashSet<>(List.of(language, Locale.ENGLISH));
    }
    Tenant tenant =
        Tenant.builder(id, name, language, zone, baseUrl)
            .publicationName(publicationName)
            .supportedLocales(languages)
            .build();
    Optional<Tenant> before = cms.findTenant(id);
    Optional<Tenant> saved = attempt(() -> cms.saveTenant(tenant));
    assertThat(cms.findTenant(id)).isEqualTo(saved.isPresent() ? saved : before);
  }

  /**
   * Unknown tenants.
   *
   * @param raw a generated tenant id
   */
  @Property(tries = TRIES)
  @Label("an unknown tenant id is a NotFoundException, never another tenant's content")
  public void unknownTenant(@ForAll("tenantIds") String raw) {
    TenantId id = TenantId.of(raw);
    attempt(() -> cms.tenant(id)).ifPresent(site -> assertThat(site.tenant().id()).isEqualTo(id));
  }

  // ------------------------------------------------------------------ running one command

  /**
   * Runs a command. It either returns, or throws one of the documented exceptions and leaves both
   * tenants exactly as they were; any other exception escapes and fails the property.
   */
  private <T> Optional<T> attempt(Supplier<T> command) {
    long position = cms.changes().head();
    Object ownBefore = own.snapshot(cms, position);
    Object foreignBefore = foreign.snapshot(cms, position);
    try {
      return Optional.ofNullable(command.get());
    } catch (ValidationException e) {
      assertThat(e.violations())
          .isNotEmpty()
          .allSatisfy(
              v -> {
                assertThat(v.path()).isNotNull();
                assertThat(v.rule()).isNotBlank();
                assertThat(v.message()).isNotBlank();
              });
    } catch (NotFoundException
        | DuplicateSlugException
        | VersionConflictException
        | IllegalTransitionException
        | ReferenceInUseException e) {
      assertThat(e.getMessage()).isNotBlank();
    }
    assertThat(own.snapshot(cms, position)).as("the tenant after a refusal").isEqualTo(ownBefore);
    assertThat(foreign.snapshot(cms, position))
        .as("the other tenant after a refusal")
        .isEqualTo(foreignBefore);
    return Optional.empty();
  }

  private <T, I, D> void created(DirectoryService<T, I, D> service, D draft) {
    attempt(() -> service.create(draft))
        .ifPresent(
            entry -> assertThat(service.list(null, 1000)).as("the stored entries").contains(entry));
  }

  private <T, I, D> void updated(DirectoryService<T, I, D> service, I id, D draft) {
    attempt(() -> service.update(id, draft))
        .ifPresent(entry -> assertThat(service.get(id)).isEqualTo(entry));
  }

  private <T, I, D> void deleted(DirectoryService<T, I, D> service, I id) {
    // The own entries are referenced by the own draft article, so every delete is refused.
    boolean done =
        attempt(
                () -> {
                  service.delete(id);
                  return true;
                })
            .isPresent();
    assertThat(done).as("deleted an entry that is in use or not this tenant's").isFalse();
  }

  private static AuthorDraft authorDraft(String slug, LocalizedText name, String extra) {
    return new AuthorDraft(slug, name, name, extra, URI.create("https://unn.example/p.jpg"));
  }

  private ArticleId article(Ref target) {
    return pick(target, own.draft, foreign.draft, ArticleId::random);
  }

  private static <I> I pick(Ref target, I ownId, I foreignId, Supplier<I> random) {
    return switch (target) {
      case OWN -> ownId;
      case FOREIGN -> foreignId;
      case UNKNOWN -> random.get();
    };
  }

  // ------------------------------------------------------------------ generators

  /**
   * Text as a hostile client sends it.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<String> texts() {
    return hostileText();
  }

  private static Arbitrary<String> hostileText() {
    return Arbitraries.frequencyOf(
            Tuple.of(
                4,
                Arbitraries.of(
                    "",
                    " ",
                    "\t\r\n",
                    "Київ",
                    "Джо Байден",
                    "kyiv",
                    "news@unn.example",
                    "<script>alert(1)</script>",
                    "'; DROP TABLE dateline_article; --",
                    "\"\\{}[]",
                    "\u2028\u2029\u0085",
                    "\u202eevil\u202c",
                    "e\u0301\u0301\u0301",
                    "\ud83c\uddfa\ud83c\udde6",
                    "\u0000",
                    "a\u0000b",
                    "\ud800",
                    "\udfff tail",
                    "end \ud83d",
                    "\uffff\ufffe")),
            Tuple.of(3, Arbitraries.strings().all().ofMaxLength(30)),
            Tuple.of(
                2,
                Arbitraries.strings()
                    .withCharRange('\u0000', '\u001f')
                    .withChars('\u007f', '\ud800', '\udbff', '\udc00', '\udfff', 'a', 'ї')
                    .ofMaxLength(12)),
            Tuple.of(
                1,
                Combinators.combine(
                        Arbitraries.of("ж", "a", "&", "\u0000", "\ud800", "<b>"),
                        Arbitraries.of(
                            119, 120, 121, 200, 201, 300, 301, 2_000, 2_001, 20_001, 200_001))
                    .as((unit, times) -> unit.repeat(times))))
        .injectNull(0.05);
  }

  /**
   * Slugs: valid, malformed, hostile, or none.
   *
   * @return the arbitrary
   */
  @Provide
  // Hostile input includes null on purpose (jqwik's just() is declared non-null): the contract
  // checks that the service refuses it with a ValidationException.
  @SuppressWarnings("NullAway")
  Arbitrary<String> slugs() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.<String>just(null)),
        Tuple.of(
            2,
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(12)
                .ofMaxLength(20)
                .map(s -> "h-" + s)),
        Tuple.of(1, Arbitraries.of("kyiv", "a--b", "-a", "A", "x".repeat(121))),
        Tuple.of(2, hostileText()));
  }

  /**
   * Names in one or more languages, hostile text included.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<LocalizedText> names() {
    Arbitrary<Locale> keys =
        Arbitraries.of(UK, Locale.ENGLISH, Locale.forLanguageTag("pl"), Locale.ROOT)
            .injectNull(0.05);
    return Combinators.combine(
            keys.list().ofMinSize(0).ofMaxSize(3), hostileText().list().ofSize(3))
        .as(
            (languages, texts) -> {
              Map<Locale, String> values = new LinkedHashMap<>();
              for (int i = 0; i < languages.size(); i++) {
                values.put(languages.get(i), texts.get(i));
              }
              return new LocalizedText(values);
            })
        .injectNull(0.03);
  }

  /**
   * Whether a command sends a stale version (or, for tenants, replaces the tenant under test).
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Boolean> staleVersions() {
    return Arbitraries.of(true, false, false);
  }

  /**
   * Publish times: none, past, present, near future, and beyond what a database keeps.
   *
   * @return the arbitrary
   */
  @Provide
  // Hostile input includes null on purpose (jqwik's just() is declared non-null): the contract
  // checks that the service refuses it with a ValidationException.
  @SuppressWarnings("NullAway")
  Arbitrary<Instant> publishTimes() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.<Instant>just(null)),
        Tuple.of(
            3,
            Arbitraries.of(
                    Duration.ofDays(-365),
                    Duration.ZERO,
                    Duration.ofNanos(1),
                    Duration.ofHours(1),
                    Duration.ofDays(3650))
                .map(d -> Instant.now().plus(d))),
        Tuple.of(
            2,
            Arbitraries.of(
                Instant.parse("9999-12-31T23:59:59.999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("+294277-01-01T00:00:00Z"),
                Instant.MAX,
                Instant.MIN,
                Instant.EPOCH)));
  }

  /**
   * Default languages of a tenant.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                UK, Locale.ENGLISH, Locale.ROOT, Locale.forLanguageTag("uk-UA"), LONG_LANGUAGE_TAG),
            Arbitraries.strings().all().ofMaxLength(12).map(Locale::forLanguageTag))
        .injectNull(0.1);
  }

  /**
   * Time zones of a tenant.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZoneId.of("Europe/Kyiv"), ZoneId.of("UTC"), ZoneId.of("+14:00"))
        .injectNull(0.1);
  }

  /**
   * URIs: good, with user info, query or fragment, other schemes, relative, hostile.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<URI> uris() {
    return Arbitraries.frequencyOf(
            Tuple.of(
                3,
                Arbitraries.of(
                    "https://unn.example/",
                    "https://unn.example/news/",
                    "https://unn.example/?utm=1",
                    "https://unn.example/#top",
                    "https://editor:secret@unn.example/",
                    "ftp://unn.example/",
                    "javascript:alert(1)",
                    "/relative",
                    "https:///nohost",
                    "https://unn.example/\ud800",
                    "https://" + "a".repeat(3000) + ".example/")),
            Tuple.of(1, hostileText()))
        .map(HostileInputContract::lenientUri)
        .injectNull(0.05);
  }

  private static @Nullable URI lenientUri(String text) {
    if (text == null) {
      return null;
    }
    try {
      return new URI(text);
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /**
   * Tenant ids of tenants that were never saved.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<String> tenantIds() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(63),
        Arbitraries.just("x".repeat(63)),
        Arbitraries.create(() -> SampleContent.newTenantId().value()));
  }

  /**
   * Article drafts: hostile in every field, or valid but for one or two.
   *
   * @return the arbitrary
   */
  @Provide
  Arbitrary<ArticleDraft> articleDrafts() {
    return Arbitraries.oneOf(articleDrafts(100), articleDrafts(15));
  }

  // Hostile input includes null on purpose (jqwik's just() is declared non-null): the contract
  // checks that the service refuses it with a ValidationException.
  @SuppressWarnings("NullAway")
  private Arbitrary<ArticleDraft> articleDrafts(int wild) {
    Arbitrary<Ref> refs = Arbitraries.of(Ref.class);
    return Builders.withBuilder(() -> ArticleDraft.builder(UK, "Заголовок"))
        .use(mostly(Arbitraries.<String>just(null), slugs(), wild))
        .in(ArticleDraft.Builder::slug)
        .use(mostly(Arbitraries.just(UK), languages(), wild))
        .in(ArticleDraft.Builder::language)
        .use(mostly(Arbitraries.just("Заголовок новини"), hostileText(), wild))
        .in(ArticleDraft.Builder::headline)
        .use(mostly(Arbitraries.just("Лід"), hostileText(), wild))
        .in(ArticleDraft.Builder::lead)
        .use(mostly(Arbitraries.just(List.of(Block.Paragraph.of("Текст"))), bodies(), wild))
        .in((b, body) -> b.body(body))
        .use(mostly(Arbitraries.just(Ref.OWN), refs, wild))
        .in((b, r) -> b.authors(pick(r, own.author, foreign.author, AuthorId::random)))
        .use(mostly(Arbitraries.just(Ref.OWN), refs, wild))
        .in((b, r) -> b.tags(pick(r, own.tag, foreign.tag, TagId::random)))
        .use(mostly(Arbitraries.just(Ref.OWN), refs, wild))
        .in((b, r) -> b.sections(pick(r, own.section, foreign.section, SectionId::random)))
        .use(mostly(Arbitraries.just(Ref.OWN), refs, wild))
        .in((b, r) -> b.dateline(pick(r, own.location, foreign.location, LocationId::random)))
        .use(mostly(Arbitraries.just(Ref.OWN), refs, wild))
        .in((b, r) -> b.related(pick(r, own.published, foreign.published, ArticleId::random)))
        .use(
            mostly(
                Arbitraries.<ArticleId>just(null),
                refs.map(r -> pick(r, own.published, foreign.published, ArticleId::random)),
                wild))
        .in(ArticleDraft.Builder::translationOf)
        .use(mostly(Arbitraries.just(List.<Source>of()), sources(), wild))
        .in((b, s) -> b.sources(s))
        .use(mostly(Arbitraries.just(Seo.NONE), seo(), wild))
        .in(ArticleDraft.Builder::seo)
        .use(mostly(Arbitraries.<Image>just(null), images(), wild))
        .in(ArticleDraft.Builder::featuredImage)
        .build(ArticleDraft.Builder::build);
  }

  private Arbitrary<List<Block>> bodies() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, blocks().list().ofMaxSize(4)),
        Tuple.of(
            1,
            Arbitraries.of(0, 1_000, 1_001)
                .map(n -> Collections.nCopies(n, (Block) new Block.Divider()))),
        Tuple.of(1, Arbitraries.just(Collections.<Block>nCopies(2, null))));
  }

  private Arbitrary<Block> blocks() {
    Arbitrary<List<Span>> spanRuns =
        Arbitraries.frequencyOf(
            Tuple.of(8, spans().list().ofMaxSize(3)),
            Tuple.of(1, Arbitraries.of(500, 501).map(n -> Collections.nCopies(n, Span.text("с")))));
    return Arbitraries.oneOf(
        spanRuns.map(Block.Paragraph::new),
        Combinators.combine(Arbitraries.integers().between(0, 8), hostileText())
            .as(Block.Heading::new),
        Combinators.combine(spanRuns, hostileText()).as(Block.Quote::new),
        Combinators.combine(Arbitraries.of(true, false), spanRuns.list().ofMaxSize(3))
            .as(Block.ListBlock::new),
        images().map(Block.ImageBlock::new),
        Combinators.combine(
                images().list().ofMaxSize(Block.GalleryBlock.MAX_IMAGES + 1), hostileText())
            .as(Block.GalleryBlock::new),
        Combinators.combine(uris(), hostileText(), hostileText()).as(Block.Embed::new),
        Arbitraries.just(new Block.Divider()),
        rawHtml().map(Block.RawHtml::new));
  }

  private Arbitrary<String> rawHtml() {
    return Arbitraries.oneOf(
        hostileText(),
        Arbitraries.of(
            "<p onclick=\"x()\">a<script>alert(1)</script></p>",
            "<a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)>",
            "<svg><animate attributeName=href values=javascript:alert(1)></svg>",
            "&".repeat(150_000)),
        Arbitraries.of(1, 32, 33, 3_000, 15_000)
            .map(depth -> "<div>".repeat(depth) + "x" + "</div>".repeat(depth)),
        Arbitraries.of(10, 40, 5_000).map(depth -> "<ul><li>".repeat(depth)));
  }

  private Arbitrary<Span> spans() {
    Arbitrary<Set<Mark>> marks =
        Arbitraries.of(Mark.class).injectNull(0.05).list().ofMaxSize(3).map(HashSet::new);
    Arbitrary<String> links =
        Arbitraries.oneOf(
                Arbitraries.of(
                    "https://unn.example/a",
                    "/news",
                    "//evil.example",
                    "javascript:alert(1)",
                    "java\tscript:alert(1)",
                    "mailto:a@unn.example"),
                hostileText())
            .injectNull(0.5);
    return Combinators.combine(hostileText(), marks.injectNull(0.1), links)
        .as(Span::new)
        .injectNull(0.03);
  }

  private Arbitrary<Image> images() {
    return Combinators.combine(
            uris(),
            hostileText(),
            hostileText(),
            hostileText(),
            Arbitraries.integers(),
            Arbitraries.integers())
        .as(Image::new)
        .injectNull(0.2);
  }

  private Arbitrary<List<Source>> sources() {
    return Combinators.combine(hostileText(), uris())
        .as(Source::new)
        .injectNull(0.05)
        .list()
        .ofMaxSize(3);
  }

  private Arbitrary<Seo> seo() {
    return Combinators.combine(hostileText(), hostileText(), uris(), Arbitraries.of(true, false))
        .as(Seo::new)
        .injectNull(0.3);
  }

  /** The valid value, or in {@code wild} percent of cases the hostile one. */
  private static <T> Arbitrary<T> mostly(Arbitrary<T> valid, Arbitrary<T> hostile, int wild) {
    if (wild >= 100) {
      return hostile;
    }
    return Arbitraries.frequencyOf(Tuple.of(100 - wild, valid), Tuple.of(wild, hostile));
  }
}
