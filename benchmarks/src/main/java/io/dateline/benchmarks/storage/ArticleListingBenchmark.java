package io.dateline.benchmarks.storage;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Article;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.spi.TenantStorage;
import java.io.IOException;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleListingBenchmark {
  /** The database: {@code h2} (file) or {@code postgresql} (embedded). */
  @Param({"h2", "postgresql"})
  public String database;

  private BenchmarkDatabase db;
  private TenantStorage site;
  private ArticleQuery latest;
  private PageCursor deepCursor;
  private SessionFactory sessions;
  private Dateline cms;
  private TenantContent content;

  /** Opens the seeded database and finds the deep page's cursor. */
  @Setup(Level.Trial)
  public void open() {
    db = BenchmarkDatabase.open(database, true);
    site = db.storage().tenant(BenchmarkDatabase.MAIN);
    latest = ArticleQuery.published().limit(BenchmarkDatabase.PAGE);
    // Article i is the (n - 1 - i)-th newest; the cursor of page 2,500 is its last article.
    int n = BenchmarkDatabase.ARTICLES.get(BenchmarkDatabase.MAIN);
    int lastOfDeepPage = n - BenchmarkDatabase.DEEP_PAGES * BenchmarkDatabase.PAGE;
    Article anchor = site.articles().findBySlug("article-" + lastOfDeepPage).orElseThrow();
    deepCursor = new PageCursor(anchor.publishAt(), anchor.id());
    sessions = db.storage().entityManagerFactory().unwrap(SessionFactory.class);
    cms = Dateline.builder().storage(db.storage()).build();
    // Held, as a request handler would hold it for the request: the tenant lookup is not measured.
    content = cms.tenant(BenchmarkDatabase.MAIN);
  }

  /** Closes the database. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    cms.close();
    db.close();
  }

  /** The newest page. */
  @Benchmark
  public Page<Article> firstPage() {
    return site.articles().list(latest);
  }

  /** The page after 2,500 pages, by keyset cursor. */
  @Benchmark
  public Page<Article> deepPageByCursor() {
    return site.articles().list(latest.after(deepCursor));
  }

  /** The newest page with its references, through the article service. */
  @Benchmark
  public ArticleListing firstPageWithReferences() {
    return content.articles().list(latest);
  }

  /** The page after 2,500 pages with its references, through the article service. */
  @Benchmark
  public ArticleListing deepPageWithReferences() {
    return content.articles().list(latest.after(deepCursor));
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
              .setFirstResult(BenchmarkDatabase.DEEP_PAGES * BenchmarkDatabase.PAGE)
              .setMaxResults(BenchmarkDatabase.PAGE)
              .getResultList();
      s.getTransaction().commit();
      return rows;
    }
  }
}
