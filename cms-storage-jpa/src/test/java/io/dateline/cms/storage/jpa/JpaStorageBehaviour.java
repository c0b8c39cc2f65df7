package io.dateline.cms.storage.jpa;

import static io.dateline.cms.storage.jpa.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.Dateline;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ReferenceIds;
import io.dateline.cms.spi.SlugKind;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.testsupport.ThreadRace;
import io.dateline.cms.views.ViewTotal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What the JPA store must do beyond the compatibility kit's contract, or where its own machinery
 * (JSON columns, the reference index table, tenant-scoped keys, conditional updates, batched
 * upserts) could go wrong. Run once per database by a subclass.
 */
abstract class JpaStorageBehaviour {
  private ContentStorage storage;
  private TenantId tenantId;
  private TenantStorage site;

  /** The database the subclass runs on. */
  abstract TestDatabases.Kind database();

  @BeforeEach
  void newTenant() {
    storage = TestDatabases.shared(database());
    tenantId = Fixtures.newTenantId();
    storage.tenants().save(Fixtures.tenant(tenantId));
    site = storage.tenant(tenantId);
  }

  @Nested
  @DisplayName("Stored content")
  class StoredContent {
    @Test
    @DisplayName("an article with every block kind and optional field reads back as inserted")
    void richArticleRoundTrips() {
      Author author = Fixtures.author(tenantId, "julia");
      Section section = Fixtures.section(tenantId, "politics");
      Location kyiv = Fixtures.location(tenantId, "kyiv");
      site.authors().insert(author);
      site.sections().insert(section);
      site.locations().insert(kyiv);
      Article article =
          Fixtures.richArticle(tenantId, "rich")
              .authors(List.of(author.id()))
              .sections(List.of(section.id()))
              .dateline(kyiv.id())
              .places(List.of(kyiv.id()))
              .related(List.of(ArticleId.random()))
              .version(7)
              .build();

      Article stored = site.articles().insert(article);

      assertThat(stored).isEqualTo(article.toBuilder().version(0).build());
      assertThat(site.articles().findById(article.id())).contains(stored);
      assertThat(site.articles().findBySlug("rich")).contains(stored);
    }

    @Test
    @DisplayName("instants finer than a microsecond are truncated, and insert returns that form")
    void instantsAreKeptToTheMicrosecond() {
      Instant fine = Instant.parse("2026-05-05T05:05:05.123456789Z");
      Article article = Fixtures.published(tenantId, "fine", fine).build();

      Article stored = site.articles().insert(article);

      assertThat(stored.publishAt()).isEqualTo(Instant.parse("2026-05-05T05:05:05.123456Z"));
      assertThat(site.articles().findById(article.id())).contains(stored);
    }

    @Test
    @DisplayName("a localized name keeps its languages in the order they were given")
    void localizedTextKeepsOrder() {
      Tag tag =
          new Tag(
              tenantId,
              io.dateline.cms.model.TagId.random(),
              io.dateline.cms.model.TagKind.TOPIC,
              "order",
              LocalizedText.of("en", "English first", "uk", "Українська друга"));
      site.tags().insert(tag);

      Tag read = site.tags().findById(tag.id()).orElseThrow();

      assertThat(read.name().values().keySet())
          .containsExactly(Locale.ENGLISH, Locale.forLanguageTag("uk"));
      assertThat(read.name().resolve(Locale.GERMAN, null)).isEqualTo("English first");
    }
  }

  @Nested
  @DisplayName("Slug history")
  class SlugHistoryInTheRenamesTransaction {
    @Test
    @DisplayName(
        "a rename's redirect commits with the rename, even if the caller fails right after")
    void redirectCommitsWithTheRename() {
      Tag tag =
          new Tag(
              tenantId,
              io.dateline.cms.model.TagId.random(),
              io.dateline.cms.model.TagKind.TOPIC,
              "kiev",
              LocalizedText.of("en", "Kyiv"));
      site.tags().insert(tag);
      Tag renamed = new Tag(tenantId, tag.id(), tag.kind(), "kyiv", LocalizedText.of("en", "Kyiv"));
      IllegalStateException crash = new IllegalStateException("the node died after the commit");

      // The write commits, then the caller fails before it could record anything afterwards: a
      // store that records after the write (the SPI's default) would lose the redirect here.
      assertThatThrownBy(
              () ->
                  site.slugHistory()
                      .recordWith(
                          SlugKind.TAG,
                          "kiev",
                          tag.id().value(),
                          () -> {
                            site.tags().update(renamed);
                            throw crash;
                          }))
          .isSameAs(crash);

      assertThat(site.tags().findBySlug("kyiv")).contains(renamed);
      assertThat(site.slugHistory().find(SlugKind.TAG, "kiev")).contains(tag.id().value());
    }

    @Test
    @DisplayName("a rename that rolls back leaves no redirect")
    void noRedirectWhenTheRenameRollsBack() {
      Tag taken =
          new Tag(
              tenantId,
              io.dateline.cms.model.TagId.random(),
              io.dateline.cms.model.TagKind.TOPIC,
              "taken",
              LocalizedText.of("en", "Taken"));
      Tag tag =
          new Tag(
              tenantId,
              io.dateline.cms.model.TagId.random(),
              io.dateline.cms.model.TagKind.TOPIC,
              "free",
              LocalizedText.of("en", "Free"));
      site.tags().insert(taken);
      site.tags().insert(tag);
      Tag clash = new Tag(tenantId, tag.id(), tag.kind(), "taken", tag.name());

      assertThatThrownBy(
              () ->
                  site.slugHistory()
                      .recordWith(
                          SlugKind.TAG,
                          "free",
                          tag.id().value(),
                          () -> {
                            site.tags().update(clash);
                            return clash;
                          }))
          .isInstanceOf(io.dateline.cms.DuplicateSlugException.class);

      assertThat(site.slugHistory().find(SlugKind.TAG, "free")).isEmpty();
      assertThat(site.tags().findById(tag.id())).contains(tag);
    }
  }

  @Nested
  @DisplayName("Tenant isolation")
  class TenantIsolation {
    @Test
    @DisplayName("the same id in two tenants names two rows that never touch each other")
    void sameIdInTwoTenants() {
      TenantId otherId = Fixtures.newTenantId();
      TenantStorage other = storage.tenant(otherId);
      Article mine = Fixtures.published(tenantId, "same", T0).build();
      Article theirs = mine.toBuilder().tenantId(otherId).headline("Theirs").build();
      site.articles().insert(mine);
      other.articles().insert(theirs);

      Article changed = site.articles().update(mine.toBuilder().headline("Changed").build());
      site.articles().delete(mine.id());

      assertThat(changed.version()).isEqualTo(1);
      assertThat(site.articles().findById(mine.id())).isEmpty();
      Article untouched = other.articles().findById(mine.id()).orElseThrow();
      assertThat(untouched.headline()).isEqualTo("Theirs");
      assertThat(untouched.version()).isZero();
    }

    @Test
    @DisplayName("ids of another tenant are not found, listed, counted or resolved")
    void otherTenantsContentIsInvisible() {
      TenantStorage other = storage.tenant(Fixtures.newTenantId());
      Author author = Fixtures.author(tenantId, "mine");
      Tag tag = Fixtures.tag(tenantId, "mine");
      site.authors().insert(author);
      site.tags().insert(tag);
      Article article =
          site.articles()
              .insert(
                  Fixtures.published(tenantId, "mine", T0)
                      .authors(List.of(author.id()))
                      .tags(List.of(tag.id()))
                      .build());

      assertThat(other.articles().findById(article.id())).isEmpty();
      assertThat(other.articles().findByIds(List.of(article.id()))).isEmpty();
      assertThat(other.articles().findBySlug("mine")).isEmpty();
      assertThat(other.articles().list(ArticleQuery.published().withTag(tag.id())).items())
          .isEmpty();
      assertThat(other.articles().count(ArticleQuery.anyStatus())).isZero();
      assertThat(other.authors().findById(author.id())).isEmpty();
      assertThat(other.resolve(ReferenceIds.of(List.of(article))).authors()).isEmpty();
      assertThat(other.articles().delete(article.id())).isFalse();
      assertThat(other.authors().delete(author.id())).isFalse();
      assertThat(site.articles().findById(article.id())).isPresent();
    }
  }

  @Nested
  @DisplayName("Listings")
  class Listings {
    private final InMemoryStorage reference = new InMemoryStorage();
    private TenantStorage expected;
    private final List<Author> authors = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private final List<Article> stored = new ArrayList<>();

    @BeforeEach
    void sameContentInBothStores() {
      expected = reference.tenant(tenantId);
      for (int i = 0; i < 3; i++) {
        authors.add(Fixtures.author(tenantId, "author-" + i));
        tags.add(Fixtures.tag(tenantId, "tag-" + i));
        sections.add(Fixtures.section(tenantId, "section-" + i));
        locations.add(Fixtures.location(tenantId, "location-" + i));
      }
      // Stores refuse articles that refer to objects they do not hold.
      for (TenantStorage store : List.of(site, expected)) {
        authors.forEach(store.authors()::insert);
        tags.forEach(store.tags()::insert);
        sections.forEach(store.sections()::insert);
        locations.forEach(store.locations()::insert);
      }
      Random random = new Random(42);
      ArticleStatus[] statuses = ArticleStatus.values();
      for (int i = 0; i < 45; i++) {
        // Every third article shares its publish time with the one before: ties break by id.
        Instant at = i % 3 == 2 ? T0.plusSeconds(60L * (i - 1)) : T0.plusSeconds(60L * i);
        Article.Builder b =
            Fixtures.published(tenantId, "article-" + i, at)
                .status(statuses[random.nextInt(statuses.length)])
                .language(random.nextBoolean() ? Fixtures.UK : Locale.ENGLISH)
                .exclusive(random.nextInt(4) == 0)
                .authors(List.of(authors.get(random.nextInt(3)).id()))
                .tags(List.of(tags.get(random.nextInt(3)).id(), tags.get(random.nextInt(3)).id()))
                .sections(List.of(sections.get(random.nextInt(3)).id()))
                .dateline(locations.get(random.nextInt(3)).id())
                .places(List.of(locations.get(random.nextInt(3)).id()));
        if (i % 10 == 9) {
          b.publishAt(null); // drafts never scheduled: counted, never listed
        }
        Article article = b.build().toBuilder().tags(distinct(b.build().tags())).build();
        site.articles().insert(article);
        expected.articles().insert(article);
        stored.add(article);
      }
    }

    private static <T> List<T> distinct(List<T> list) {
      return list.stream().distinct().toList();
    }

    @Test
    @DisplayName(
        "every filter pages through the same articles, in the same order, as the reference")
    void everyFilterMatchesTheReference() {
      assertEveryFilterMatchesTheReference();
    }

    @Test
    @DisplayName(
        "a tenant whose articles and references have every id of this one's stays out of its"
            + " listings, counts and references")
    void twinTenantStaysApart() {
      TenantId twinId = Fixtures.newTenantId();
      storage.tenants().save(Fixtures.tenant(twinId));
      TenantStorage twin = storage.tenant(twinId);
      // The twin's copy of each article has the same ids but refers to everything and has the
      // other language and exclusivity: any condition not bound to the tenant would let it in.
      // No copy is scheduled: tests that publish whatever is due in the shared database expect
      // every article id to be unique across tenants.
      // The twin holds objects with the same ids (and other slugs and names) for its copies to
      // refer to.
      for (Author a : authors) {
        twin.authors()
            .insert(
                new Author(
                    twinId,
                    a.id(),
                    "twin-" + a.slug(),
                    LocalizedText.of("en", "Twin"),
                    LocalizedText.empty(),
                    null,
                    null));
      }
      for (Tag t : tags) {
        twin.tags().insert(new Tag(twinId, t.id(), t.kind(), "twin-" + t.slug(), t.name()));
      }
      for (Section x : sections) {
        twin.sections().insert(new Section(twinId, x.id(), "twin-" + x.slug(), x.name(), null, 0));
      }
      for (Location l : locations) {
        twin.locations()
            .insert(new Location(twinId, l.id(), l.kind(), "twin-" + l.slug(), l.name(), null));
      }
      for (Article a : stored) {
        twin.articles()
            .insert(
                a.toBuilder()
                    .tenantId(twinId)
                    .status(
                        a.status() == ArticleStatus.SCHEDULED ? ArticleStatus.DRAFT : a.status())
                    .authors(authors.stream().map(Author::id).toList())
                    .tags(tags.stream().map(Tag::id).toList())
                    .sections(sections.stream().map(Section::id).toList())
                    .places(locations.stream().map(Location::id).toList())
                    .language(a.language().equals(Locale.ENGLISH) ? Fixtures.UK : Locale.ENGLISH)
                    .exclusive(!a.exclusive())
                    .build());
      }
      Author mine = authors.get(0);

      assertEveryFilterMatchesTheReference();
      References references = site.resolve(ReferenceIds.of(stored));
      assertThat(references.authorsOf(List.of(mine.id()))).containsExactly(mine);
      assertThat(references.tagsOf(List.of(tags.get(0).id()))).containsExactly(tags.get(0));
      assertThat(site.articles().findByIds(stored.stream().map(Article::id).toList()))
          .hasSameSizeAs(stored)
          .allMatch(a -> a.tenantId().equals(tenantId));
    }

    private void assertEveryFilterMatchesTheReference() {
      List<ArticleQuery> queries =
          List.of(
              ArticleQuery.published(),
              ArticleQuery.anyStatus(),
              ArticleQuery.withStatus(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED),
              ArticleQuery.anyStatus().inLanguage(Locale.ENGLISH),
              ArticleQuery.anyStatus().inLanguage(Locale.forLanguageTag("uk-UA")),
              ArticleQuery.anyStatus().exclusive(true),
              ArticleQuery.anyStatus().exclusive(false),
              ArticleQuery.anyStatus().inSection(sections.get(0).id()),
              ArticleQuery.anyStatus().withTag(tags.get(1).id()),
              ArticleQuery.anyStatus().byAuthor(authors.get(2).id()),
              ArticleQuery.anyStatus().atLocation(locations.get(0).id()),
              ArticleQuery.published().withTag(tags.get(0).id()).byAuthor(authors.get(0).id()),
              ArticleQuery.anyStatus()
                  .inSection(sections.get(1).id())
                  .atLocation(locations.get(1).id())
                  .inLanguage(Fixtures.UK)
                  .exclusive(false));
      for (ArticleQuery query : queries) {
        for (int limit : new int[] {2, 200}) {
          assertThat(pages(site, query.limit(limit)))
              .as("%s, limit %d", query, limit)
              .isEqualTo(pages(expected, query.limit(limit)));
        }
        assertThat(site.articles().count(query))
            .as("count of %s", query)
            .isEqualTo(expected.articles().count(query));
      }
    }

    @Test
    @DisplayName("a cursor taken from one page continues exactly after its last article")
    void cursorContinuesAfterTheLastItem() {
      Page<Article> first = site.articles().list(ArticleQuery.anyStatus().limit(5));
      PageCursor cursor = first.next();
      Page<Article> second = site.articles().list(ArticleQuery.anyStatus().limit(5).after(cursor));

      assertThat(cursor.id()).isEqualTo(first.items().get(4).id());
      assertThat(second.items())
          .isEqualTo(
              expected.articles().list(ArticleQuery.anyStatus().limit(5).after(cursor)).items());
    }

    private List<List<ArticleId>> pages(TenantStorage store, ArticleQuery query) {
      List<List<ArticleId>> pages = new ArrayList<>();
      ArticleQuery q = query;
      while (true) {
        Page<Article> page = store.articles().list(q);
        pages.add(page.items().stream().map(Article::id).toList());
        if (!page.hasNext()) {
          return pages;
        }
        q = q.after(page.next());
      }
    }
  }

  @Nested
  @DisplayName("Failed writes")
  class FailedWrites {
    @Test
    @DisplayName("a stale version is a version conflict and changes nothing")
    void staleVersion() {
      Article stored = site.articles().insert(Fixtures.published(tenantId, "v", T0).build());
      site.articles().update(stored.toBuilder().headline("First").build());

      assertThatThrownBy(() -> site.articles().update(stored.toBuilder().headline("Stale").build()))
          .isInstanceOf(VersionConflictException.class);
      Article now = site.articles().findById(stored.id()).orElseThrow();
      assertThat(now.headline()).isEqualTo("First");
      assertThat(now.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("an update that changes nothing still advances the version")
    void unchangedUpdateAdvancesVersion() {
      Article stored = site.articles().insert(Fixtures.published(tenantId, "same", T0).build());

      Article updated = site.articles().update(stored);

      assertThat(updated.version()).isEqualTo(1);
      assertThat(site.articles().findById(stored.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    @DisplayName("updating an unknown article is not found")
    void unknownArticle() {
      Article never = Fixtures.published(tenantId, "never", T0).build();

      assertThatThrownBy(() -> site.articles().update(never)).isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("a taken slug on insert stores nothing")
    void duplicateSlugOnInsert() {
      Tag tag = Fixtures.tag(tenantId, "t");
      site.tags().insert(tag);
      site.articles().insert(Fixtures.published(tenantId, "taken", T0).build());
      Article second = Fixtures.published(tenantId, "taken", T0).tags(List.of(tag.id())).build();

      assertThatThrownBy(() -> site.articles().insert(second))
          .isInstanceOf(DuplicateSlugException.class)
          .hasMessageContaining("taken");
      assertThat(site.articles().findById(second.id())).isEmpty();
      assertThat(site.articles().count(ArticleQuery.anyStatus().withTag(tag.id()))).isZero();
    }

    @Test
    @DisplayName(
        "a taken slug on update leaves the article, its version and its index rows as they were")
    void duplicateSlugOnUpdate() {
      Tag before = Fixtures.tag(tenantId, "before");
      Tag after = Fixtures.tag(tenantId, "after");
      site.tags().insert(before);
      site.tags().insert(after);
      site.articles().insert(Fixtures.published(tenantId, "other", T0).build());
      Article mine =
          site.articles()
              .insert(Fixtures.published(tenantId, "mine", T0).tags(List.of(before.id())).build());

      assertThatThrownBy(
              () ->
                  site.articles()
                      .update(mine.toBuilder().slug("other").tags(List.of(after.id())).build()))
          .isInstanceOf(DuplicateSlugException.class);
      assertThat(site.articles().findById(mine.id())).contains(mine);
      assertThat(site.articles().list(ArticleQuery.published().withTag(before.id())).items())
          .containsExactly(mine);
      assertThat(site.articles().count(ArticleQuery.anyStatus().withTag(after.id()))).isZero();
    }

    @Test
    @DisplayName("a directory slug taken by another object of the same kind is refused")
    void duplicateDirectorySlug() {
      site.tags().insert(Fixtures.tag(tenantId, "biden"));
      Tag clash = Fixtures.tag(tenantId, "biden");

      assertThatThrownBy(() -> site.tags().insert(clash))
          .isInstanceOf(DuplicateSlugException.class);
      // Another kind may use the same slug.
      site.authors().insert(Fixtures.author(tenantId, "biden"));
      assertThat(site.authors().findBySlug("biden")).isPresent();
    }
  }

  @Nested
  @DisplayName("Concurrent writers")
  class ConcurrentWriters {
    @Test
    @DisplayName("two writers racing for one slug end with one article and one typed error")
    void slugRace() {
      List<Callable<Article>> writers =
          IntStream.range(0, 2)
              .<Callable<Article>>mapToObj(
                  i ->
                      () ->
                          site.articles().insert(Fixtures.published(tenantId, "race", T0).build()))
              .toList();

      List<ThreadRace.Outcome<Article>> outcomes = ThreadRace.run(writers);

      assertThat(outcomes).filteredOn(ThreadRace.Outcome::succeeded).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> !o.succeeded())
          .singleElement()
          .extracting(ThreadRace.Outcome::failure)
          .isInstanceOf(DuplicateSlugException.class);
    }

    @Test
    @DisplayName("of several writers holding the same version exactly one wins")
    void versionRace() {
      Article stored = site.articles().insert(Fixtures.published(tenantId, "cas", T0).build());
      List<Callable<Article>> writers =
          IntStream.range(0, 6)
              .<Callable<Article>>mapToObj(
                  i ->
                      () ->
                          site.articles()
                              .update(stored.toBuilder().headline("Writer " + i).build()))
              .toList();

      List<ThreadRace.Outcome<Article>> outcomes = ThreadRace.run(writers);

      assertThat(outcomes).filteredOn(ThreadRace.Outcome::succeeded).hasSize(1);
      assertThat(outcomes)
          .filteredOn(o -> !o.succeeded())
          .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(VersionConflictException.class));
      Article winner =
          outcomes.stream().filter(ThreadRace.Outcome::succeeded).findFirst().orElseThrow().value();
      assertThat(site.articles().findById(stored.id())).contains(winner);
    }
  }

  @Nested
  @DisplayName("View counts")
  class ViewCounts {
    private final LocalDate day = LocalDate.of(2026, 3, 1);

    @Test
    @DisplayName("a batch over several tenants is applied once, however often it is sent")
    void batchIsIdempotent() {
      TenantId otherId = Fixtures.newTenantId();
      ArticleId a = ArticleId.random();
      ArticleId b = ArticleId.random();
      ViewBatch batch =
          new ViewBatch(
              UUID.randomUUID(),
              List.of(
                  new ViewIncrement(tenantId, a, day, 3),
                  new ViewIncrement(tenantId, a, day.plusDays(1), 2),
                  new ViewIncrement(tenantId, a, day, 1),
                  new ViewIncrement(otherId, b, day, 5)));

      assertThat(storage.viewCounts().add(batch)).isTrue();
      assertThat(storage.viewCounts().add(batch)).isFalse();

      assertThat(storage.viewCounts().totals(tenantId, List.of(a, b))).isEqualTo(Map.of(a, 6L));
      assertThat(storage.viewCounts().totals(otherId, List.of(a, b))).isEqualTo(Map.of(b, 5L));
      assertThat(storage.viewCounts().top(tenantId, day, day, 10))
          .containsExactly(new ViewTotal(a, 4));
    }

    @Test
    @DisplayName("an empty batch is remembered too")
    void emptyBatch() {
      ViewBatch empty = new ViewBatch(UUID.randomUUID(), List.of());

      assertThat(storage.viewCounts().add(empty)).isTrue();
      assertThat(storage.viewCounts().add(empty)).isFalse();
    }

    @Test
    @DisplayName("concurrent batches for the same articles lose no increment")
    void concurrentBatchesAddUp() {
      ArticleId a = ArticleId.random();
      ArticleId b = ArticleId.random();
      List<Callable<Boolean>> flushes = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        flushes.add(
            () -> {
              boolean all = true;
              for (int round = 0; round < 5; round++) {
                all &=
                    storage
                        .viewCounts()
                        .add(
                            new ViewBatch(
                                UUID.randomUUID(),
                                List.of(
                                    new ViewIncrement(tenantId, b, day, 2),
                                    new ViewIncrement(tenantId, a, day, 1))));
              }
              return all;
            });
      }

      List<ThreadRace.Outcome<Boolean>> outcomes = ThreadRace.run(flushes);

      assertThat(outcomes).allSatisfy(o -> assertThat(o.value()).isTrue());
      assertThat(storage.viewCounts().totals(tenantId, Set.of(a, b)))
          .isEqualTo(Map.of(a, 30L, b, 60L));
      assertThat(storage.viewCounts().topAllTime(tenantId, 1))
          .containsExactly(new ViewTotal(b, 60));
    }

    @Test
    @DisplayName("most read ranks by views in the range, ties by ascending id")
    void topRanksAndBreaksTies() {
      ArticleId low = ArticleId.of(UUID.fromString("00000000-0000-7000-8000-000000000001"));
      ArticleId high = ArticleId.of(UUID.fromString("f0000000-0000-7000-8000-000000000001"));
      ArticleId old = ArticleId.random();
      storage
          .viewCounts()
          .add(
              new ViewBatch(
                  UUID.randomUUID(),
                  List.of(
                      new ViewIncrement(tenantId, high, day, 7),
                      new ViewIncrement(tenantId, low, day.plusDays(2), 7),
                      new ViewIncrement(tenantId, old, day.minusDays(1), 100))));

      assertThat(storage.viewCounts().top(tenantId, day, day.plusDays(6), 10))
          .containsExactly(new ViewTotal(low, 7), new ViewTotal(high, 7));
      assertThat(storage.viewCounts().topAllTime(tenantId, 3))
          .containsExactly(new ViewTotal(old, 100), new ViewTotal(low, 7), new ViewTotal(high, 7));
    }
  }

  @Nested
  @DisplayName("References")
  class ReferencesGroup {
    @Test
    @DisplayName("resolve returns each object as the kind it was asked for, and only that kind")
    void resolveByKind() {
      Author author = Fixtures.author(tenantId, "a");
      Tag tag = Fixtures.tag(tenantId, "t");
      Section section = Fixtures.section(tenantId, "s");
      Location location = Fixtures.location(tenantId, "l");
      site.authors().insert(author);
      site.tags().insert(tag);
      site.sections().insert(section);
      site.locations().insert(location);

      References refs =
          site.resolve(
              new ReferenceIds(
                  Set.of(author.id(), io.dateline.cms.model.AuthorId.of(tag.id().value())),
                  Set.of(tag.id()),
                  Set.of(section.id()),
                  Set.of(location.id())));

      assertThat(refs.authors()).isEqualTo(Map.of(author.id(), author));
      assertThat(refs.tags()).isEqualTo(Map.of(tag.id(), tag));
      assertThat(refs.sections()).isEqualTo(Map.of(section.id(), section));
      assertThat(refs.locations()).isEqualTo(Map.of(location.id(), location));
    }
  }

  @Nested
  @DisplayName("Statements per page")
  class StatementsPerPage {
    private final List<Author> authors = new ArrayList<>();

    @BeforeEach
    void archiveWithEveryReference() {
      List<Tag> tags = new ArrayList<>();
      List<Section> sections = new ArrayList<>();
      List<Location> locations = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        authors.add(Fixtures.author(tenantId, "author-" + i));
        tags.add(Fixtures.tag(tenantId, "tag-" + i));
        sections.add(Fixtures.section(tenantId, "section-" + i));
        locations.add(Fixtures.location(tenantId, "location-" + i));
        site.authors().insert(authors.get(i));
        site.tags().insert(tags.get(i));
        site.sections().insert(sections.get(i));
        site.locations().insert(locations.get(i));
      }
      for (int i = 0; i < 130; i++) {
        site.articles()
            .insert(
                Fixtures.published(tenantId, "page-" + i, T0.plusSeconds(i))
                    .authors(List.of(authors.get(i % 4).id(), authors.get((i + 1) % 4).id()))
                    .tags(List.of(tags.get(i % 4).id(), tags.get((i + 2) % 4).id()))
                    .sections(List.of(sections.get(i % 4).id()))
                    .dateline(locations.get(i % 4).id())
                    .places(List.of(locations.get((i + 1) % 4).id()))
                    .build());
      }
    }

    @Test
    @DisplayName("a page with its authors, tags, sections and locations takes at most 3 statements")
    void pageLoadsInThreeStatements() {
      Statistics statistics =
          ((JpaStorage) storage)
              .entityManagerFactory()
              .unwrap(SessionFactory.class)
              .getStatistics();
      try (Dateline cms = Dateline.builder().storage(storage).build()) {
        ArticleQuery latest = ArticleQuery.published().limit(20);
        ArticleQuery byAuthor = ArticleQuery.published().byAuthor(authors.get(1).id()).limit(20);
        for (ArticleQuery query : List.of(latest, byAuthor, latest.limit(100))) {
          PageCursor deep = cursorAfterPages(cms, query, query.limit() == 100 ? 1 : 3);
          for (PageCursor cursor : java.util.Arrays.asList(null, deep)) {
            statistics.clear();
            ArticleListing page = cms.tenant(tenantId).articles().list(query.after(cursor));
            long statements = statistics.getPrepareStatementCount();
            System.out.println(
                "STATEMENTS "
                    + database()
                    + " "
                    + query.limit()
                    + " "
                    + (query.author() != null)
                    + " deep="
                    + (cursor != null)
                    + ": "
                    + statements);

            assertThat(statements).as("%s after %s", query, cursor).isLessThanOrEqualTo(3);
            assertThat(page.articles()).isNotEmpty();
            for (Article a : page.articles()) {
              assertThat(page.references().authorsOf(a.authors())).hasSize(2);
              assertThat(page.references().tagsOf(a.tags())).hasSize(2);
              assertThat(page.references().sectionsOf(a.sections())).hasSize(1);
              assertThat(page.references().location(a.dateline())).isPresent();
              assertThat(page.references().locationsOf(a.places())).hasSize(1);
            }
          }
        }
      }
    }

    private PageCursor cursorAfterPages(Dateline cms, ArticleQuery query, int pages) {
      PageCursor cursor = null;
      for (int i = 0; i < pages; i++) {
        cursor = cms.tenant(tenantId).articles().list(query.after(cursor)).next();
      }
      return cursor;
    }
  }

  @Nested
  @DisplayName("Statements of an article page")
  class ArticlePageStatements {
    private final LocalDate today = LocalDate.ofInstant(T0, java.time.ZoneOffset.UTC);
    private final List<Article> ranked = new ArrayList<>();
    private Article original;
    private Article english;

    @BeforeEach
    void articlesWithViewsAndTranslations() {
      original = site.articles().insert(Fixtures.published(tenantId, "original", T0).build());
      english =
          site.articles()
              .insert(
                  Fixtures.published(tenantId, "english", T0)
                      .language(Locale.ENGLISH)
                      .translationKey(original.id())
                      .build());
      List<ViewIncrement> increments = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        Article a =
            site.articles()
                .insert(Fixtures.published(tenantId, "read-" + i, T0.plusSeconds(i)).build());
        ranked.add(a);
        increments.add(new ViewIncrement(tenantId, a.id(), today, 100 - i));
        increments.add(new ViewIncrement(tenantId, a.id(), today.minusDays(3), 1));
      }
      storage.viewCounts().add(new ViewBatch(UUID.randomUUID(), increments));
    }

    private Statistics statistics() {
      return ((JpaStorage) storage)
          .entityManagerFactory()
          .unwrap(SessionFactory.class)
          .getStatistics();
    }

    @Test
    @DisplayName("the most-read list of a period and of all time is one statement each")
    void mostReadIsOneStatement() {
      Statistics statistics = statistics();

      statistics.clear();
      var day = site.articles().mostRead(Fixtures.UK, today.minusDays(1), today, 10);
      long dayStatements = statistics.getPrepareStatementCount();
      statistics.clear();
      var allTime = site.articles().mostRead(Fixtures.UK, null, null, 10);
      long allTimeStatements = statistics.getPrepareStatementCount();

      assertThat(dayStatements).isEqualTo(1);
      assertThat(allTimeStatements).isEqualTo(1);
      assertThat(day).hasSize(10);
      assertThat(day.get(0).article()).isEqualTo(ranked.get(0));
      assertThat(day.get(0).periodViews()).isEqualTo(100);
      assertThat(day.get(0).totalViews()).isEqualTo(101);
      assertThat(allTime.get(9).article()).isEqualTo(ranked.get(9));
      assertThat(allTime.get(9).periodViews()).isEqualTo(92);
    }

    @Test
    @DisplayName("an article with its translations is one statement")
    void findWithTranslationsIsOneStatement() {
      Statistics statistics = statistics();

      statistics.clear();
      List<Article> group = site.articles().findWithTranslations("english");
      long statements = statistics.getPrepareStatementCount();

      assertThat(statements).isEqualTo(1);
      assertThat(group).containsExactly(english, original);
    }

    @Test
    @DisplayName("through the service, a most-read list is one statement, then none while cached")
    void serviceCachesMostRead() {
      Statistics statistics = statistics();
      try (Dateline cms =
          Dateline.builder()
              .storage(storage)
              .clock(java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC))
              .build()) {
        io.dateline.cms.ArticleService articles = cms.tenant(tenantId).articles();

        statistics.clear();
        var first =
            articles.mostRead(Fixtures.UK, io.dateline.cms.views.ViewPeriod.LAST_24_HOURS, 5);
        long cold = statistics.getPrepareStatementCount();
        statistics.clear();
        var second =
            articles.mostRead(Fixtures.UK, io.dateline.cms.views.ViewPeriod.LAST_24_HOURS, 5);
        long warm = statistics.getPrepareStatementCount();
        statistics.clear();
        var page = articles.findWithTranslations("original");
        long translations = statistics.getPrepareStatementCount();

        assertThat(cold).isEqualTo(1);
        assertThat(warm).isZero();
        assertThat(second).isEqualTo(first);
        assertThat(first.stream().map(v -> v.article().id()))
            .containsExactlyElementsOf(ranked.subList(0, 5).stream().map(Article::id).toList());
        assertThat(translations).isEqualTo(1);
        assertThat(page.orElseThrow().translations()).containsExactly(english);
      }
    }
  }
}
