package io.dateline.benchmarks.storage;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.spi.TenantStorage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing the latest articles of a tenant with 70,000 articles (in an archive of 100,000 over four
 * tenants): the first page, the page 2,500 pages deep reached by keyset cursor (what Dateline
 * does), and the same page by OFFSET (what Dateline avoids), for comparison; and the first and deep
 * page through the article service, which also loads the authors, tags, sections and locations the
 * page refers to (what a page view costs).
 *
 * <p>Every benchmark alternates between two equivalent pages: the first pages of two tenants, the
 * pages ending at items 50,000 and 49,980. H2 keeps the result of a prepared query and returns it
 * again while the parameters and the tables are unchanged, so repeating one page would measure that
 * cache instead of the listing (OFFSET 50,000 took 1 ms repeated, 12 ms alternated).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 4)
public class ArticleListingBenchmark {
  /** The database: {@code h2} (file) or {@code postgresql} (embedded). */
  @Param({"h2", "postgresql"})
  public String database;

  /** The tenants whose first pages alternate: the measured one and one of the smaller ones. */
  private static final List<TenantId> FIRST_PAGE_TENANTS =
      List.of(BenchmarkDatabase.MAIN, TenantId.of("bench-c"));

  private BenchmarkDatabase db;
  private ArticleQuery latest;
  private final List<TenantStorage> sites = new ArrayList<>();
  private final List<TenantContent> contents = new ArrayList<>();
  private final List<PageCursor> deepCursors = new ArrayList<>();
  private final List<Integer> deepOffsets = new ArrayList<>();
  private SessionFactory sessions;
  private Dateline cms;
  private int calls;

  /** Opens the seeded database and finds the deep pages' cursors. */
  @Setup(Level.Trial)
  public void open() {
    db = BenchmarkDatabase.open(database, true);
    latest = ArticleQuery.published().limit(BenchmarkDatabase.PAGE);
    cms = Dateline.builder().storage(db.storage()).build();
    for (TenantId tenant : FIRST_PAGE_TENANTS) {
      sites.add(db.storage().tenant(tenant));
      // Held, as a request handler would hold it for the request: the tenant lookup is not
      // measured.
      contents.add(cms.tenant(tenant));
    }
    // Article i is the (n - i)-th newest: the page 2,500 pages deep follows article n - 50,000.
    int n = BenchmarkDatabase.ARTICLES.get(BenchmarkDatabase.MAIN);
    int deep = BenchmarkDatabase.DEEP_PAGES * BenchmarkDatabase.PAGE;
    for (int skipped : new int[] {deep, deep - BenchmarkDatabase.PAGE}) {
      Article anchor = sites.get(0).articles().findBySlug("article-" + (n - skipped)).orElseThrow();
      deepCursors.add(new PageCursor(anchor.publishAt(), anchor.id()));
      deepOffsets.add(skipped);
    }
    sessions = db.storage().entityManagerFactory().unwrap(SessionFactory.class);
  }

  /** Closes the database. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    cms.close();
    db.close();
  }

  /** Which of the two equivalent pages this call lists. */
  private int alternate() {
    return calls++ & 1;
  }

  /** The newest page. */
  @Benchmark
  public Page<Article> firstPage() {
    return sites.get(alternate()).articles().list(latest);
  }

  /** The page after 2,500 pages, by keyset cursor. */
  @Benchmark
  public Page<Article> deepPageByCursor() {
    return sites.get(0).articles().list(latest.after(deepCursors.get(alternate())));
  }

  /** The newest page with its references, through the article service. */
  @Benchmark
  public ArticleListing firstPageWithReferences() {
    return contents.get(alternate()).articles().list(latest);
  }

  /** The page after 2,500 pages with its references, through the article service. */
  @Benchmark
  public ArticleListing deepPageWithReferences() {
    return contents.get(0).articles().list(latest.after(deepCursors.get(alternate())));
  }

  /**
   * The same page by OFFSET, in a tenant-bound session like the store's own, ordered like the
   * store's listing (whose order by names the index's leading columns, so that H2 walks the index
   * instead of sorting): the database reads and discards the 50,000 index entries before it.
   */
  @Benchmark
  public List<Object> deepPageByOffset() {
    try (Session s =
        sessions
            .withOptions()
            .tenantIdentifier((Object) BenchmarkDatabase.MAIN.value())
            .openSession()) {
      s.setDefaultReadOnly(true);
      s.beginTransaction();
      List<Object> rows =
          s.createSelectionQuery(
                  "from ArticleEntity a where a.status = 'PUBLISHED' and a.publishAt is not null"
                      + " order by a.tenantId, a.status, a.publishAt desc, a.id desc",
                  Object.class)
              .setFirstResult(deepOffsets.get(alternate()))
              .setMaxResults(BenchmarkDatabase.PAGE)
              .getResultList();
      s.getTransaction().commit();
      return rows;
    }
  }
}
