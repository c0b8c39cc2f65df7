package io.dateline.benchmarks.storage;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.dateline.cms.storage.jpa.internal.ArticleEntity;
import io.dateline.cms.storage.jpa.internal.TenantSessions;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
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
 * Listing the latest articles of a tenant with 60,000 articles (in an archive of 140,000 over four
 * tenants): the first page, the page 2,500 pages deep reached by keyset cursor (what Dateline
 * does), and the same page by OFFSET (what Dateline avoids), for comparison; and the first and deep
 * page through the article service, which also loads the authors, tags, sections and locations the
 * page refers to (what a page view costs).
 *
 * <p>Like is compared with like. Every benchmark alternates between the same two tenants, {@code
 * bench-main} and {@code bench-main-2}, which hold the same number of articles, and lists the same
 * position in each (the first page, or items 50,001 to 50,020). H2 keeps the result of a prepared
 * query and returns it again while the parameters and the tables are unchanged, so repeating one
 * page would measure that cache instead of the listing; alternating two tenants avoids it without
 * mixing tenants of different sizes into one figure. The OFFSET baseline runs the store's own
 * listing statement (the one {@code list()} runs for the first page, taken from the store) in a
 * session set up as the store's, with {@code OFFSET 50000} instead of the cursor, and maps the rows
 * to articles as {@code list()} does; {@link #open} checks that it returns the same page as the
 * cursor.
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

  /** Items before the deep page: 2,500 pages of 20. */
  private static final int DEEP = BenchmarkDatabase.DEEP_PAGES * BenchmarkDatabase.PAGE;

  private BenchmarkDatabase db;
  private ArticleQuery latest;
  private final List<TenantStorage> sites = new ArrayList<>();
  private final List<TenantContent> contents = new ArrayList<>();
  private final List<PageCursor> deepCursors = new ArrayList<>();
  private OffsetListing byOffset;
  private Dateline cms;
  private int calls;

  /** Opens the seeded database, finds the deep pages' cursors and checks the baselines agree. */
  @Setup(Level.Trial)
  public void open() {
    db = BenchmarkDatabase.open(database, true);
    latest = ArticleQuery.published().limit(BenchmarkDatabase.PAGE);
    cms = Dateline.builder().storage(db.storage()).build();
    byOffset = new OffsetListing(db.storage(), latest);
    // Article i is the (n - i)-th newest: the page 2,500 pages deep follows article n - 50,000.
    int n = BenchmarkDatabase.LISTED_ARTICLES;
    for (TenantId tenant : BenchmarkDatabase.LISTED) {
      TenantStorage site = db.storage().tenant(tenant);
      sites.add(site);
      // Held, as a request handler would hold it for the request: the tenant lookup is not
      // measured.
      contents.add(cms.tenant(tenant));
      Article anchor = site.articles().findBySlug("article-" + (n - DEEP)).orElseThrow();
      PageCursor cursor = new PageCursor(anchor.publishAt(), anchor.id());
      deepCursors.add(cursor);
      requireSame(site.articles().list(latest), byOffset.list(tenant, 0), tenant + " first page");
      requireSame(
          site.articles().list(latest.after(cursor)),
          byOffset.list(tenant, DEEP),
          tenant + " deep page");
    }
  }

  private static void requireSame(Page<Article> expected, Page<Article> actual, String what) {
    List<ArticleId> want = expected.items().stream().map(Article::id).toList();
    List<ArticleId> got = actual.items().stream().map(Article::id).toList();
    if (want.size() != BenchmarkDatabase.PAGE
        || !want.equals(got)
        || !expected.nextCursor().equals(actual.nextCursor())) {
      throw new IllegalStateException(
          "the OFFSET baseline and list() disagree on the " + what + ": " + want + " vs " + got);
    }
  }

  /** Closes the database. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    cms.close();
    db.close();
  }

  /** Which of the two listed tenants this call lists. */
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
    int t = alternate();
    return sites.get(t).articles().list(latest.after(deepCursors.get(t)));
  }

  /** The newest page with its references, through the article service. */
  @Benchmark
  public ArticleListing firstPageWithReferences() {
    return contents.get(alternate()).articles().list(latest);
  }

  /** The page after 2,500 pages with its references, through the article service. */
  @Benchmark
  public ArticleListing deepPageWithReferences() {
    int t = alternate();
    return contents.get(t).articles().list(latest.after(deepCursors.get(t)));
  }

  /**
   * The same page by OFFSET through the store's own statement: the database reads and discards the
   * 50,000 index entries before it.
   */
  @Benchmark
  public Page<Article> deepPageByOffset() {
    return byOffset.list(BenchmarkDatabase.LISTED.get(alternate()), DEEP);
  }

  /**
   * The store's listing statement for a query, run with OFFSET and LIMIT instead of a cursor, in a
   * session the store's own {@code TenantSessions} opens, its rows mapped as {@code list()} maps
   * them.
   *
   * <p>The statement, its parameters, the scoping and the mapping are the store's package-private
   * internals, reached by reflection so that the baseline cannot drift from what {@code list()}
   * runs; should they be renamed, the benchmark fails at set-up with the reason rather than
   * measuring something else.
   */
  static final class OffsetListing {
    private static final String INTERNAL = "io.dateline.cms.storage.jpa.internal.";

    private final TenantSessions sessions;
    private final String hql;
    private final Map<String, Object> parameters;
    private final int limit;
    private final Method explicitlyScoped;
    private final Method toArticle;

    @SuppressWarnings("unchecked")
    OffsetListing(JpaStorage storage, ArticleQuery query) {
      try {
        Field field = JpaStorage.class.getDeclaredField("sessions");
        field.setAccessible(true);
        sessions = (TenantSessions) field.get(storage);
        Class<?> listing = Class.forName(INTERNAL + "JpaArticleRepository$ListingQuery");
        Method page = listing.getDeclaredMethod("page", ArticleQuery.class);
        page.setAccessible(true);
        Object statement = page.invoke(null, query);
        Method hqlOf = listing.getDeclaredMethod("hql");
        hqlOf.setAccessible(true);
        Method parametersOf = listing.getDeclaredMethod("parameters");
        parametersOf.setAccessible(true);
        hql = (String) hqlOf.invoke(statement);
        parameters = Map.copyOf((Map<String, Object>) parametersOf.invoke(statement));
        explicitlyScoped =
            TenantSessions.class.getDeclaredMethod(
                "explicitlyScoped", Session.class, Supplier.class);
        explicitlyScoped.setAccessible(true);
        toArticle =
            Class.forName(INTERNAL + "ArticleMapping")
                .getDeclaredMethod("toArticle", ArticleEntity.class);
        toArticle.setAccessible(true);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException(
            "the store's listing internals changed; update the OFFSET baseline to match", e);
      }
      if (query.after() != null) {
        throw new IllegalArgumentException("the baseline replaces the cursor; pass a first page");
      }
      limit = query.limit();
    }

    /**
     * The page after {@code offset} items, as {@code list()} would return it.
     *
     * @param tenant the tenant
     * @param offset items to skip
     * @return the page
     */
    Page<Article> list(TenantId tenant, int offset) {
      List<ArticleEntity> rows = sessions.read(tenant, s -> scoped(s, () -> rows(s, offset)));
      List<Article> items = new ArrayList<>(limit);
      for (int i = 0; i < Math.min(limit, rows.size()); i++) {
        items.add(article(rows.get(i)));
      }
      if (rows.size() <= limit) {
        return new Page<>(items, null);
      }
      Article last = items.get(items.size() - 1);
      return new Page<>(items, new PageCursor(last.publishAt(), last.id()));
    }

    private List<ArticleEntity> rows(Session s, int offset) {
      SelectionQuery<ArticleEntity> q = s.createSelectionQuery(hql, ArticleEntity.class);
      q.setParameter("tenant", s.getTenantIdentifierValue());
      parameters.forEach(q::setParameter);
      return q.setFirstResult(offset).setMaxResults(limit + 1).getResultList();
    }

    @SuppressWarnings("unchecked")
    private <R> R scoped(Session s, Supplier<R> work) {
      try {
        return (R) explicitlyScoped.invoke(null, s, work);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    private Article article(ArticleEntity entity) {
      try {
        return (Article) toArticle.invoke(null, entity);
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
