package io.dateline.cms.storage.jpa;

import static io.dateline.cms.storage.jpa.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.spi.ReferenceIds;
import io.dateline.cms.spi.TenantStorage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a page costs the database: every statement a listing runs is explained with the exact
 * parameters the store bound ({@code EXPLAIN ANALYZE} on H2, {@code EXPLAIN (ANALYZE, FORMAT JSON)}
 * on PostgreSQL), and the rows its plan reads must be about one page per status walked, whatever
 * the page's depth: a plan that scans or sorts the tenant's articles reads dozens of times more. On
 * PostgreSQL sequential scans, bitmap scans and sorts are switched off for the explain, so the
 * check is that an index can serve each query in order (which plan the planner prefers for a tiny
 * test table is its own business; docs/benchmarks.md shows the plans on 100,000 articles).
 */
@DisplayName("Listing plans")
class ListingPlanTest {
  private static final int ARTICLES = 240;
  private static final int LIMIT = 5;
  private static final ArticleStatus[] STATUS_CYCLE = {
    ArticleStatus.PUBLISHED,
    ArticleStatus.PUBLISHED,
    ArticleStatus.PUBLISHED,
    ArticleStatus.ARCHIVED,
    ArticleStatus.PUBLISHED,
    ArticleStatus.UNPUBLISHED
  };

  @Nested
  @DisplayName("on H2")
  class OnH2 extends PlanChecks {
    OnH2() {
      super(TestDatabases.Kind.H2_MEMORY);
    }

    @Override
    long rowsRead(Connection c, String sql, List<Bind> binds) throws SQLException {
      String plan = explain(c, "explain analyze " + sql, binds);
      long rows = 0;
      Matcher m = Pattern.compile("scanCount: (\\d+)").matcher(plan);
      while (m.find()) {
        rows += Long.parseLong(m.group(1));
      }
      lastPlan = plan;
      return rows;
    }
  }

  @Nested
  @DisplayName("on PostgreSQL")
  class OnPostgres extends PlanChecks {
    OnPostgres() {
      super(TestDatabases.Kind.POSTGRES);
    }

    @Override
    long rowsRead(Connection c, String sql, List<Bind> binds) throws SQLException {
      try (Statement s = c.createStatement()) {
        s.execute(
            "set local enable_seqscan = off; set local enable_bitmapscan = off;"
                + " set local enable_sort = off");
      }
      String plan = explain(c, "explain (analyze, format json) " + sql, binds);
      lastPlan = plan;
      try {
        return scanned(new ObjectMapper().readTree(plan).get(0).get("Plan"));
      } catch (java.io.IOException e) {
        throw new SQLException("unreadable plan: " + plan, e);
      }
    }

    /** Rows every scan node of the plan read, over all its loops, kept or filtered out. */
    private long scanned(JsonNode node) {
      long rows = 0;
      if (node.path("Node Type").asText().contains("Scan")) {
        long loops = node.path("Actual Loops").asLong(1);
        rows +=
            (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong())
                * loops;
      }
      for (JsonNode child : node.path("Plans")) {
        rows += scanned(child);
      }
      return rows;
    }
  }

  /** One bound parameter of a prepared statement: the setter and its arguments. */
  record Bind(Method setter, Object[] args) {}

  /** The checks, run once per database by a nested class. */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class PlanChecks {
    private final TestDatabases.Kind database;
    private final List<Long> reads = new CopyOnWriteArrayList<>();
    private volatile boolean explaining;
    private HikariDataSource pool;
    private JpaStorage storage;
    private TenantStorage site;
    private final List<Author> authors = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<Location> locations = new ArrayList<>();
    private PageCursor middle;

    /** The plan of the statement explained last, for failure messages. */
    String lastPlan = "";

    PlanChecks(TestDatabases.Kind database) {
      this.database = database;
    }

    /** The rows the plan of a statement reads, explained on the given connection. */
    abstract long rowsRead(Connection c, String sql, List<Bind> binds) throws SQLException;

    @BeforeAll
    void archive() {
      TestDatabases.shared(database); // migrates the schema
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(TestDatabases.url(database));
      config.setUsername(TestDatabases.user(database));
      config.setPassword("");
      config.setMaximumPoolSize(2);
      config.setAutoCommit(false);
      pool = new HikariDataSource(config);
      storage = JpaStorage.builder().dataSource(explaining(pool)).build();
      TenantId tenant = Fixtures.newTenantId();
      storage.tenants().save(Fixtures.tenant(tenant));
      site = storage.tenant(tenant);
      for (int i = 0; i < 6; i++) {
        authors.add(Fixtures.author(tenant, "author-" + i));
        tags.add(Fixtures.tag(tenant, "tag-" + i));
        sections.add(Fixtures.section(tenant, "section-" + i));
        locations.add(Fixtures.location(tenant, "location-" + i));
        site.authors().insert(authors.get(i));
        site.tags().insert(tags.get(i));
        site.sections().insert(sections.get(i));
        site.locations().insert(locations.get(i));
      }
      // Tags no page refers to: a lookup that scans the tenant's directory reads them too.
      for (int i = 0; i < 1000; i++) {
        site.tags().insert(Fixtures.tag(tenant, "unused-" + i));
      }
      for (int i = 0; i < ARTICLES; i++) {
        site.articles()
            .insert(
                Fixtures.published(tenant, "article-" + i, T0.plusSeconds(60L * i))
                    .status(STATUS_CYCLE[i % STATUS_CYCLE.length])
                    .language(i % 4 < 2 ? Fixtures.UK : Locale.ENGLISH)
                    .exclusive(i % 5 == 0)
                    .authors(List.of(authors.get(i % 6).id()))
                    .tags(List.of(tags.get(i % 6).id(), tags.get((i + 1) % 6).id()))
                    .sections(List.of(sections.get(i % 6).id()))
                    .dateline(locations.get(i % 6).id())
                    .build());
      }
      Article halfway = site.articles().findBySlug("article-" + ARTICLES / 2).orElseThrow();
      middle = new PageCursor(halfway.publishAt(), halfway.id());
      // Fresh statistics, as a database that has been running has: without them PostgreSQL
      // takes each table for a handful of rows, where any plan looks as good as another.
      try (Connection c = pool.getConnection();
          Statement s = c.createStatement()) {
        s.execute("analyze");
        c.commit();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @AfterAll
    void close() {
      storage.close();
      pool.close();
    }

    Stream<Arguments> listings() {
      ArticleQuery published = ArticleQuery.published().limit(LIMIT);
      ArticleQuery any = ArticleQuery.anyStatus().limit(LIMIT);
      Map<String, ArticleQuery> shapes = new java.util.LinkedHashMap<>();
      shapes.put("the latest", published);
      shapes.put("in a section", published.inSection(sections.get(1).id()));
      shapes.put("with a tag", published.withTag(tags.get(2).id()));
      shapes.put("by an author", published.byAuthor(authors.get(4).id()));
      shapes.put("at a location", published.atLocation(locations.get(4).id()));
      shapes.put("in a language", published.inLanguage(Locale.ENGLISH));
      shapes.put("exclusive", published.exclusive(true));
      shapes.put("in any status", any);
      shapes.put("in a section, in any status", any.inSection(sections.get(1).id()));
      return shapes.entrySet().stream()
          .flatMap(
              e ->
                  Stream.of(
                      Arguments.of(e.getKey() + ", first page", e.getValue()),
                      Arguments.of(
                          e.getKey() + ", page in the middle", e.getValue().after(middle))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    @DisplayName("a page reads about a page of rows per status, at any depth")
    void pageReadsAboutAPage(String shape, ArticleQuery query) {
      long rows = explained(() -> site.articles().list(query));

      assertThat(site.articles().list(query).items()).as(shape).hasSize(LIMIT);
      long walks = query.statuses().size();
      assertThat(rows).as("%s reads %d rows:%n%s", shape, rows, lastPlan).isPositive();
      assertThat(rows)
          .as("%s reads %d rows:%n%s", shape, rows, lastPlan)
          .isLessThanOrEqualTo(3 * (LIMIT + 1) * walks);
    }

    @Test
    @DisplayName("the references of a page are looked up by id, not found by reading them all")
    void referencesAreLookedUp() {
      List<Article> page = site.articles().list(ArticleQuery.published().limit(LIMIT)).items();
      ReferenceIds ids = ReferenceIds.of(page);
      int count =
          ids.authors().size() + ids.tags().size() + ids.sections().size() + ids.locations().size();

      long rows = explained(() -> site.resolve(ids));

      assertThat(rows)
          .as("%d ids read %d rows:%n%s", count, rows, lastPlan)
          .isPositive()
          .isLessThanOrEqualTo(2L * count + 2);
    }

    /** Runs the work once and returns the rows read by the plans of its queries. */
    private long explained(Runnable work) {
      reads.clear();
      explaining = true;
      try {
        work.run();
      } finally {
        explaining = false;
      }
      assertThat(reads).as("explained statements").isNotEmpty();
      return reads.stream().mapToLong(Long::longValue).sum();
    }

    /** Runs an explain statement with the parameters of the statement it explains. */
    String explain(Connection c, String sql, List<Bind> binds) throws SQLException {
      try (PreparedStatement explain = c.prepareStatement(sql)) {
        for (Bind b : binds) {
          invoke(b.setter(), explain, b.args());
        }
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = explain.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        return plan.toString();
      }
    }

    /**
     * A data source whose prepared selects, while {@link #explaining}, are first explained on the
     * same connection (inside the same transaction) with the same parameters.
     */
    private DataSource explaining(DataSource target) {
      return (DataSource)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {DataSource.class},
              (p, method, args) -> {
                Object result = invoke(method, target, args);
                return method.getName().equals("getConnection")
                    ? explaining((Connection) result)
                    : result;
              });
    }

    private Connection explaining(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {Connection.class},
              (p, method, args) -> {
                Object result = invoke(method, connection, args);
                return method.getName().equals("prepareStatement")
                        && result instanceof PreparedStatement statement
                    ? explaining(connection, statement, (String) args[0])
                    : result;
              });
    }

    private PreparedStatement explaining(
        Connection connection, PreparedStatement statement, String sql) {
      Map<Integer, Bind> binds = new TreeMap<>();
      return (PreparedStatement)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {PreparedStatement.class},
              (p, method, args) -> {
                if (method.getName().startsWith("set")
                    && args != null
                    && args.length >= 2
                    && args[0] instanceof Integer index) {
                  binds.put(index, new Bind(method, args));
                }
                if (method.getName().equals("executeQuery")
                    && explaining
                    && sql.startsWith("select")) {
                  reads.add(rowsRead(connection, sql, new ArrayList<>(binds.values())));
                }
                return invoke(method, statement, args);
              });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws SQLException {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof SQLException sql) {
          throw sql;
        }
        throw new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
