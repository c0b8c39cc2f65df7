package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.dateline.cms.testsupport.StatementCounter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How many statements each page kind costs the database, counted on the JDBC connections (every
 * statement prepared, by Hibernate or by hand), view counting included: cold (nothing cached) and
 * warm (the same page again).
 */
abstract class StatementBudget {
  private Databases.CountedStorage counted;
  private JpaStorage storage;
  private Dateline cms;
  private SiteFixture fx;
  private StatementCounter statements;

  abstract Databases.CountedStorage newStorage();

  @BeforeEach
  void start() {
    counted = newStorage();
    storage = counted.storage();
    cms =
        Dateline.builder()
            .storage(storage)
            .viewCounting(v -> v.flushInterval(Duration.ZERO).storedCountTtl(Duration.ofMinutes(5)))
            .build();
    fx = new SiteFixture(cms, "https://news.example/", 25);
    // Views of several articles, stored, so that the most-read box has entries.
    for (int i = 0; i < 6; i++) {
      for (int v = 0; v <= i; v++) {
        cms.viewCounter().record(fx.tenant.id(), fx.articles.get(i).id());
      }
    }
    cms.viewCounter().flush();
    statements = counted.counter();
  }

  @AfterEach
  void stop() {
    cms.close();
    counted.close();
  }

  /** A node that has cached nothing yet: its own Dateline (view counter) and site. */
  private DatelineSite freshNode(java.util.List<AutoCloseable> opened) {
    return freshNode(opened, 5);
  }

  /** A fresh node showing up to {@code related} automatic related articles (0: picks only). */
  private DatelineSite freshNode(java.util.List<AutoCloseable> opened, int related) {
    Dateline node =
        Dateline.builder()
            .storage(storage)
            .viewCounting(v -> v.flushInterval(Duration.ZERO).storedCountTtl(Duration.ofMinutes(5)))
            .build();
    DatelineSite fresh =
        DatelineSite.builder(node, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ZERO)
            .relatedArticles(related)
            .build();
    opened.add(fresh);
    opened.add(node);
    return fresh;
  }

  private long statements(DatelineSite node, String path) {
    statements.reset();
    SiteResponse r = node.handle(SiteRequest.get(path));
    assertThat(r.status()).as(path).isEqualTo(200);
    return statements.count();
  }

  private void budget(Map<String, Integer> coldBudgets) throws Exception {
    Map<String, Long> cold = new LinkedHashMap<>();
    Map<String, Long> warm = new LinkedHashMap<>();
    for (String path : coldBudgets.keySet()) {
      java.util.List<AutoCloseable> opened = new java.util.ArrayList<>();
      try {
        DatelineSite node = freshNode(opened);
        cold.put(path, statements(node, path));
        warm.put(path, statements(node, path));
      } finally {
        for (AutoCloseable c : opened) {
          c.close();
        }
      }
    }
    System.out.println(
        "STATEMENTS " + getClass().getSimpleName() + " cold " + cold + " warm " + warm);
    coldBudgets.forEach(
        (path, max) -> {
          assertThat(cold.get(path)).as("cold " + path).isLessThanOrEqualTo(max);
          assertThat(warm.get(path)).as("warm " + path).isZero();
        });
  }

  @Test
  @DisplayName("an article page: at most 5 cold with its view counts and related news, none warm")
  void articlePage() throws Exception {
    String t = "/" + fx.tenant.id() + "/";
    budget(
        Map.of(
            t + "news/" + fx.original.slug(), 5,
            t + "en/news/" + fx.translation.slug(), 5,
            t + "news/" + fx.articles.get(3).slug(), 5));
  }

  @Test
  @DisplayName("related news costs an article page one statement cold and none warm")
  void relatedNewsCostsOneStatement() throws Exception {
    String path = "/" + fx.tenant.id() + "/news/" + fx.articles.get(3).slug();
    java.util.List<AutoCloseable> opened = new java.util.ArrayList<>();
    try {
      DatelineSite without = freshNode(opened, 0);
      long coldWithout = statements(without, path);
      DatelineSite with = freshNode(opened, 5);
      statements.reset();
      SiteResponse page = with.handle(SiteRequest.get(path));
      long coldWith = statements.count();
      long warmWith = statements(with, path);
      System.out.println(
          "STATEMENTS "
              + getClass().getSimpleName()
              + " related news: cold without "
              + coldWithout
              + ", cold with "
              + coldWith
              + ", warm with "
              + warmWith);

      // Every fixture article shares the tag and the section, so the box is full.
      assertThat(page.status()).isEqualTo(200);
      String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(html).contains("<section class=\"related\"");
      assertThat(html).contains(fx.articles.get(4).headline());
      assertThat(html).doesNotContain(fx.draft.headline());
      assertThat(coldWith).isEqualTo(coldWithout + 1);
      assertThat(warmWith).isZero();
    } finally {
      for (AutoCloseable c : opened) {
        c.close();
      }
    }
  }

  @Test
  @DisplayName(
      "a listing page: at most 4 cold plus the view counts (3 for the home page), none warm")
  void listingPages() throws Exception {
    String t = "/" + fx.tenant.id() + "/";
    // The view counter's one statement for the counts of the page comes on top of the 4.
    budget(
        Map.of(
            t,
            4,
            t + "en/",
            5,
            t + "section/" + fx.section.slug(),
            5,
            t + "tag/" + fx.tag.slug(),
            5,
            t + "author/" + fx.author.slug(),
            5,
            t + "location/" + fx.location.slug(),
            5));
  }

  @Test
  @DisplayName("feeds and sitemaps: a few statements cold, none warm")
  void documents() throws Exception {
    String t = "/" + fx.tenant.id() + "/";
    budget(
        Map.of(
            t + "rss.xml",
            2,
            t + "section/" + fx.section.slug() + "/atom.xml",
            3,
            t + "sitemap.xml",
            2,
            t + "news-sitemap.xml",
            2));
  }

  @Test
  @DisplayName("the content API: a few statements cold, none warm")
  void contentApi() throws Exception {
    String api = "/api/v1/" + fx.tenant.id() + "/";
    Map<String, Integer> budgets = new LinkedHashMap<>();
    budgets.put(api, 0);
    budgets.put(api + "articles/" + fx.original.id(), 3);
    budgets.put(api + "articles/by-slug/" + fx.original.slug() + "?lang=en", 2);
    budgets.put(api + "latest?limit=10", 2);
    budgets.put(api + "sections/" + fx.section.slug() + "/articles", 3);
    budgets.put(api + "tags/" + fx.tag.slug() + "/articles", 3);
    budgets.put(api + "authors", 1);
    budgets.put(api + "locations", 1);
    budgets.put(api + "most-read", 2);
    // The JPA store reads the change feed over plain JDBC, which these statistics do not count;
    // ContentApiTest.changeFeedIsCached shows the warm page is served from the cache.
    budgets.put(api + "changes?after=0&limit=50", 1);
    budget(budgets);
  }
}
