package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.VersionConflictException;
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
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.DirectoryRepository;
import io.dateline.cms.spi.ReferenceIds;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.views.ViewTotal;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The bodies of the storage contract's tests, grouped as the contract interfaces are ({@link
 * TenantContract}, {@link ArticleContract}, the four directory contracts, {@link ListingContract}
 * ...). Each interface's test method runs one method here on a fresh instance over the storage the
 * interface supplies. Not a test class itself.
 */
final class StorageChecks {

  /** The most threads any race uses. */
  static final int THREADS = 8;

  private static final Instant T0 = SampleContent.REFERENCE_TIME;
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Locale EN = Locale.ENGLISH;

  /** The order of every listing: publish time, then id, both descending. */
  private static final Comparator<Article> LISTING_ORDER =
      Comparator.comparing(Article::publishAt).thenComparing(Article::id).reversed();

  private final ContentStorage storage;

  /**
   * Checks over one storage.
   *
   * @param storage the storage under test
   */
  StorageChecks(ContentStorage storage) {
    this.storage = Objects.requireNonNull(storage, "the contract's storage method returned null");
  }

  // ---------------------------------------------------------------------------------------------
  // Tenants
  // ---------------------------------------------------------------------------------------------

  class Tenants {

    void savedTenantRoundTrips() {
      Tenant tenant =
          Tenant.builder(
                  SampleContent.newTenantId(),
                  "Українські національні новини — «УНН» " + "ї".repeat(150),
                  UK,
                  ZoneId.of("Europe/Kyiv"),
                  URI.create("https://unn.example.org/news/"))
              .publicationName("УНН")
              .supportedLocales(Set.of(UK, EN, Locale.forLanguageTag("pt-BR")))
              .build();
      requireValid(tenant);

      storage.tenants().save(tenant);

      assertThat(storage.tenants().find(tenant.id())).contains(tenant);
      assertThat(storage.tenants().find(tenant.id()).orElseThrow().supportedLocales())
          .containsExactlyInAnyOrder(UK, EN, Locale.forLanguageTag("pt-BR"));
    }

    void unknownTenantIsEmpty() {
      assertThat(storage.tenants().find(SampleContent.newTenantId())).isEmpty();
    }

    void saveReplaces() {
      SampleContent sample = SampleContent.forNewTenant();
      Tenant first = sample.tenant();
      storage.tenants().save(first);
      Tenant second =
          Tenant.builder(
                  first.id(),
                  "Renamed newsroom",
                  EN,
                  ZoneId.of("Europe/Warsaw"),
                  URI.create("https://renamed.example.org/"))
              .publicationName("Renamed News")
              .supportedLocales(Set.of(EN))
              .build();

      storage.tenants().save(second);

      assertThat(storage.tenants().find(first.id())).contains(second);
      assertThat(storage.tenants().findAll())
          .filteredOn(t -> t.id().equals(first.id()))
          .containsExactly(second);
    }

    void findAllIsOrderedById() {
      String base = SampleContent.newTenantId().value();
      // '-' < '0' < 'a' in code-point order; a locale-aware collation that skips hyphens would
      // put "-b" last instead of first.
      List<TenantId> expected =
          List.of(TenantId.of(base + "-b"), TenantId.of(base + "0"), TenantId.of(base + "a"));
      for (int i : new int[] {2, 0, 1}) {
        storage.tenants().save(SampleContent.forTenant(expected.get(i)).tenant());
      }

      List<TenantId> listed =
          storage.tenants().findAll().stream()
              .map(Tenant::id)
              .filter(id -> id.value().startsWith(base))
              .toList();

      assertThat(listed).containsExactlyElementsOf(expected);
      List<TenantId> all = storage.tenants().findAll().stream().map(Tenant::id).toList();
      assertThat(all).isSorted();
    }

    void findAllIsUnmodifiable() {
      SampleContent sample = SampleContent.forNewTenant();
      storage.tenants().save(sample.tenant());

      List<Tenant> all = storage.tenants().findAll();

      assertThat(all).contains(sample.tenant());
      assertThatThrownBy(() -> all.add(SampleContent.forNewTenant().tenant()))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    void newTenantStorageIsEmpty() {
      Site site = newSite();
      TenantStorage store = site.store;

      assertThat(store.tenantId()).isEqualTo(site.id());
      assertThat(store.articles().list(ArticleQuery.anyStatus()).items()).isEmpty();
      assertThat(store.articles().count(ArticleQuery.anyStatus())).isZero();
      assertThat(store.articles().findDue(T0.plusSeconds(1_000_000_000L), 10)).isEmpty();
      assertThat(store.authors().list(null, 10)).isEmpty();
      assertThat(store.tags().list(null, 10)).isEmpty();
      assertThat(store.locations().list(null, 10)).isEmpty();
      assertThat(store.sections().list(null, 10)).isEmpty();
    }

    void unsavedTenantStorageReadsNothing() {
      TenantStorage store = storage.tenant(SampleContent.newTenantId());

      assertThat(store.articles().findById(ArticleId.random())).isEmpty();
      assertThat(store.articles().findBySlug("anything")).isEmpty();
      assertThat(store.articles().count(ArticleQuery.anyStatus())).isZero();
      assertThat(store.authors().findBySlug("anything")).isEmpty();
      assertThat(store.sections().list(null, 5)).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Articles
  // ---------------------------------------------------------------------------------------------

  class Articles {

    void insertStoresVersionZero() {
      Site site = newSite();

      Article stored = site.articles().insert(site.sample.article().version(7).build());

      assertThat(stored.version()).isZero();
      assertThat(site.articles().findById(stored.id())).contains(stored);
    }

    void insertedArticleIsFound() {
      Site site = newSite();
      Article first = site.insert(site.sample.article("first-story"));
      Article second = site.insert(site.sample.article("second-story"));

      assertThat(site.articles().findById(first.id())).contains(first);
      assertThat(site.articles().findBySlug("second-story")).contains(second);
      assertThat(site.articles().findByIds(List.of(first.id(), ArticleId.random(), second.id())))
          .containsExactlyInAnyOrder(first, second);
    }

    void unknownFindsNothing() {
      Site site = newSite();
      site.insert(site.sample.article("present"));

      assertThat(site.articles().findById(ArticleId.random())).isEmpty();
      assertThat(site.articles().findBySlug("absent")).isEmpty();
      assertThat(site.articles().findByIds(List.of())).isEmpty();
      assertThat(site.articles().findByIds(List.of(ArticleId.random(), ArticleId.random())))
          .isEmpty();
    }

    void findByIdsDeduplicates() {
      Site site = newSite();
      Article article = site.insert(site.sample.article());

      assertThat(site.articles().findByIds(List.of(article.id(), article.id())))
          .containsExactly(article);
    }

    void updateIncrementsVersion() {
      Site site = newSite();
      Article v0 = site.insert(site.sample.article());

      Article v1 = site.articles().update(v0.toBuilder().headline("Друга редакція").build());
      Article v2 = site.articles().update(v1.toBuilder().lead("Третя редакція").build());

      assertThat(v1.version()).isEqualTo(1);
      assertThat(v1.headline()).isEqualTo("Друга редакція");
      assertThat(v2.version()).isEqualTo(2);
      assertThat(v2.headline()).isEqualTo("Друга редакція");
      assertThat(v2.lead()).isEqualTo("Третя редакція");
      assertThat(site.articles().findById(v0.id())).contains(v2);
    }

    void staleUpdateFails() {
      Site site = newSite();
      Article v0 = site.insert(site.sample.article());
      Article v1 = site.articles().update(v0.toBuilder().headline("Перша правка").build());

      assertThatThrownBy(
              () -> site.articles().update(v0.toBuilder().headline("Запізніла правка").build()))
          .isInstanceOf(VersionConflictException.class);

      assertThat(site.articles().findById(v0.id())).contains(v1);
    }

    void futureVersionUpdateFails() {
      Site site = newSite();
      Article v0 = site.insert(site.sample.article());

      assertThatThrownBy(
              () -> site.articles().update(v0.toBuilder().headline("x").version(5).build()))
          .isInstanceOf(VersionConflictException.class);

      assertThat(site.articles().findById(v0.id())).contains(v0);
    }

    void updateOfMissingFails() {
      Site site = newSite();
      Article never = site.sample.article().build();

      assertThatThrownBy(() -> site.articles().update(never)).isInstanceOf(NotFoundException.class);

      assertThat(site.articles().findById(never.id())).isEmpty();
      assertThat(site.articles().findBySlug(never.slug())).isEmpty();
    }

    void updateChangesSlug() {
      Site site = newSite();
      Article v0 = site.insert(site.sample.article("old-slug"));

      Article v1 = site.articles().update(v0.toBuilder().slug("new-slug").build());

      assertThat(site.articles().findBySlug("new-slug")).contains(v1);
      assertThat(site.articles().findBySlug("old-slug")).isEmpty();
      Article reuse = site.insert(site.sample.article("old-slug"));
      assertThat(site.articles().findBySlug("old-slug")).contains(reuse);
    }

    void deleteRemoves() {
      Site site = newSite();
      Article doomed = site.insert(site.sample.article("doomed"));
      Article kept = site.insert(site.sample.article("kept"));

      assertThat(site.articles().delete(doomed.id())).isTrue();

      assertThat(site.articles().findById(doomed.id())).isEmpty();
      assertThat(site.articles().findBySlug("doomed")).isEmpty();
      assertThat(site.articles().findById(kept.id())).contains(kept);
      assertThat(site.articles().delete(doomed.id())).isFalse();
      assertThat(site.articles().delete(ArticleId.random())).isFalse();
      Article again = site.insert(site.sample.article("doomed"));
      assertThat(site.articles().findBySlug("doomed")).contains(again);
    }

    void everyFieldRoundTrips() {
      Site site = newSite();
      TwoOfEach r = site.twoOfEach();
      Article related1 = site.insert(site.sample.article());
      Article related2 = site.insert(site.sample.article());
      Article original =
          site.sample
              .richArticle()
              .authors(List.of(r.a2.id(), r.a1.id()))
              .primarySection(r.s1.id())
              .sections(List.of(r.s1.id(), r.s2.id()))
              .tags(List.of(r.t2.id(), r.t1.id()))
              .dateline(r.l1.id())
              .places(List.of(r.l2.id(), r.l1.id()))
              .related(List.of(related2.id(), related1.id()))
              .translationKey(related1.id())
              .language(Locale.forLanguageTag("en-GB"))
              .build();
      requireValid(original);
      assertThat(
              original.body().stream().<Class<?>>map(Object::getClass).collect(Collectors.toSet()))
          .as("the sample body covers every block kind")
          .containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());

      Article stored = site.articles().insert(original);
      Article found = site.articles().findById(original.id()).orElseThrow();

      assertThat(stored).isEqualTo(original);
      assertThat(found).usingRecursiveComparison().isEqualTo(original);
      assertThat(found).isEqualTo(original);
      assertThat(found.body()).containsExactlyElementsOf(original.body());
      assertThat(found.authors()).containsExactly(r.a2.id(), r.a1.id());
      assertThat(found.places()).containsExactly(r.l2.id(), r.l1.id());
      assertThat(found.language().toLanguageTag()).isEqualTo("en-GB");
    }

    void sparseArticleRoundTrips() {
      Site site = newSite();
      Article sparse =
          Article.builder()
              .tenantId(site.id())
              .id(ArticleId.random())
              .slug("s")
              .language(UK)
              .headline("Х")
              .lead("")
              .body(List.of())
              .seo(Seo.NONE)
              .status(ArticleStatus.DRAFT)
              .createdAt(T0)
              .updatedAt(T0)
              .build();
      requireValid(sparse);

      site.articles().insert(sparse);

      Article found = site.articles().findById(sparse.id()).orElseThrow();
      assertThat(found).isEqualTo(sparse);
      assertThat(found.primarySection()).isNull();
      assertThat(found.dateline()).isNull();
      assertThat(found.featuredImage()).isNull();
      assertThat(found.publishAt()).isNull();
      assertThat(found.firstPublishedAt()).isNull();
      assertThat(found.seo()).isEqualTo(Seo.NONE);
      assertThat(found.lead()).isEmpty();
    }

    void timesKeepMicroseconds() {
      Site site = newSite();
      Article v0 =
          site.insert(
              site.sample
                  .article()
                  .status(ArticleStatus.SCHEDULED)
                  .publishAt(Instant.parse("2030-01-01T00:00:00.000001Z"))
                  .firstPublishedAt(Instant.parse("1999-12-31T23:59:59.999999Z"))
                  .createdAt(Instant.parse("2026-06-30T12:00:00.100001Z"))
                  .updatedAt(Instant.parse("2026-06-30T12:00:00.100002Z")));

      Article found = site.articles().findById(v0.id()).orElseThrow();
      assertThat(found.publishAt()).isEqualTo("2030-01-01T00:00:00.000001Z");
      assertThat(found.firstPublishedAt()).isEqualTo("1999-12-31T23:59:59.999999Z");
      assertThat(found.createdAt()).isEqualTo("2026-06-30T12:00:00.100001Z");
      assertThat(found.updatedAt()).isEqualTo("2026-06-30T12:00:00.100002Z");

      Instant later = Instant.parse("2026-07-01T08:15:30.654321Z");
      site.articles().update(found.toBuilder().updatedAt(later).build());
      assertThat(site.articles().findById(v0.id()).orElseThrow().updatedAt()).isEqualTo(later);
    }

    void textsAtTheLimitsRoundTrip() {
      Site site = newSite();
      String link = "https://example.org/" + "я".repeat(1980);
      Article big =
          site.sample
              .article("a".repeat(120))
              .headline("Ж".repeat(300))
              .lead("є".repeat(1998) + "🙂")
              .body(
                  List.of(
                      new Block.Paragraph(List.of(new Span("ї".repeat(20_000), Set.of(), link))),
                      new Block.Heading(2, "Ш".repeat(300)),
                      new Block.Quote(List.of(Span.text("ц")), "А".repeat(300)),
                      new Block.Embed(
                          URI.create("https://example.org/e"), "p".repeat(50), "Т".repeat(300)),
                      new Block.ImageBlock(
                          new Image(
                              URI.create("https://example.org/i.jpg"),
                              "а".repeat(500),
                              "к".repeat(1000),
                              "ф".repeat(200),
                              100_000,
                              100_000)),
                      new Block.RawHtml("<p>" + "ґ".repeat(199_993) + "</p>")))
              .sources(
                  IntStream.range(0, 50)
                      .mapToObj(i -> Source.named(String.format("%03d", i) + "Д".repeat(197)))
                      .toList())
              .seo(new Seo("С".repeat(200), "О".repeat(400), null, false))
              .build();
      requireValid(big);

      site.articles().insert(big);

      assertThat(site.articles().findById(big.id())).contains(big);
    }

    void listsAtTheLimitsRoundTrip() {
      Site site = newSite();
      List<AuthorId> authors = times(50, () -> site.author().id());
      List<SectionId> sections = times(20, () -> site.section().id());
      List<TagId> tags = times(100, () -> site.tag().id());
      List<LocationId> places = times(50, () -> site.location().id());
      List<ArticleId> related = times(20, () -> site.insert(site.sample.article()).id());
      List<Block> body =
          IntStream.range(0, 2000).mapToObj(i -> (Block) Block.Paragraph.of("Абзац " + i)).toList();
      Article big =
          site.sample
              .article()
              .authors(reversed(authors))
              .sections(reversed(sections))
              .tags(reversed(tags))
              .places(reversed(places))
              .related(reversed(related))
              .body(body)
              .build();
      requireValid(big);

      site.articles().insert(big);

      Article found = site.articles().findById(big.id()).orElseThrow();
      assertThat(found.authors()).containsExactlyElementsOf(reversed(authors));
      assertThat(found.sections()).containsExactlyElementsOf(reversed(sections));
      assertThat(found.tags()).containsExactlyElementsOf(reversed(tags));
      assertThat(found.places()).containsExactlyElementsOf(reversed(places));
      assertThat(found.related()).containsExactlyElementsOf(reversed(related));
      assertThat(found.body()).containsExactlyElementsOf(body);
      assertThat(found).isEqualTo(big);
    }

    void translationsByKey() {
      Site site = newSite();
      Article original = site.insert(site.sample.article().language(UK));
      Article english =
          site.insert(
              site.sample
                  .article()
                  .language(Locale.forLanguageTag("en-GB"))
                  .translationKey(original.id()));
      Article german =
          site.insert(site.sample.article().language(Locale.GERMAN).translationKey(original.id()));
      Article unrelated = site.insert(site.sample.article().language(EN));

      assertThat(site.articles().findByTranslationKey(original.id()))
          .containsExactly(german, english, original);
      assertThat(site.articles().findByTranslationKey(unrelated.id())).containsExactly(unrelated);
      assertThat(site.articles().findByTranslationKey(ArticleId.random())).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Directories: one contract, run for each of the four kinds
  // ---------------------------------------------------------------------------------------------

  /**
   * The contract of {@link DirectoryRepository}, run once per kind by the nested subclasses below.
   *
   * @param <T> the stored type
   * @param <I> its id type
   */
  abstract class DirectoryContract<T, I> {
    private final String kind;
    private final Function<TenantStorage, ? extends DirectoryRepository<T, I>> repository;
    private final Function<T, I> idOf;
    private final Function<T, String> slugOf;
    private final Function<T, LocalizedText> nameOf;
    private final Supplier<I> randomId;

    /**
     * Describes the kind.
     *
     * @param kind the name {@link DuplicateSlugException#kind()} reports
     */
    DirectoryContract(
        String kind,
        Function<TenantStorage, ? extends DirectoryRepository<T, I>> repository,
        Function<T, I> idOf,
        Function<T, String> slugOf,
        Function<T, LocalizedText> nameOf,
        Supplier<I> randomId) {
      this.kind = kind;
      this.repository = repository;
      this.idOf = idOf;
      this.slugOf = slugOf;
      this.nameOf = nameOf;
      this.randomId = randomId;
    }

    /** A valid value with this slug, not stored. */
    abstract T sample(Site site, String slug);

    /**
     * Values covering every optional field (set and unset), every enum constant and the length
     * limits, in an order they can be inserted in (anything they refer to is already stored or
     * earlier in the list).
     */
    abstract List<T> variety(Site site);

    /** The same id with the given slug and every other field changed. */
    abstract T changed(Site site, T value, String slug);

    /** The same value claiming to belong to another tenant. */
    abstract T ofTenant(T value, TenantId tenant);

    private String kind() {
      return kind;
    }

    private DirectoryRepository<T, I> repository(Site site) {
      return repository.apply(site.store);
    }

    private I idOf(T value) {
      return idOf.apply(value);
    }

    private String slugOf(T value) {
      return slugOf.apply(value);
    }

    private LocalizedText nameOf(T value) {
      return nameOf.apply(value);
    }

    private I randomId() {
      return randomId.get();
    }

    private T insert(Site site, T value) {
      repository(site).insert(value);
      return value;
    }

    private T insert(Site site, String slug) {
      return insert(site, sample(site, slug));
    }

    void insertedIsFound() {
      Site site = newSite();
      T first = insert(site, "first");
      T second = insert(site, "second");

      assertThat(repository(site).findById(idOf(first))).contains(first);
      assertThat(repository(site).findBySlug("second")).contains(second);
      assertThat(repository(site).findByIds(List.of(idOf(second), randomId(), idOf(first))))
          .containsExactlyInAnyOrder(first, second);
      assertThat(repository(site).findByIds(List.of(idOf(first), idOf(first))))
          .containsExactly(first);
    }

    void unknownFindsNothing() {
      Site site = newSite();
      insert(site, "present");

      assertThat(repository(site).findById(randomId())).isEmpty();
      assertThat(repository(site).findBySlug("absent")).isEmpty();
      assertThat(repository(site).findByIds(List.of())).isEmpty();
      assertThat(repository(site).findByIds(List.of(randomId()))).isEmpty();
    }

    void everyFieldRoundTrips() {
      Site site = newSite();
      List<T> values = variety(site);
      values.forEach(StorageChecks::requireValid);

      values.forEach(v -> repository(site).insert(v));

      for (T value : values) {
        T found = repository(site).findById(idOf(value)).orElseThrow();
        assertThat(found).isEqualTo(value);
        assertThat(nameOf(found).values().keySet())
            .as("languages of %s in insertion order", slugOf(value))
            .containsExactlyElementsOf(nameOf(value).values().keySet());
        assertThat(repository(site).findBySlug(slugOf(value))).contains(value);
      }
    }

    void updateReplaces() {
      Site site = newSite();
      T original = insert(site, "original");
      T next = changed(site, original, "original");
      requireValid(next);

      repository(site).update(next);

      assertThat(repository(site).findById(idOf(original))).contains(next);
      assertThat(repository(site).findBySlug("original")).contains(next);
    }

    void updateChangesSlug() {
      Site site = newSite();
      T original = insert(site, "old-slug");
      T renamed = changed(site, original, "new-slug");

      repository(site).update(renamed);

      assertThat(repository(site).findBySlug("new-slug")).contains(renamed);
      assertThat(repository(site).findBySlug("old-slug")).isEmpty();
      T reuse = insert(site, "old-slug");
      assertThat(repository(site).findBySlug("old-slug")).contains(reuse);
    }

    void updateOfMissingFails() {
      Site site = newSite();
      T never = sample(site, "never");

      assertThatThrownBy(() -> repository(site).update(never))
          .isInstanceOf(NotFoundException.class);

      assertThat(repository(site).findById(idOf(never))).isEmpty();
      assertThat(repository(site).findBySlug("never")).isEmpty();
    }

    void deleteRemoves() {
      Site site = newSite();
      T doomed = insert(site, "doomed");
      T kept = insert(site, "kept");

      assertThat(repository(site).delete(idOf(doomed))).isTrue();

      assertThat(repository(site).findById(idOf(doomed))).isEmpty();
      assertThat(repository(site).findBySlug("doomed")).isEmpty();
      assertThat(repository(site).findById(idOf(kept))).contains(kept);
      assertThat(repository(site).delete(idOf(doomed))).isFalse();
      assertThat(repository(site).delete(randomId())).isFalse();
      assertThat(repository(site).list(null, 10)).containsExactly(kept);
    }

    void listOrdersBySlug() {
      Site site = newSite();
      // Code-point order: "a" < "a-c" < "a1" < "ab" < "b". A collation that ignores hyphens
      // would sort "a-c" after "ab".
      List<String> slugs = List.of("a", "a-c", "a1", "ab", "b");
      Map<String, T> bySlug = new HashMap<>();
      for (String slug : List.of("ab", "b", "a-c", "a", "a1")) {
        bySlug.put(slug, insert(site, slug));
      }
      Function<List<String>, List<T>> values = list -> list.stream().map(bySlug::get).toList();

      assertThat(repository(site).list(null, 10)).containsExactlyElementsOf(values.apply(slugs));
      assertThat(repository(site).list(null, 2))
          .containsExactlyElementsOf(values.apply(slugs.subList(0, 2)));
      assertThat(repository(site).list("a-c", 2))
          .containsExactlyElementsOf(values.apply(List.of("a1", "ab")));
      assertThat(repository(site).list("a0", 10))
          .containsExactlyElementsOf(values.apply(List.of("a1", "ab", "b")));
      assertThat(repository(site).list("ab", 10))
          .containsExactlyElementsOf(values.apply(List.of("b")));
      assertThat(repository(site).list("b", 10)).isEmpty();
      assertThat(repository(site).list("z", 1)).isEmpty();
    }

    void listWalksAllPages() {
      Site site = newSite();
      List<T> inserted = times(7, () -> insert(site, site.sample.nextSlug("item")));
      List<T> expected = inserted.stream().sorted(Comparator.comparing(this::slugOf)).toList();

      List<T> walked = new ArrayList<>();
      String after = null;
      for (int page = 0; page < 10; page++) {
        List<T> items = repository(site).list(after, 3);
        assertThat(items).hasSizeLessThanOrEqualTo(3);
        walked.addAll(items);
        if (items.size() < 3) {
          break;
        }
        after = slugOf(items.get(items.size() - 1));
      }

      assertThat(walked).containsExactlyElementsOf(expected);
    }

    void duplicateSlugRejected() {
      Site site = newSite();
      T first = insert(site, "taken");
      T second = sample(site, "taken");

      assertThatThrownBy(() -> repository(site).insert(second))
          .isInstanceOfSatisfying(
              DuplicateSlugException.class,
              e -> {
                assertThat(e.slug()).isEqualTo("taken");
                assertThat(e.kind()).isEqualTo(kind());
              });

      assertThat(repository(site).findById(idOf(second))).isEmpty();
      assertThat(repository(site).findBySlug("taken")).contains(first);
      assertThat(repository(site).list(null, 10)).containsExactly(first);
    }

    void sameSlugInAnotherTenant() {
      Site a = newSite();
      Site b = newSite();
      T inA = insert(a, "shared");

      T inB = insert(b, "shared");

      assertThat(repository(a).findBySlug("shared")).contains(inA);
      assertThat(repository(b).findBySlug("shared")).contains(inB);
    }

    void updateToTakenSlugRejected() {
      Site site = newSite();
      T holder = insert(site, "holder");
      T mover = insert(site, "mover");

      assertThatThrownBy(() -> repository(site).update(changed(site, mover, "holder")))
          .isInstanceOf(DuplicateSlugException.class);

      assertThat(repository(site).findById(idOf(mover))).contains(mover);
      assertThat(repository(site).findBySlug("holder")).contains(holder);
      assertThat(repository(site).findBySlug("mover")).contains(mover);
    }

    void concurrentInsertsOfOneSlug() {
      Site site = newSite();
      List<T> candidates = times(THREADS, () -> sample(site, "contested"));

      List<ThreadRace.Outcome<Integer>> outcomes =
          ThreadRace.run(
              THREADS,
              i -> {
                repository(site).insert(candidates.get(i));
                return i;
              });

      assertSingleWinner(outcomes, DuplicateSlugException.class);
      int winner = winnerOf(outcomes);
      assertThat(repository(site).findBySlug("contested")).contains(candidates.get(winner));
      assertThat(repository(site).list(null, 2 * THREADS)).containsExactly(candidates.get(winner));
    }

    void otherTenantIsInvisible() {
      Site a = newSite();
      Site b = newSite();
      T inA = insert(a, "shared");
      T inB = insert(b, "shared");
      T onlyInB = insert(b, "only-b");

      assertThat(repository(a).findById(idOf(inB))).isEmpty();
      assertThat(repository(a).findById(idOf(onlyInB))).isEmpty();
      assertThat(repository(a).findByIds(List.of(idOf(inA), idOf(inB), idOf(onlyInB))))
          .containsExactly(inA);
      assertThat(repository(a).findBySlug("shared")).contains(inA);
      assertThat(repository(a).findBySlug("only-b")).isEmpty();
      assertThat(repository(a).list(null, 10)).containsExactly(inA);
      assertThat(repository(a).list("a", 10)).containsExactly(inA);
    }

    void otherTenantIsUntouchable() {
      Site a = newSite();
      Site b = newSite();
      T inA = insert(a, "shared");
      T inB = insert(b, "shared");

      T hijack = ofTenant(changed(b, inB, "hijacked"), a.id());
      assertThatThrownBy(() -> repository(a).update(hijack)).isInstanceOf(NotFoundException.class);
      assertThat(repository(a).delete(idOf(inB))).isFalse();

      assertThat(repository(b).findById(idOf(inB))).contains(inB);
      assertThat(repository(b).findBySlug("shared")).contains(inB);
      assertThat(repository(a).findById(idOf(inA))).contains(inA);
      assertThat(repository(a).findBySlug("hijacked")).isEmpty();
    }

    void valueOfAnotherTenantRejected() {
      Site a = newSite();
      Site b = newSite();
      T foreign = sample(b, "foreign");
      T storedInB = insert(b, "stored-in-b");

      assertThatThrownBy(() -> repository(a).insert(foreign))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> repository(a).update(changed(b, storedInB, "stored-in-b")))
          .isInstanceOf(IllegalArgumentException.class);

      assertThat(repository(a).findById(idOf(foreign))).isEmpty();
      assertThat(repository(b).findById(idOf(foreign))).isEmpty();
      assertThat(repository(a).list(null, 10)).isEmpty();
      assertThat(repository(b).findById(idOf(storedInB))).contains(storedInB);
    }
  }

  class Authors extends DirectoryContract<Author, AuthorId> {
    Authors() {
      super(
          "author",
          TenantStorage::authors,
          Author::id,
          Author::slug,
          Author::name,
          AuthorId::random);
    }

    @Override
    Author sample(Site site, String slug) {
      return site.sample.author(slug);
    }

    @Override
    List<Author> variety(Site site) {
      String email = "a".repeat(64) + "@" + ("b".repeat(63) + ".").repeat(3) + "c".repeat(63);
      return List.of(
          site.sample.author("full"),
          new Author(
              site.id(),
              AuthorId.random(),
              "bare",
              LocalizedText.of("uk", "Анонім"),
              LocalizedText.empty(),
              null,
              null),
          new Author(
              site.id(),
              AuthorId.random(),
              "longest",
              longNames(),
              new LocalizedText(Map.of(UK, "б".repeat(5000), EN, "b".repeat(5000))),
              email,
              URI.create("https://cdn.example.org/" + "p".repeat(1000) + ".jpg")));
    }

    @Override
    Author changed(Site site, Author value, String slug) {
      return new Author(
          value.tenantId(),
          value.id(),
          slug,
          SampleContent.inThreeLanguages("Changed name"),
          LocalizedText.of("en", "A new bio."),
          null,
          URI.create("https://cdn.example.org/new.png"));
    }

    @Override
    Author ofTenant(Author v, TenantId tenant) {
      return new Author(tenant, v.id(), v.slug(), v.name(), v.bio(), v.email(), v.imageUrl());
    }
  }

  class Tags extends DirectoryContract<Tag, TagId> {
    Tags() {
      super("tag", TenantStorage::tags, Tag::id, Tag::slug, Tag::name, TagId::random);
    }

    @Override
    Tag sample(Site site, String slug) {
      return site.sample.tag(slug);
    }

    @Override
    List<Tag> variety(Site site) {
      List<Tag> tags = new ArrayList<>();
      for (TagKind kind : TagKind.values()) {
        tags.add(
            new Tag(
                site.id(),
                TagId.random(),
                kind,
                kind.name().toLowerCase(Locale.ROOT),
                SampleContent.inThreeLanguages(kind.name())));
      }
      tags.add(new Tag(site.id(), TagId.random(), TagKind.PERSON, "longest", longNames()));
      return tags;
    }

    @Override
    Tag changed(Site site, Tag value, String slug) {
      TagKind kind = value.kind() == TagKind.EVENT ? TagKind.PERSON : TagKind.EVENT;
      return new Tag(
          value.tenantId(), value.id(), kind, slug, LocalizedText.of("en", "Eurovision 2026"));
    }

    @Override
    Tag ofTenant(Tag v, TenantId tenant) {
      return new Tag(tenant, v.id(), v.kind(), v.slug(), v.name());
    }
  }

  class Locations extends DirectoryContract<Location, LocationId> {
    Locations() {
      super(
          "location",
          TenantStorage::locations,
          Location::id,
          Location::slug,
          Location::name,
          LocationId::random);
    }

    @Override
    Location sample(Site site, String slug) {
      return site.sample.location(slug);
    }

    @Override
    List<Location> variety(Site site) {
      return List.of(
          new Location(
              site.id(),
              LocationId.random(),
              LocationKind.CITY,
              "sydney",
              SampleContent.inThreeLanguages("Sydney"),
              new GeoPoint(-33.868820, 151.209295)),
          new Location(
              site.id(),
              LocationId.random(),
              LocationKind.REGION,
              "south-pole-to-date-line",
              LocalizedText.of("en", "Corner"),
              new GeoPoint(-90, -180)),
          new Location(
              site.id(),
              LocationId.random(),
              LocationKind.COUNTRY,
              "north-pole-to-date-line",
              LocalizedText.of("uk", "Кут"),
              new GeoPoint(90, 180)),
          new Location(
              site.id(),
              LocationId.random(),
              LocationKind.COUNTRY,
              "nowhere-in-particular",
              longNames(),
              null));
    }

    @Override
    Location changed(Site site, Location value, String slug) {
      LocationKind kind =
          value.kind() == LocationKind.REGION ? LocationKind.COUNTRY : LocationKind.REGION;
      return new Location(
          value.tenantId(),
          value.id(),
          kind,
          slug,
          SampleContent.inThreeLanguages("Lviv oblast"),
          new GeoPoint(49.839683, 24.029717));
    }

    @Override
    Location ofTenant(Location v, TenantId tenant) {
      return new Location(tenant, v.id(), v.kind(), v.slug(), v.name(), v.coordinates());
    }
  }

  class Sections extends DirectoryContract<Section, SectionId> {
    Sections() {
      super(
          "section",
          TenantStorage::sections,
          Section::id,
          Section::slug,
          Section::name,
          SectionId::random);
    }

    @Override
    Section sample(Site site, String slug) {
      return site.sample.section(slug, null);
    }

    @Override
    List<Section> variety(Site site) {
      Section root =
          new Section(
              site.id(), SectionId.random(), "news", LocalizedText.of("uk", "Новини"), null, 0);
      Section child =
          new Section(
              site.id(),
              SectionId.random(),
              "news-politics",
              SampleContent.inThreeLanguages("Politics"),
              root.id(),
              10_000);
      Section grandchild =
          new Section(
              site.id(), SectionId.random(), "news-politics-eu", longNames(), child.id(), 7);
      return List.of(root, child, grandchild);
    }

    @Override
    Section changed(Site site, Section value, String slug) {
      Section parent = site.section();
      return new Section(
          value.tenantId(),
          value.id(),
          slug,
          SampleContent.inThreeLanguages("Economy"),
          parent.id(),
          value.position() + 1);
    }

    @Override
    Section ofTenant(Section v, TenantId tenant) {
      return new Section(tenant, v.id(), v.slug(), v.name(), v.parentId(), v.position());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Unique article slugs
  // ---------------------------------------------------------------------------------------------

  class ArticleSlugs {

    void duplicateRejected() {
      Site site = newSite();
      Article first = site.insert(site.sample.article("taken"));
      Article second = site.sample.article("taken").build();

      assertThatThrownBy(() -> site.articles().insert(second))
          .isInstanceOfSatisfying(
              DuplicateSlugException.class,
              e -> {
                assertThat(e.slug()).isEqualTo("taken");
                assertThat(e.kind()).isEqualTo("article");
              });

      assertThat(site.articles().findById(second.id())).isEmpty();
      assertThat(site.articles().findBySlug("taken")).contains(first);
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isEqualTo(1);
    }

    void sameSlugInAnotherTenant() {
      Site a = newSite();
      Site b = newSite();
      Article inA = a.insert(a.sample.article("shared"));

      Article inB = b.insert(b.sample.article("shared"));

      assertThat(a.articles().findBySlug("shared")).contains(inA);
      assertThat(b.articles().findBySlug("shared")).contains(inB);
    }

    void updateToTakenSlugRejected() {
      Site site = newSite();
      Article holder = site.insert(site.sample.article("holder"));
      Article mover = site.insert(site.sample.article("mover"));

      assertThatThrownBy(
              () ->
                  site.articles()
                      .update(mover.toBuilder().slug("holder").headline("Змінено").build()))
          .isInstanceOf(DuplicateSlugException.class);

      assertThat(site.articles().findById(mover.id())).contains(mover);
      assertThat(site.articles().findBySlug("holder")).contains(holder);
      assertThat(site.articles().findBySlug("mover")).contains(mover);
    }

    void keepingOwnSlugIsFine() {
      Site site = newSite();
      Article article = site.insert(site.sample.article("mine"));

      Article updated = site.articles().update(article.toBuilder().headline("Нове").build());

      assertThat(updated.slug()).isEqualTo("mine");
      assertThat(site.articles().findBySlug("mine")).contains(updated);
    }

    void concurrentInsertsOfOneSlug() {
      Site site = newSite();
      List<Article> candidates = times(THREADS, () -> site.sample.article("contested").build());

      List<ThreadRace.Outcome<Article>> outcomes =
          ThreadRace.run(THREADS, i -> site.articles().insert(candidates.get(i)));

      assertSingleWinner(outcomes, DuplicateSlugException.class);
      Article winner = winnerOf(outcomes);
      assertThat(site.articles().findBySlug("contested")).contains(winner);
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isEqualTo(1);
    }

    void concurrentInsertsAcrossTenants() {
      List<Site> sites = times(THREADS, StorageChecks.this::newSite);

      List<Article> stored =
          ThreadRace.runAll(
              THREADS, i -> sites.get(i).insert(sites.get(i).sample.article("everywhere")));

      for (int i = 0; i < THREADS; i++) {
        assertThat(sites.get(i).articles().findBySlug("everywhere")).contains(stored.get(i));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Listing and pagination
  // ---------------------------------------------------------------------------------------------

  class Listing {

    void ordersByPublishTimeThenId() {
      Site site = newSite();
      Instant t1 = T0.plusSeconds(100);
      Instant t2 = T0.plusSeconds(200);
      Article highBit = site.insert(site.sample.publishedArticle(t1).id(highBitId()));
      List<Article> all =
          List.of(
              site.insert(site.sample.publishedArticle(t2)),
              site.insert(site.sample.publishedArticle(t1)),
              highBit,
              site.insert(site.sample.publishedArticle(t1)),
              site.insert(site.sample.publishedArticle(t1)),
              site.insert(site.sample.publishedArticle(T0)));

      List<Article> listed = site.articles().list(ArticleQuery.published()).items();

      assertThat(listed).containsExactlyElementsOf(sorted(all));
      assertThat(listed.get(1))
          .as("an id with its top bit set is the greatest when compared unsigned")
          .isEqualTo(highBit);
    }

    void microsecondsMatterInOrder() {
      Site site = newSite();
      List<ArticleId> ids = times(3, ArticleId::random);
      Collections.sort(ids);
      Article oldest = site.insert(site.sample.publishedArticle(T0).id(ids.get(2)));
      Article middle =
          site.insert(site.sample.publishedArticle(T0.plusNanos(1_000)).id(ids.get(1)));
      Article newest =
          site.insert(site.sample.publishedArticle(T0.plusNanos(2_000)).id(ids.get(0)));

      assertThat(site.articles().list(ArticleQuery.published()).items())
          .containsExactly(newest, middle, oldest);
    }

    void withoutPublishTimeNotListed() {
      Site site = newSite();
      Article published = site.insert(site.sample.publishedArticle(T0));
      site.insert(site.sample.article());
      site.insert(site.sample.article());

      assertThat(site.articles().list(ArticleQuery.anyStatus()).items()).containsExactly(published);
      assertThat(site.articles().list(ArticleQuery.withStatus(ArticleStatus.DRAFT)).items())
          .isEmpty();
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isEqualTo(3);
      assertThat(site.articles().count(ArticleQuery.withStatus(ArticleStatus.DRAFT))).isEqualTo(2);
    }

    void filtersByStatus() {
      Site site = newSite();
      Article published = site.insert(site.sample.publishedArticle(T0.plusSeconds(30)));
      Article scheduled =
          site.insert(
              site.sample.article().status(ArticleStatus.SCHEDULED).publishAt(T0.plusSeconds(90)));
      Article unpublished =
          site.insert(
              site.sample.publishedArticle(T0.plusSeconds(20)).status(ArticleStatus.UNPUBLISHED));
      Article archived =
          site.insert(
              site.sample.publishedArticle(T0.plusSeconds(10)).status(ArticleStatus.ARCHIVED));
      site.insert(site.sample.article());

      assertListing(site, ArticleQuery.published(), List.of(published), 1);
      assertListing(
          site,
          ArticleQuery.withStatus(ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED),
          List.of(published, unpublished),
          2);
      assertListing(site, ArticleQuery.withStatus(ArticleStatus.SCHEDULED), List.of(scheduled), 1);
      assertListing(site, ArticleQuery.withStatus(ArticleStatus.ARCHIVED), List.of(archived), 1);
      assertListing(
          site, ArticleQuery.anyStatus(), List.of(scheduled, published, unpublished, archived), 5);
    }

    void filtersByLanguage() {
      Catalog c = catalog();

      assertFilter(c, q -> q.inLanguage(EN), List.of(c.x3, c.x2), 2);
      assertFilter(c, q -> q.inLanguage(Locale.forLanguageTag("en-GB")), List.of(c.x3, c.x2), 2);
      assertFilter(c, q -> q.inLanguage(UK), List.of(c.x4, c.x1), 4);
      assertFilter(c, q -> q.inLanguage(Locale.GERMAN), List.of(), 0);
    }

    void filtersBySection() {
      Catalog c = catalog();

      assertFilter(c, q -> q.inSection(c.refs.s1.id()), List.of(c.x2, c.x1), 4);
      assertFilter(c, q -> q.inSection(c.refs.s2.id()), List.of(c.x3, c.x2), 2);
    }

    void filtersByTag() {
      Catalog c = catalog();

      assertFilter(c, q -> q.withTag(c.refs.t1.id()), List.of(c.x2, c.x1), 4);
      assertFilter(c, q -> q.withTag(c.refs.t2.id()), List.of(c.x3, c.x2), 2);
    }

    void filtersByAuthor() {
      Catalog c = catalog();

      assertFilter(c, q -> q.byAuthor(c.refs.a1.id()), List.of(c.x3, c.x1), 4);
      assertFilter(c, q -> q.byAuthor(c.refs.a2.id()), List.of(c.x3, c.x2), 2);
    }

    void filtersByLocation() {
      Catalog c = catalog();

      assertFilter(c, q -> q.atLocation(c.refs.l1.id()), List.of(c.x2, c.x1), 3);
      assertFilter(c, q -> q.atLocation(c.refs.l2.id()), List.of(c.x3), 1);
    }

    void filtersByExclusive() {
      Catalog c = catalog();

      assertFilter(c, q -> q.exclusive(true), List.of(c.x4, c.x1), 3);
      assertFilter(c, q -> q.exclusive(false), List.of(c.x3, c.x2), 3);
      assertFilter(c, q -> q.exclusive(null), List.of(c.x4, c.x3, c.x2, c.x1), 6);
    }

    void combinesFilters() {
      Catalog c = catalog();
      UnaryOperator<ArticleQuery> everything =
          q ->
              q.inLanguage(UK)
                  .inSection(c.refs.s1.id())
                  .withTag(c.refs.t1.id())
                  .byAuthor(c.refs.a1.id())
                  .atLocation(c.refs.l1.id())
                  .exclusive(true);

      assertFilter(c, everything, List.of(c.x1), 2);
      assertListing(
          c.site,
          everything.apply(
              ArticleQuery.withStatus(ArticleStatus.PUBLISHED, ArticleStatus.UNPUBLISHED)),
          List.of(c.x1, c.x5),
          2);
      assertFilter(c, q -> everything.apply(q).exclusive(false), List.of(), 0);
      assertFilter(c, q -> q.inSection(c.refs.s1.id()).withTag(c.refs.t2.id()), List.of(c.x2), 1);
      assertFilter(c, q -> q.inSection(c.refs.s2.id()).byAuthor(c.refs.a1.id()), List.of(c.x3), 1);
    }

    void unknownFilterMatchesNothing() {
      Catalog c = catalog();

      Page<Article> page = c.site.articles().list(published().withTag(TagId.random()));

      assertThat(page.items()).isEmpty();
      assertThat(page.next()).isNull();
      assertThat(c.site.articles().count(ArticleQuery.anyStatus().inSection(SectionId.random())))
          .isZero();
    }

    void limitAndCursor() {
      Site site = newSite();
      List<Article> all =
          indexed(5, i -> site.insert(site.sample.publishedArticle(T0.plusSeconds(i))));

      Page<Article> page = site.articles().list(ArticleQuery.published().limit(2));

      assertThat(page.items()).containsExactlyElementsOf(sorted(all).subList(0, 2));
      Article last = page.items().get(1);
      assertThat(page.next()).isEqualTo(new PageCursor(publishTime(last), last.id()));
      assertThat(page.hasNext()).isTrue();
    }

    void fullLastPageHasNoCursor() {
      Site site = newSite();
      List<Article> all =
          indexed(4, i -> site.insert(site.sample.publishedArticle(T0.plusSeconds(i))));

      Page<Article> first = site.articles().list(ArticleQuery.published().limit(2));
      Page<Article> second =
          site.articles().list(ArticleQuery.published().limit(2).after(first.next()));
      Page<Article> everything = site.articles().list(ArticleQuery.published().limit(4));

      assertThat(second.items()).containsExactlyElementsOf(sorted(all).subList(2, 4));
      assertThat(second.next()).isNull();
      assertThat(everything.items()).hasSize(4);
      assertThat(everything.next()).isNull();
    }

    void cursorWalksEverything() {
      Site site = newSite();
      List<Article> all = new ArrayList<>();
      for (int i = 0; i < 17; i++) {
        // Runs of three equal times, so that page boundaries fall inside ties.
        Article.Builder b = site.sample.publishedArticle(T0.plusSeconds(i / 3));
        all.add(site.insert(i % 5 == 0 ? b.id(highBitId()) : b));
      }

      List<Article> walked = walk(site.articles(), ArticleQuery.published().limit(4));

      assertThat(walked).containsExactlyElementsOf(sorted(all));
    }

    void cursorWalksFiltered() {
      Site site = newSite();
      Section section = site.section();
      List<Article> inSection = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Article.Builder b = site.sample.publishedArticle(T0.plusSeconds(i / 2));
        if (i % 3 != 0) {
          inSection.add(site.insert(b.sections(List.of(section.id()))));
        } else {
          site.insert(b);
        }
      }

      List<Article> walked =
          walk(site.articles(), ArticleQuery.published().inSection(section.id()).limit(3));

      assertThat(walked).containsExactlyElementsOf(sorted(inSection));
    }

    void newArticlesDuringPagingStayOut() {
      Site site = newSite();
      List<Article> originals =
          indexed(10, i -> site.insert(site.sample.publishedArticle(T0.plusSeconds(100 + i / 2))));
      ArticleQuery query = ArticleQuery.published().limit(3);

      Page<Article> page = site.articles().list(query);
      List<Article> walked = new ArrayList<>(page.items());
      List<Article> newer = new ArrayList<>();
      Article older = null;
      while (page.hasNext()) {
        newer.add(site.insert(site.sample.publishedArticle(T0.plusSeconds(1000 + newer.size()))));
        if (older == null) {
          older = site.insert(site.sample.publishedArticle(T0));
        }
        page = site.articles().list(query.after(page.next()));
        walked.addAll(page.items());
      }

      List<Article> expected = new ArrayList<>(sorted(originals));
      expected.add(older);
      assertThat(walked)
          .as("originals once each, in order, then the older article published meanwhile")
          .containsExactlyElementsOf(expected);
      assertThat(site.articles().list(ArticleQuery.published().limit(newer.size())).items())
          .containsExactlyElementsOf(sorted(newer));
    }

    void pagingWhileAnotherThreadPublishes() {
      Site site = newSite();
      List<Article> originals =
          indexed(12, i -> site.insert(site.sample.publishedArticle(T0.plusSeconds(100 + i / 3))));
      Semaphore published = new Semaphore(0);
      int writes = 8;

      List<List<Article>> results =
          ThreadRace.runAll(
              2,
              thread -> {
                if (thread == 0) {
                  for (int i = 0; i < writes; i++) {
                    site.insert(site.sample.publishedArticle(T0.plusSeconds(10_000 + i)));
                    published.release();
                  }
                  return List.of();
                }
                List<Article> walked = new ArrayList<>();
                ArticleQuery query = ArticleQuery.published().limit(3);
                Page<Article> page = site.articles().list(query);
                walked.addAll(page.items());
                while (page.hasNext()) {
                  // Let the writer publish between pages.
                  if (!published.tryAcquire(ThreadRace.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("the writer stalled");
                  }
                  page = site.articles().list(query.after(page.next()));
                  walked.addAll(page.items());
                }
                return walked;
              });

      List<Article> walked = results.get(1);
      assertThat(walked).doesNotHaveDuplicates();
      assertThat(walked).isSortedAccordingTo(LISTING_ORDER);
      assertThat(walked).containsSubsequence(sorted(originals));
      assertThat(walked.stream().filter(originals::contains).toList())
          .containsExactlyElementsOf(sorted(originals));
    }

    void countIgnoresLimitAndCursor() {
      Site site = newSite();
      List<Article> all =
          indexed(5, i -> site.insert(site.sample.publishedArticle(T0.plusSeconds(i))));
      Article newest = sorted(all).get(0);

      long count =
          site.articles()
              .count(
                  ArticleQuery.published()
                      .limit(1)
                      .after(new PageCursor(publishTime(newest), newest.id())));

      assertThat(count).isEqualTo(5);
    }

    /** Builds the articles the filter tests query. */
    private Catalog catalog() {
      Site site = newSite();
      TwoOfEach r = site.twoOfEach();
      Article x1 =
          site.insert(
              site.sample
                  .publishedArticle(T0.plusSeconds(10))
                  .language(UK)
                  .sections(List.of(r.s1.id()))
                  .tags(List.of(r.t1.id()))
                  .authors(List.of(r.a1.id()))
                  .dateline(r.l1.id())
                  .exclusive(true));
      Article x2 =
          site.insert(
              site.sample
                  .publishedArticle(T0.plusSeconds(20))
                  .language(EN)
                  .sections(List.of(r.s2.id(), r.s1.id()))
                  .tags(List.of(r.t1.id(), r.t2.id()))
                  .authors(List.of(r.a2.id()))
                  .places(List.of(r.l1.id())));
      Article x3 =
          site.insert(
              site.sample
                  .publishedArticle(T0.plusSeconds(30))
                  .language(Locale.forLanguageTag("en-GB"))
                  .sections(List.of(r.s2.id()))
                  .tags(List.of(r.t2.id()))
                  .authors(List.of(r.a1.id(), r.a2.id()))
                  .dateline(r.l2.id())
                  .places(List.of(r.l2.id())));
      Article x4 =
          site.insert(
              site.sample.publishedArticle(T0.plusSeconds(40)).language(UK).exclusive(true));
      Article x5 =
          site.insert(
              site.sample
                  .publishedArticle(T0.plusSeconds(5))
                  .status(ArticleStatus.UNPUBLISHED)
                  .language(UK)
                  .sections(List.of(r.s1.id()))
                  .tags(List.of(r.t1.id()))
                  .authors(List.of(r.a1.id()))
                  .dateline(r.l1.id())
                  .exclusive(true));
      Article x6 =
          site.insert(
              site.sample
                  .article()
                  .language(UK)
                  .sections(List.of(r.s1.id()))
                  .tags(List.of(r.t1.id()))
                  .authors(List.of(r.a1.id())));
      return new Catalog(site, r, x1, x2, x3, x4, x5, x6);
    }
  }

  /**
   * Articles for the filter tests. Published: x1 (uk, s1, t1, a1, dateline l1, exclusive, t+10), x2
   * (en, s2 then s1, t1 and t2, a2, place l1, t+20), x3 (en-GB, s2, t2, a1 and a2, dateline and
   * place l2, t+30), x4 (uk, nothing, exclusive, t+40). Not published: x5 (unpublished, like x1,
   * t+5) and x6 (draft without publish time, uk, s1, t1, a1).
   */
  private record Catalog(
      Site site,
      TwoOfEach refs,
      Article x1,
      Article x2,
      Article x3,
      Article x4,
      Article x5,
      Article x6) {}

  // ---------------------------------------------------------------------------------------------
  // Due articles
  // ---------------------------------------------------------------------------------------------

  class DueArticles {

    void findDueReturnsScheduledOnly() {
      Site site = newSite();
      Instant now = T0.plusSeconds(3600);
      Article dueEarly = site.insert(scheduled(site, now.minusSeconds(180)));
      Article dueNow = site.insert(scheduled(site, now));
      Article dueLater = site.insert(scheduled(site, now.minusSeconds(60)));
      site.insert(scheduled(site, now.plusNanos(1_000)));
      site.insert(site.sample.publishedArticle(now.minusSeconds(300)));
      site.insert(
          site.sample.publishedArticle(now.minusSeconds(400)).status(ArticleStatus.UNPUBLISHED));
      site.insert(site.sample.article());

      assertThat(site.articles().findDue(now, 10)).containsExactly(dueEarly, dueLater, dueNow);
    }

    void findDueRespectsLimit() {
      Site site = newSite();
      Instant now = T0.plusSeconds(3600);
      List<Article> due =
          indexed(5, i -> site.insert(scheduled(site, now.minusSeconds(10L * (5 - i)))));

      assertThat(site.articles().findDue(now, 2)).containsExactly(due.get(0), due.get(1));
      assertThat(site.articles().findDue(now, 1)).containsExactly(due.get(0));
    }

    void nothingDue() {
      Site site = newSite();
      site.insert(scheduled(site, T0.plusSeconds(60)));

      assertThat(site.articles().findDue(T0, 10)).isEmpty();
      assertThat(site.articles().findDue(T0.plusSeconds(60), 10)).hasSize(1);
    }

    void publishedLeavesDue() {
      Site site = newSite();
      Article due = site.insert(scheduled(site, T0));

      site.articles()
          .update(due.toBuilder().status(ArticleStatus.PUBLISHED).firstPublishedAt(T0).build());

      assertThat(site.articles().findDue(T0.plusSeconds(1), 10)).isEmpty();
      assertThat(site.articles().list(ArticleQuery.published()).items())
          .extracting(Article::id)
          .containsExactly(due.id());
    }

    private Article.Builder scheduled(Site site, Instant publishAt) {
      return site.sample.article().status(ArticleStatus.SCHEDULED).publishAt(publishAt);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Concurrency
  // ---------------------------------------------------------------------------------------------

  class Concurrency {

    void oneWinnerPerVersion() {
      Site site = newSite();
      Article start = site.insert(site.sample.article());

      List<ThreadRace.Outcome<Article>> outcomes =
          ThreadRace.run(
              THREADS,
              i ->
                  site.articles().update(start.toBuilder().headline("Версія потоку " + i).build()));

      assertSingleWinner(outcomes, VersionConflictException.class);
      Article winner = winnerOf(outcomes);
      assertThat(winner.version()).isEqualTo(start.version() + 1);
      assertThat(site.articles().findById(start.id())).contains(winner);
    }

    void retriesLoseNothing() {
      Site site = newSite();
      Article start = site.insert(site.sample.article());
      int threads = 6;
      int perThread = 5;
      List<List<TagId>> tagsPerThread =
          times(threads, () -> times(perThread, () -> site.tag().id()));

      ThreadRace.runAll(
          threads,
          t -> {
            for (TagId tag : tagsPerThread.get(t)) {
              appendTagWithRetries(site.articles(), start.id(), tag);
            }
            return null;
          });

      Article end = site.articles().findById(start.id()).orElseThrow();
      assertThat(end.tags())
          .containsExactlyInAnyOrderElementsOf(
              tagsPerThread.stream().flatMap(List::stream).toList());
      for (List<TagId> own : tagsPerThread) {
        assertThat(end.tags().stream().filter(own::contains).toList())
            .as("each thread's tags in the order it appended them")
            .containsExactlyElementsOf(own);
      }
      assertThat(end.version()).isEqualTo(threads * perThread);
    }

    void differentArticlesDoNotConflict() {
      Site site = newSite();
      List<Article> articles = times(THREADS, () -> site.insert(site.sample.article()));

      ThreadRace.runAll(
          THREADS,
          t -> {
            Article current = articles.get(t);
            for (int i = 1; i <= 5; i++) {
              current = site.articles().update(current.toBuilder().headline("Правка " + i).build());
            }
            return current;
          });

      for (Article article : articles) {
        Article end = site.articles().findById(article.id()).orElseThrow();
        assertThat(end.version()).isEqualTo(5);
        assertThat(end.headline()).isEqualTo("Правка 5");
      }
    }

    void oneDeleteWins() {
      Site site = newSite();
      Article doomed = site.insert(site.sample.article());

      List<Boolean> results = ThreadRace.runAll(THREADS, i -> site.articles().delete(doomed.id()));

      assertThat(results).containsOnlyOnce(true);
      assertThat(site.articles().findById(doomed.id())).isEmpty();
    }

    void readsAreNeverTorn() {
      Site site = newSite();
      List<TagId> tags = times(3, () -> site.tag().id());
      Article start = site.articles().insert(revision(site.sample.article(), 0, tags));
      AtomicBoolean writing = new AtomicBoolean(true);

      List<Integer> reads =
          ThreadRace.runAll(
              3,
              thread -> {
                if (thread == 0) {
                  try {
                    Article current = start;
                    for (int rev = 1; rev <= 30; rev++) {
                      current = site.articles().update(revision(current.toBuilder(), rev, tags));
                    }
                    return 30;
                  } finally {
                    writing.set(false);
                  }
                }
                int count = 0;
                do {
                  Article seen = site.articles().findById(start.id()).orElseThrow();
                  long rev = seen.version();
                  assertThat(seen.headline()).isEqualTo("rev " + rev);
                  assertThat(seen.lead()).isEqualTo("rev " + rev);
                  assertThat(seen.body()).containsExactly(Block.Paragraph.of("rev " + rev));
                  assertThat(seen.sources()).containsExactly(Source.named("rev " + rev));
                  assertThat(seen.tags()).containsExactly(tags.get((int) (rev % tags.size())));
                  count++;
                } while (writing.get());
                return count;
              });

      assertThat(reads.subList(1, 3)).allSatisfy(n -> assertThat(n).isPositive());
      assertThat(site.articles().findById(start.id()).orElseThrow().version()).isEqualTo(30);
    }

    private Article revision(Article.Builder builder, int rev, List<TagId> tags) {
      return builder
          .headline("rev " + rev)
          .lead("rev " + rev)
          .body(List.of(Block.Paragraph.of("rev " + rev)))
          .sources(List.of(Source.named("rev " + rev)))
          .tags(List.of(tags.get(rev % tags.size())))
          .build();
    }

    private void appendTagWithRetries(ArticleRepository articles, ArticleId id, TagId tag) {
      for (int attempt = 0; attempt < 10_000; attempt++) {
        Article current = articles.findById(id).orElseThrow();
        List<TagId> tags = new ArrayList<>(current.tags());
        tags.add(tag);
        try {
          articles.update(current.toBuilder().tags(tags).build());
          return;
        } catch (VersionConflictException e) {
          // Someone else appended first: read again and retry, as an editor would.
        }
      }
      throw new AssertionError("no update succeeded in 10000 attempts: livelock?");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Tenant isolation
  // ---------------------------------------------------------------------------------------------

  class TenantIsolation {

    void findById() {
      Twins t = twins();

      assertThat(t.a.articles().findById(t.inB.published.id())).isEmpty();
      assertThat(t.a.articles().findById(t.inB.draft.id())).isEmpty();
      assertThat(t.a.articles().findById(t.inA.published.id())).contains(t.inA.published);
    }

    void findByIds() {
      Twins t = twins();

      assertThat(
              t.a
                  .articles()
                  .findByIds(
                      List.of(
                          t.inA.published.id(),
                          t.inB.published.id(),
                          t.inB.draft.id(),
                          t.inA.draft.id())))
          .containsExactlyInAnyOrder(t.inA.published, t.inA.draft);
      assertThat(t.a.articles().findByIds(List.of(t.inB.published.id()))).isEmpty();
    }

    void findBySlug() {
      Twins t = twins();

      assertThat(t.a.articles().findBySlug("shared-published")).contains(t.inA.published);
      assertThat(t.b.articles().findBySlug("shared-published")).contains(t.inB.published);
      assertThat(t.a.articles().findBySlug("only-in-b")).isEmpty();
    }

    void findByTranslationKey() {
      Twins t = twins();

      assertThat(t.a.articles().findByTranslationKey(t.inB.published.id())).isEmpty();
      assertThat(t.a.articles().findByTranslationKey(t.inA.published.id()))
          .containsExactly(t.inA.translation, t.inA.published);
    }

    void listAndCount() {
      Twins t = twins();

      assertThat(walk(t.a.articles(), ArticleQuery.anyStatus().limit(2)))
          .containsExactlyElementsOf(sorted(t.inA.listed()));
      assertThat(t.a.articles().count(ArticleQuery.anyStatus())).isEqualTo(t.inA.all().size());
      assertThat(t.b.articles().count(ArticleQuery.anyStatus())).isEqualTo(t.inB.all().size() + 1);
      assertThat(t.a.articles().list(published().inSection(t.inB.section.id())).items()).isEmpty();
      assertThat(t.a.articles().count(ArticleQuery.anyStatus().withTag(t.inB.tag.id()))).isZero();
      assertThat(t.a.articles().count(ArticleQuery.anyStatus().byAuthor(t.inB.author.id())))
          .isZero();
      assertThat(t.a.articles().count(ArticleQuery.anyStatus().atLocation(t.inB.location.id())))
          .isZero();
      assertThat(t.a.articles().list(published().inSection(t.inA.section.id())).items())
          .containsExactly(t.inA.published);
    }

    void findDue() {
      Twins t = twins();

      assertThat(t.a.articles().findDue(T0.plusSeconds(86_400), 100))
          .containsExactly(t.inA.scheduled);
    }

    void updateOfOtherTenantsId() {
      Twins t = twins();
      Article hijack =
          t.inB.published.toBuilder().tenantId(t.a.id()).slug("hijacked").headline("Злам").build();

      assertThatThrownBy(() -> t.a.articles().update(hijack)).isInstanceOf(NotFoundException.class);

      assertThat(t.b.articles().findById(t.inB.published.id())).contains(t.inB.published);
      assertThat(t.a.articles().findBySlug("hijacked")).isEmpty();
      assertThat(t.a.articles().count(ArticleQuery.anyStatus())).isEqualTo(t.inA.all().size());
    }

    void valueOfAnotherTenant() {
      Twins t = twins();
      Article foreignNew = t.b.sample.article("foreign").build();
      Article foreignStored = t.inB.published.toBuilder().headline("Злам").build();

      assertThatThrownBy(() -> t.a.articles().insert(foreignNew))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> t.a.articles().update(foreignStored))
          .isInstanceOf(IllegalArgumentException.class);

      assertThat(t.a.articles().findById(foreignNew.id())).isEmpty();
      assertThat(t.b.articles().findById(foreignNew.id())).isEmpty();
      assertThat(t.a.articles().findBySlug("foreign")).isEmpty();
      assertThat(t.b.articles().findBySlug("foreign")).isEmpty();
      assertThat(t.b.articles().findById(t.inB.published.id())).contains(t.inB.published);
    }

    void deleteOfOtherTenantsId() {
      Twins t = twins();

      assertThat(t.a.articles().delete(t.inB.published.id())).isFalse();
      assertThat(t.a.articles().delete(t.inB.draft.id())).isFalse();

      assertThat(t.b.articles().findById(t.inB.published.id())).contains(t.inB.published);
      assertThat(t.b.articles().findById(t.inB.draft.id())).contains(t.inB.draft);
      assertThat(t.b.articles().count(ArticleQuery.anyStatus())).isEqualTo(t.inB.all().size() + 1);
    }

    void resolve() {
      Twins t = twins();
      ReferenceIds mixed =
          new ReferenceIds(
              Set.of(t.inA.author.id(), t.inB.author.id()),
              Set.of(t.inA.tag.id(), t.inB.tag.id()),
              Set.of(t.inA.section.id(), t.inB.section.id()),
              Set.of(t.inA.location.id(), t.inB.location.id()));

      References fromA = t.a.store.resolve(mixed);
      References onlyB = t.a.store.resolve(ReferenceIds.of(List.of(t.inB.published)));

      assertThat(fromA.authors()).containsOnlyKeys(t.inA.author.id()).containsValue(t.inA.author);
      assertThat(fromA.tags()).containsOnlyKeys(t.inA.tag.id()).containsValue(t.inA.tag);
      assertThat(fromA.sections())
          .containsOnlyKeys(t.inA.section.id())
          .containsValue(t.inA.section);
      assertThat(fromA.locations())
          .containsOnlyKeys(t.inA.location.id())
          .containsValue(t.inA.location);
      assertThat(onlyB.authors()).isEmpty();
      assertThat(onlyB.tags()).isEmpty();
      assertThat(onlyB.sections()).isEmpty();
      assertThat(onlyB.locations()).isEmpty();
    }

    void viewCounts() {
      Twins t = twins();
      LocalDate day = LocalDate.of(2026, 3, 14);
      storage
          .viewCounts()
          .add(
              batch(
                  new ViewIncrement(t.a.id(), t.inA.published.id(), day, 3),
                  new ViewIncrement(t.b.id(), t.inB.published.id(), day, 1000),
                  new ViewIncrement(t.b.id(), t.inB.draft.id(), day, 500)));

      assertThat(
              storage
                  .viewCounts()
                  .totals(
                      t.a.id(),
                      List.of(t.inA.published.id(), t.inB.published.id(), t.inB.draft.id())))
          .containsOnly(Map.entry(t.inA.published.id(), 3L));
      assertThat(storage.viewCounts().topAllTime(t.a.id(), 10))
          .containsExactly(new ViewTotal(t.inA.published.id(), 3));
      assertThat(storage.viewCounts().top(t.a.id(), day, day, 10))
          .containsExactly(new ViewTotal(t.inA.published.id(), 3));
      assertThat(storage.viewCounts().topAllTime(t.b.id(), 10))
          .containsExactly(
              new ViewTotal(t.inB.published.id(), 1000), new ViewTotal(t.inB.draft.id(), 500));
    }

    /** Two tenants holding the same content under the same slugs; B also has one article more. */
    private Twins twins() {
      Site a = newSite();
      Site b = newSite();
      Twins twins = new Twins(a, b, SharedContent.in(a), SharedContent.in(b));
      b.insert(b.sample.publishedArticle(T0.plusSeconds(5)).slug("only-in-b"));
      return twins;
    }
  }

  private record Twins(Site a, Site b, SharedContent inA, SharedContent inB) {}

  /** The content both tenants of an isolation test hold, under the same slugs. */
  private record SharedContent(
      Author author,
      Tag tag,
      Section section,
      Location location,
      Article published,
      Article translation,
      Article draft,
      Article scheduled) {

    static SharedContent in(Site site) {
      Author author = site.stored(site.sample.author("shared-author"), site.store.authors());
      Tag tag = site.stored(site.sample.tag("shared-tag"), site.store.tags());
      Section section =
          site.stored(site.sample.section("shared-section", null), site.store.sections());
      Location location =
          site.stored(site.sample.location("shared-location"), site.store.locations());
      Article published =
          site.insert(
              site.sample
                  .publishedArticle(T0.plusSeconds(10))
                  .slug("shared-published")
                  .authors(List.of(author.id()))
                  .tags(List.of(tag.id()))
                  .sections(List.of(section.id()))
                  .dateline(location.id()));
      Article translation =
          site.insert(
              site.sample
                  .publishedArticle(T0.plusSeconds(20))
                  .slug("shared-translation")
                  .language(EN)
                  .translationKey(published.id()));
      Article draft = site.insert(site.sample.article("shared-draft"));
      Article scheduled =
          site.insert(
              site.sample
                  .article("shared-scheduled")
                  .status(ArticleStatus.SCHEDULED)
                  .publishAt(T0.plusSeconds(30)));
      return new SharedContent(
          author, tag, section, location, published, translation, draft, scheduled);
    }

    List<Article> all() {
      return List.of(published, translation, draft, scheduled);
    }

    List<Article> listed() {
      return List.of(published, translation, scheduled);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // View counts
  // ---------------------------------------------------------------------------------------------

  class ViewCounts {
    private final LocalDate day1 = LocalDate.of(2026, 3, 1);
    private final LocalDate day2 = day1.plusDays(1);
    private final LocalDate day3 = day1.plusDays(2);
    private final LocalDate day4 = day1.plusDays(3);

    void batchAcrossArticlesAndTenants() {
      Site a = newSite();
      Site b = newSite();
      Article a1 = a.draft();
      Article a2 = a.draft();
      Article b1 = b.draft();

      boolean applied =
          storage
              .viewCounts()
              .add(
                  batch(
                      new ViewIncrement(a.id(), a1.id(), day1, 3),
                      new ViewIncrement(a.id(), a1.id(), day2, 2),
                      new ViewIncrement(a.id(), a2.id(), day1, 5),
                      new ViewIncrement(b.id(), b1.id(), day1, 7),
                      new ViewIncrement(a.id(), a1.id(), day1, 1)));

      assertThat(applied).isTrue();
      assertThat(storage.viewCounts().totals(a.id(), List.of(a1.id(), a2.id())))
          .containsOnly(Map.entry(a1.id(), 6L), Map.entry(a2.id(), 5L));
      assertThat(storage.viewCounts().totals(b.id(), List.of(b1.id())))
          .containsOnly(Map.entry(b1.id(), 7L));
    }

    void batchesAccumulate() {
      Site site = newSite();
      Article article = site.draft();

      storage.viewCounts().add(batch(new ViewIncrement(site.id(), article.id(), day1, 2)));
      storage.viewCounts().add(batch(new ViewIncrement(site.id(), article.id(), day1, 3)));
      storage.viewCounts().add(batch(new ViewIncrement(site.id(), article.id(), day2, 4)));

      assertThat(storage.viewCounts().totals(site.id(), List.of(article.id())))
          .containsOnly(Map.entry(article.id(), 9L));
      assertThat(storage.viewCounts().top(site.id(), day1, day1, 10))
          .containsExactly(new ViewTotal(article.id(), 5));
    }

    void batchIsIdempotent() {
      Site site = newSite();
      Article article = site.draft();
      UUID id = UUID.randomUUID();

      boolean first =
          storage
              .viewCounts()
              .add(new ViewBatch(id, List.of(new ViewIncrement(site.id(), article.id(), day1, 4))));
      boolean again =
          storage
              .viewCounts()
              .add(new ViewBatch(id, List.of(new ViewIncrement(site.id(), article.id(), day1, 4))));
      boolean changedRetry =
          storage
              .viewCounts()
              .add(new ViewBatch(id, List.of(new ViewIncrement(site.id(), article.id(), day2, 9))));

      assertThat(first).isTrue();
      assertThat(again).isFalse();
      assertThat(changedRetry).isFalse();
      assertThat(storage.viewCounts().totals(site.id(), List.of(article.id())))
          .containsOnly(Map.entry(article.id(), 4L));
      assertThat(storage.viewCounts().top(site.id(), day2, day2, 10)).isEmpty();
    }

    void concurrentRetriesApplyOnce() {
      Site site = newSite();
      Article article = site.draft();
      ViewBatch batch = batch(new ViewIncrement(site.id(), article.id(), day1, 10));

      List<Boolean> results = ThreadRace.runAll(THREADS, i -> storage.viewCounts().add(batch));

      assertThat(results).containsOnlyOnce(true);
      assertThat(storage.viewCounts().totals(site.id(), List.of(article.id())))
          .containsOnly(Map.entry(article.id(), 10L));
    }

    void concurrentBatchesAllCount() {
      Site site = newSite();
      Article article = site.draft();
      int perThread = 5;

      ThreadRace.runAll(
          THREADS,
          i -> {
            for (int n = 0; n < perThread; n++) {
              storage.viewCounts().add(batch(new ViewIncrement(site.id(), article.id(), day1, 1)));
            }
            return null;
          });

      assertThat(storage.viewCounts().totals(site.id(), List.of(article.id())))
          .containsOnly(Map.entry(article.id(), (long) THREADS * perThread));
    }

    void batchesAreAtomicToReaders() {
      Site a = newSite();
      Site b = newSite();
      List<ArticleId> articles = times(3, () -> a.draft().id());
      Article other = b.draft();
      AtomicBoolean writing = new AtomicBoolean(true);

      ThreadRace.runAll(
          2,
          thread -> {
            if (thread == 0) {
              try {
                for (int n = 0; n < 30; n++) {
                  List<ViewIncrement> increments = new ArrayList<>();
                  articles.forEach(id -> increments.add(new ViewIncrement(a.id(), id, day1, 1)));
                  increments.add(new ViewIncrement(b.id(), other.id(), day1, 1));
                  storage.viewCounts().add(new ViewBatch(UUID.randomUUID(), increments));
                }
              } finally {
                writing.set(false);
              }
              return null;
            }
            do {
              Map<ArticleId, Long> seen = storage.viewCounts().totals(a.id(), articles);
              Set<Long> distinct = new HashSet<>();
              articles.forEach(id -> distinct.add(seen.getOrDefault(id, 0L)));
              assertThat(distinct).as("totals of one read: %s", seen).hasSize(1);
            } while (writing.get());
            return null;
          });

      assertThat(storage.viewCounts().totals(a.id(), articles).values()).containsOnly(30L);
    }

    void totalsOmitUnviewed() {
      Site site = newSite();
      Article viewed = site.draft();
      Article unviewed = site.draft();
      storage.viewCounts().add(batch(new ViewIncrement(site.id(), viewed.id(), day1, 1)));

      assertThat(
              storage
                  .viewCounts()
                  .totals(site.id(), List.of(viewed.id(), unviewed.id(), ArticleId.random())))
          .containsOnly(Map.entry(viewed.id(), 1L));
      assertThat(storage.viewCounts().totals(site.id(), List.of())).isEmpty();
    }

    void topSumsDayRange() {
      Site site = newSite();
      Article steady = site.draft();
      Article spike = site.draft();
      Article old = site.draft();
      storage
          .viewCounts()
          .add(
              batch(
                  new ViewIncrement(site.id(), steady.id(), day1, 100),
                  new ViewIncrement(site.id(), steady.id(), day2, 10),
                  new ViewIncrement(site.id(), steady.id(), day3, 10),
                  new ViewIncrement(site.id(), spike.id(), day3, 15),
                  new ViewIncrement(site.id(), spike.id(), day4, 1000),
                  new ViewIncrement(site.id(), old.id(), day1, 50)));

      assertThat(storage.viewCounts().top(site.id(), day2, day3, 10))
          .containsExactly(new ViewTotal(steady.id(), 20), new ViewTotal(spike.id(), 15));
      assertThat(storage.viewCounts().top(site.id(), day1, day1, 10))
          .containsExactly(new ViewTotal(steady.id(), 100), new ViewTotal(old.id(), 50));
      assertThat(storage.viewCounts().top(site.id(), day1, day4, 10))
          .containsExactly(
              new ViewTotal(spike.id(), 1015),
              new ViewTotal(steady.id(), 120),
              new ViewTotal(old.id(), 50));
      assertThat(storage.viewCounts().top(site.id(), day4.plusDays(1), day4.plusDays(30), 10))
          .isEmpty();
    }

    void topAllTime() {
      Site site = newSite();
      Article first = site.draft();
      Article second = site.draft();
      storage
          .viewCounts()
          .add(
              batch(
                  new ViewIncrement(site.id(), first.id(), day1, 5),
                  new ViewIncrement(site.id(), first.id(), day4, 5),
                  new ViewIncrement(site.id(), second.id(), day2, 9)));

      assertThat(storage.viewCounts().topAllTime(site.id(), 10))
          .containsExactly(new ViewTotal(first.id(), 10), new ViewTotal(second.id(), 9));
    }

    void tiesAndLimit() {
      Site site = newSite();
      Article high = site.insert(site.sample.article().id(highBitId()));
      Article low1 = site.draft();
      Article low2 = site.draft();
      Article top = site.draft();
      List<ArticleId> tied = new ArrayList<>(List.of(high.id(), low1.id(), low2.id()));
      Collections.sort(tied);
      storage
          .viewCounts()
          .add(
              batch(
                  new ViewIncrement(site.id(), high.id(), day1, 7),
                  new ViewIncrement(site.id(), low2.id(), day1, 7),
                  new ViewIncrement(site.id(), top.id(), day1, 8),
                  new ViewIncrement(site.id(), low1.id(), day1, 7)));

      List<ViewTotal> expected =
          List.of(
              new ViewTotal(top.id(), 8),
              new ViewTotal(tied.get(0), 7),
              new ViewTotal(tied.get(1), 7),
              new ViewTotal(tied.get(2), 7));
      assertThat(tied.get(2))
          .as("the top-bit id sorts last when compared unsigned")
          .isEqualTo(high.id());
      assertThat(storage.viewCounts().topAllTime(site.id(), 10))
          .containsExactlyElementsOf(expected);
      assertThat(storage.viewCounts().top(site.id(), day1, day1, 10))
          .containsExactlyElementsOf(expected);
      assertThat(storage.viewCounts().topAllTime(site.id(), 2))
          .containsExactlyElementsOf(expected.subList(0, 2));
      assertThat(storage.viewCounts().top(site.id(), day1, day1, 3))
          .containsExactlyElementsOf(expected.subList(0, 3));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Services over the storage
  // ---------------------------------------------------------------------------------------------

  class Services {
    private final Instant later = T0.plusSeconds(86_400);

    void publishDueExactlyOnce() {
      Site site = newSite();
      List<Article> due = new ArrayList<>();
      Article notYet;
      try (Dateline cms = dateline(T0)) {
        TenantContent content = cms.tenant(site.id());
        for (int i = 0; i < 6; i++) {
          Article draft = content.articles().create(ArticleDraft.builder(UK, "Анонс " + i).build());
          due.add(content.articles().schedule(draft.id(), T0.plusSeconds(60L * (i + 1))));
        }
        Article draft = content.articles().create(ArticleDraft.builder(UK, "Пізніше").build());
        notYet = content.articles().schedule(draft.id(), later.plusSeconds(1));
      }
      Queue<ArticleEvent.Published> events = new ConcurrentLinkedQueue<>();

      List<Integer> counts;
      try (Dateline cms = dateline(later, events)) {
        TenantContent content = cms.tenant(site.id());
        counts = ThreadRace.runAll(4, i -> content.articles().publishDue());
        assertThat(content.articles().publishDue()).isZero();
      }

      assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(due.size());
      assertThat(events)
          .extracting(e -> e.article().id())
          .containsExactlyInAnyOrderElementsOf(due.stream().map(Article::id).toList());
      for (Article scheduled : due) {
        Article now = site.articles().findById(scheduled.id()).orElseThrow();
        assertThat(now.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(now.publishAt()).isEqualTo(scheduled.publishAt());
        assertThat(now.firstPublishedAt()).isEqualTo(scheduled.publishAt());
        assertThat(now.version()).isEqualTo(scheduled.version() + 1);
      }
      assertThat(site.articles().findById(notYet.id()).orElseThrow().status())
          .isEqualTo(ArticleStatus.SCHEDULED);
    }

    void globalPublishDueExactlyOnce() {
      Site site = newSite();
      List<ArticleId> due = new ArrayList<>();
      try (Dateline cms = dateline(T0)) {
        TenantContent content = cms.tenant(site.id());
        for (int i = 0; i < 4; i++) {
          Article draft = content.articles().create(ArticleDraft.builder(UK, "Подія " + i).build());
          due.add(content.articles().schedule(draft.id(), T0.plusSeconds(i + 1)).id());
        }
      }
      Queue<ArticleEvent.Published> events = new ConcurrentLinkedQueue<>();

      List<Integer> counts;
      try (Dateline cms = dateline(later, events)) {
        counts = ThreadRace.runAll(3, i -> cms.publishDue());
      }

      // Other tenants of a shared database may have had due articles too: they count in the
      // returned numbers and in the events, exactly once each.
      assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(events.size());
      assertThat(events).extracting(e -> e.article().id()).doesNotHaveDuplicates();
      assertThat(events)
          .filteredOn(e -> e.tenantId().equals(site.id()))
          .extracting(e -> e.article().id())
          .containsExactlyInAnyOrderElementsOf(due);
    }

    void listingResolvesReferences() {
      Site site = newSite();
      try (Dateline cms = dateline(T0)) {
        TenantContent content = cms.tenant(site.id());
        Author author =
            content.authors().create(AuthorDraft.named(LocalizedText.of("uk", "Олена Коваль")));
        Section section =
            content.sections().create(SectionDraft.of(LocalizedText.of("uk", "Політика")));
        Tag tag =
            content
                .tags()
                .create(TagDraft.of(TagKind.PERSON, LocalizedText.of("uk", "Джо Байден")));
        Location kyiv =
            content
                .locations()
                .create(LocationDraft.of(LocationKind.CITY, LocalizedText.of("uk", "Київ")));
        Location lviv =
            content
                .locations()
                .create(LocationDraft.of(LocationKind.CITY, LocalizedText.of("uk", "Львів")));
        Article draft =
            content
                .articles()
                .create(
                    ArticleDraft.builder(UK, "Зустріч у Києві")
                        .authors(author.id())
                        .sections(section.id())
                        .tags(tag.id())
                        .dateline(kyiv.id())
                        .places(lviv.id())
                        .build());
        Article published = content.articles().publish(draft.id());

        var listing = content.articles().list(ArticleQuery.published());

        assertThat(author.slug()).isEqualTo("olena-koval");
        assertThat(listing.articles()).containsExactly(published);
        assertThat(listing.references().authors()).containsOnly(Map.entry(author.id(), author));
        assertThat(listing.references().sections()).containsOnly(Map.entry(section.id(), section));
        assertThat(listing.references().tags()).containsOnly(Map.entry(tag.id(), tag));
        assertThat(listing.references().locations())
            .containsOnly(Map.entry(kyiv.id(), kyiv), Map.entry(lviv.id(), lviv));
        assertThat(listing.next()).isNull();
      }
    }

    void concurrentCreatesGetDistinctSlugs() {
      Site site = newSite();
      try (Dateline cms = dateline(T0)) {
        TenantContent content = cms.tenant(site.id());

        List<Article> created =
            ThreadRace.runAll(
                4,
                i ->
                    content
                        .articles()
                        .create(ArticleDraft.builder(UK, "Однаковий заголовок").build()));

        assertThat(created)
            .extracting(Article::slug)
            .doesNotHaveDuplicates()
            .allMatch(s -> s.startsWith("odnakovyi-zaholovok"));
        for (Article article : created) {
          assertThat(content.articles().findBySlug(article.slug())).contains(article);
        }
      }
    }

    void lifecycleRoundTrips() {
      Site site = newSite();
      Instant scheduledFor = T0.plusSeconds(600);
      ArticleId id;
      try (Dateline cms = dateline(T0)) {
        TenantContent content = cms.tenant(site.id());
        Article created =
            content.articles().create(ArticleDraft.builder(UK, "Перша версія").lead("Лід").build());
        assertThat(site.articles().findById(created.id())).contains(created);
        Article updated =
            content
                .articles()
                .update(
                    created.id(),
                    created.version(),
                    ArticleDraft.from(created).headline("Друга версія").build());
        assertThat(site.articles().findById(created.id())).contains(updated);
        Article scheduled = content.articles().schedule(created.id(), scheduledFor);
        assertThat(site.articles().findById(created.id())).contains(scheduled);
        id = created.id();
      }
      try (Dateline cms = dateline(later)) {
        TenantContent content = cms.tenant(site.id());
        assertThat(content.articles().publishDue()).isEqualTo(1);
        Article unpublished = content.articles().unpublish(id);
        assertThat(site.articles().findById(id)).contains(unpublished);
      }
      try (Dateline cms = dateline(later.plusSeconds(60))) {
        TenantContent content = cms.tenant(site.id());
        Article republished = content.articles().publish(id);
        assertThat(republished.firstPublishedAt()).isEqualTo(scheduledFor);
        assertThat(republished.publishAt()).isEqualTo(later.plusSeconds(60));
        Article archived = content.articles().archive(id);
        assertThat(site.articles().findById(id)).contains(archived);
        assertThat(archived.version()).isEqualTo(6);
        assertThat(archived.headline()).isEqualTo("Друга версія");
      }
    }

    private Dateline dateline(Instant now) {
      return Dateline.builder()
          .storage(storage)
          .clock(Clock.fixed(now, ZoneOffset.UTC))
          .publishScheduled(Duration.ZERO) // the tests call publishDue themselves
          .build();
    }

    private Dateline dateline(Instant now, Queue<ArticleEvent.Published> published) {
      return Dateline.builder()
          .storage(storage)
          .clock(Clock.fixed(now, ZoneOffset.UTC))
          .publishScheduled(Duration.ZERO) // the tests call publishDue themselves
          .listener(
              e -> {
                if (e instanceof ArticleEvent.Published p) {
                  published.add(p);
                }
              })
          .build();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shared helpers
  // ---------------------------------------------------------------------------------------------

  /** A saved tenant with unique id, its sample content and its storage. */
  final class Site {
    final SampleContent sample;
    final TenantStorage store;

    Site(SampleContent sample) {
      this.sample = sample;
      storage.tenants().save(sample.tenant());
      this.store = storage.tenant(sample.tenantId());
    }

    TenantId id() {
      return sample.tenantId();
    }

    ArticleRepository articles() {
      return store.articles();
    }

    Article insert(Article.Builder article) {
      return store.articles().insert(article.build());
    }

    Article draft() {
      return insert(sample.article());
    }

    <T> T stored(T value, DirectoryRepository<T, ?> repository) {
      repository.insert(value);
      return value;
    }

    Author author() {
      return stored(sample.author(), store.authors());
    }

    Tag tag() {
      return stored(sample.tag(), store.tags());
    }

    Section section() {
      return stored(sample.section(), store.sections());
    }

    Location location() {
      return stored(sample.location(), store.locations());
    }

    TwoOfEach twoOfEach() {
      return new TwoOfEach(
          author(), author(), section(), section(), tag(), tag(), location(), location());
    }
  }

  /** Two stored objects of each directory kind, for articles to refer to. */
  private record TwoOfEach(
      Author a1, Author a2, Section s1, Section s2, Tag t1, Tag t2, Location l1, Location l2) {}

  private Site newSite() {
    return new Site(SampleContent.forNewTenant());
  }

  private static ArticleQuery published() {
    return ArticleQuery.published().limit(ArticleQuery.MAX_LIMIT);
  }

  private static ViewBatch batch(ViewIncrement... increments) {
    return new ViewBatch(UUID.randomUUID(), Arrays.asList(increments));
  }

  /**
   * A fresh time-ordered id with its top bit set. Signed comparison (what {@link UUID#compareTo}
   * does) puts it first; the unsigned order of the contract, PostgreSQL and H2 puts it last.
   */
  private static ArticleId highBitId() {
    UUID v7 = ArticleId.random().value();
    return ArticleId.of(
        new UUID(v7.getMostSignificantBits() | Long.MIN_VALUE, v7.getLeastSignificantBits()));
  }

  private static List<Article> sorted(List<Article> articles) {
    return articles.stream().sorted(LISTING_ORDER).toList();
  }

  /**
   * Checks a filter on the catalog: the published articles it lists (on one page) and counts, and
   * how many it counts in any status.
   */
  private static void assertFilter(
      Catalog c,
      UnaryOperator<ArticleQuery> filter,
      List<Article> published,
      long countInAnyStatus) {
    assertListing(c.site, filter.apply(published()), published, published.size());
    ArticleQuery anyStatus = filter.apply(ArticleQuery.anyStatus());
    assertThat(c.site.articles().count(anyStatus))
        .as("count of %s", anyStatus)
        .isEqualTo(countInAnyStatus);
  }

  /** Checks the listing (its first page, which must hold everything) and the count. */
  private static void assertListing(
      Site site, ArticleQuery query, List<Article> expected, long expectedCount) {
    Page<Article> page = site.articles().list(query);
    assertThat(page.items()).as("listing of %s", query).containsExactlyElementsOf(expected);
    assertThat(page.next()).isNull();
    assertThat(site.articles().count(query)).as("count of %s", query).isEqualTo(expectedCount);
  }

  /**
   * Pages through a whole listing the way a reader does, through encoded cursor tokens, checking
   * that every page but the last is full and that each cursor is the position of its page's last
   * item.
   */
  private static List<Article> walk(ArticleRepository articles, ArticleQuery query) {
    List<Article> all = new ArrayList<>();
    ArticleQuery next = query;
    for (int pages = 0; pages < 1000; pages++) {
      Page<Article> page = articles.list(next);
      all.addAll(page.items());
      if (!page.hasNext()) {
        assertThat(page.items()).hasSizeLessThanOrEqualTo(query.limit());
        return all;
      }
      assertThat(page.items()).hasSize(query.limit());
      Article last = page.items().get(page.items().size() - 1);
      PageCursor cursor = page.next();
      assertThat(cursor).isNotNull();
      assertThat(cursor).isEqualTo(new PageCursor(publishTime(last), last.id()));
      next = query.after(PageCursor.decode(cursor.encode()));
    }
    throw new AssertionError("the listing did not end after 1000 pages");
  }

  private static <T> T winnerOf(List<ThreadRace.Outcome<T>> outcomes) {
    return Objects.requireNonNull(
        outcomes.stream().filter(ThreadRace.Outcome::succeeded).findFirst().orElseThrow().value(),
        "the winner's value");
  }

  /** The publish time of a listed (so published or scheduled) article, which always has one. */
  private static Instant publishTime(Article article) {
    return Objects.requireNonNull(article.publishAt(), "publishAt");
  }

  private static <T> void assertSingleWinner(
      List<ThreadRace.Outcome<T>> outcomes, Class<? extends Throwable> loserFailure) {
    assertThat(outcomes.stream().filter(ThreadRace.Outcome::succeeded).count())
        .as("threads that succeeded")
        .isEqualTo(1);
    assertThat(outcomes)
        .filteredOn(o -> !o.succeeded())
        .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(loserFailure));
  }

  private static <T> List<T> times(int n, Supplier<T> supplier) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(supplier.get());
    }
    return values;
  }

  private static <T> List<T> indexed(int n, java.util.function.IntFunction<T> factory) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      values.add(factory.apply(i));
    }
    return values;
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  /** Names of 200 characters (the limit) in three languages, Ukrainian first. */
  private static LocalizedText longNames() {
    Map<Locale, String> names = new LinkedHashMap<>();
    names.put(UK, "ї".repeat(200));
    names.put(Locale.forLanguageTag("pl"), "ż".repeat(200));
    names.put(EN, "w".repeat(200));
    return new LocalizedText(names);
  }

  private static final class ValidatorHolder {
    static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
  }

  /**
   * Fails when a value the kit is about to store breaks Dateline's validation rules: the kit only
   * stores what the services would, so a backend is never blamed for rejecting invalid data.
   */
  static void requireValid(Object value) {
    Set<ConstraintViolation<Object>> violations = ValidatorHolder.VALIDATOR.validate(value);
    if (!violations.isEmpty()) {
      throw new IllegalStateException(
          "kit fixture is invalid: "
              + violations.stream()
                  .map(v -> v.getPropertyPath() + " " + v.getMessage())
                  .sorted()
                  .collect(Collectors.joining("; ")));
    }
  }
}
