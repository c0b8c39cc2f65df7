package io.dateline.benchmarks.storage;

import io.dateline.benchmarks.BenchData;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The benchmark archive: 140,000 published articles over four tenants: two listed tenants of 60,000
 * each (so that a page 2,500 pages deep exists in both, and a benchmark can alternate between two
 * equal tenants) and two others of 10,000 each, each article with authors, tags, a section and a
 * dateline. It is stored under {@code benchmarks/target/bench-data} ({@link BenchData}; override
 * with {@code -Ddateline.bench.dir}) and seeded once: JMH forks a JVM per benchmark, and every fork
 * after the first reuses the seeded database.
 */
final class BenchmarkDatabase implements AutoCloseable {
  /** A tenant whose listings are measured. */
  static final TenantId MAIN = TenantId.of("bench-main");

  /** The other tenant whose listings are measured: the same size and content as {@link #MAIN}. */
  static final TenantId MAIN_2 = TenantId.of("bench-main-2");

  /** The listed tenants, which every listing benchmark alternates between. */
  static final List<TenantId> LISTED = List.of(MAIN, MAIN_2);

  /** Articles in each listed tenant. */
  static final int LISTED_ARTICLES = 60_000;

  /** Articles per tenant. */
  static final Map<TenantId, Integer> ARTICLES =
      Map.of(
          MAIN,
          LISTED_ARTICLES,
          MAIN_2,
          LISTED_ARTICLES,
          TenantId.of("bench-b"),
          10_000,
          TenantId.of("bench-c"),
          10_000);

  /** The page size of every measured listing. */
  static final int PAGE = 20;

  /** How deep the deep page is. */
  static final int DEEP_PAGES = 2_500;

  private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");
  private static final Locale UK = Locale.forLanguageTag("uk");

  private final JpaStorage storage;
  private final @Nullable EmbeddedPostgres postgres;

  private BenchmarkDatabase(JpaStorage storage, @Nullable EmbeddedPostgres postgres) {
    this.storage = storage;
    this.postgres = postgres;
  }

  /**
   * Opens (and on first use creates) the database.
   *
   * @param database {@code h2} or {@code postgresql}
   * @param seed whether to seed the archive if it is not there yet
   * @return the opened database
   */
  static BenchmarkDatabase open(String database, boolean seed) {
    Path dir = BenchData.directory();
    try {
      Files.createDirectories(dir);
      BenchmarkDatabase db;
      if (database.equals("h2")) {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("h2/dateline");
        db = new BenchmarkDatabase(storage(url, "sa"), null);
      } else if (database.equals("postgresql")) {
        EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgresql").toFile())
                .setCleanDataDirectory(false)
                .start();
        db = new BenchmarkDatabase(storage(pg.getJdbcUrl("postgres", "postgres"), "postgres"), pg);
      } else {
        throw new IllegalArgumentException("unknown database: " + database);
      }
      if (seed) {
        db.seed();
      }
      return db;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JpaStorage storage(String url, String user) {
    return JpaStorage.builder().jdbcUrl(url, user, "").migrateOnStart(true).build();
  }

  JpaStorage storage() {
    return storage;
  }

  private void seed() {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (Map.Entry<TenantId, Integer> e : ARTICLES.entrySet()) {
        TenantStorage site = storage.tenant(e.getKey());
        long present = site.articles().count(ArticleQuery.anyStatus());
        // Imports add to the other tenants; the listed ones must hold exactly what the listing
        // benchmarks' positions assume.
        boolean listed = LISTED.contains(e.getKey());
        if (listed ? present == e.getValue() : present >= e.getValue()) {
          continue;
        }
        if (present > 0) {
          throw new IllegalStateException(
              "A partly seeded (or differently seeded) benchmark database: delete "
                  + BenchData.directory());
        }
        storage.tenants().save(tenant(e.getKey()));
        Directory directory = Directory.create(site);
        int count = e.getValue();
        int half = count / 2;
        work.add(pool.submit(() -> insertRange(site, directory, 0, half)));
        work.add(pool.submit(() -> insertRange(site, directory, half, count)));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("Seeding the benchmark database failed", e);
    } finally {
      pool.shutdown();
    }
  }

  private static void insertRange(TenantStorage site, Directory directory, int from, int to) {
    for (int i = from; i < to; i++) {
      site.articles().insert(article(site.tenantId(), directory, "article-" + i, i));
    }
  }

  /**
   * A realistic article: three paragraphs, a subheading, two authors, three tags, a section, a
   * dateline. Article {@code i} is published {@code 30 i} seconds after the start of 2020.
   */
  static Article article(TenantId tenant, Directory d, String slug, int i) {
    ArticleId id = ArticleId.random();
    Instant at = T0.plusSeconds(30L * i);
    return Article.builder()
        .tenantId(tenant)
        .id(id)
        .slug(slug)
        .language(UK)
        .translationKey(id)
        .headline("Новина номер " + i + ": міністр заявив про важливі переговори")
        .lead("Короткий виклад новини у одному абзаці, щоб читач одразу зрозумів суть.")
        .body(
            List.of(
                Block.Paragraph.of("Перший абзац тексту новини з подробицями події. ".repeat(4)),
                Block.Heading.of("Деталі"),
                Block.Paragraph.of("Другий абзац із цитатами та контекстом. ".repeat(5)),
                Block.Paragraph.of("Третій абзац, доповнення. ".repeat(3))))
        .authors(List.of(d.authors.get(i % 20), d.authors.get((i + 7) % 20)))
        .tags(List.of(d.tags.get(i % 50), d.tags.get((i + 13) % 50), d.tags.get((i + 29) % 50)))
        .sections(List.of(d.sections.get(i % 10)))
        .dateline(d.locations.get(i % 20))
        .exclusive(i % 17 == 0)
        .status(ArticleStatus.PUBLISHED)
        .publishAt(at)
        .firstPublishedAt(at)
        .createdAt(at)
        .updatedAt(at)
        .build();
  }

  private static Tenant tenant(TenantId id) {
    return Tenant.builder(
            id,
            "Benchmark " + id,
            UK,
            ZoneId.of("Europe/Kyiv"),
            URI.create("https://" + id + ".example.com/"))
        .publicationName("BENCH")
        .supportedLocales(Set.of(UK, Locale.ENGLISH))
        .build();
  }

  /** The authors, tags, sections and locations of a tenant. */
  static final class Directory {
    final List<AuthorId> authors = new ArrayList<>();
    final List<TagId> tags = new ArrayList<>();
    final List<SectionId> sections = new ArrayList<>();
    final List<LocationId> locations = new ArrayList<>();

    static Directory create(TenantStorage site) {
      Directory d = new Directory();
      TenantId t = site.tenantId();
      for (int i = 0; i < 50; i++) {
        LocalizedText name = LocalizedText.of("uk", "Назва " + i, "en", "Name " + i);
        if (i < 20) {
          Author a = new Author(t, AuthorId.random(), "author-" + i, name, null, null, null);
          site.authors().insert(a);
          d.authors.add(a.id());
          Location l =
              new Location(t, LocationId.random(), LocationKind.CITY, "city-" + i, name, null);
          site.locations().insert(l);
          d.locations.add(l.id());
        }
        if (i < 10) {
          Section s = new Section(t, SectionId.random(), "section-" + i, name, null, i);
          site.sections().insert(s);
          d.sections.add(s.id());
        }
        Tag tag = new Tag(t, TagId.random(), TagKind.TOPIC, "tag-" + i, name);
        site.tags().insert(tag);
        d.tags.add(tag.id());
      }
      return d;
    }

    /** Reads a seeded tenant's directory back (for imports into a seeded database). */
    static Directory load(TenantStorage site) {
      Directory d = new Directory();
      site.authors().list(null, 1000).forEach(a -> d.authors.add(a.id()));
      site.tags().list(null, 1000).forEach(a -> d.tags.add(a.id()));
      site.sections().list(null, 1000).forEach(a -> d.sections.add(a.id()));
      site.locations().list(null, 1000).forEach(a -> d.locations.add(a.id()));
      return d;
    }
  }

  @Override
  public void close() throws IOException {
    storage.close();
    if (postgres != null) {
      postgres.close();
    }
  }
}
