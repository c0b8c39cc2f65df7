package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.render.DatelineRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A Dateline site")
class DatelineSiteTest {
  private static final String BASE = "https://news.example/";
  private Dateline cms;
  private SiteFixture fx;
  private DatelineSite site;

  @BeforeEach
  void start() {
    cms =
        Dateline.builder()
            .storage(new InMemoryStorage())
            .viewCounting(v -> v.flushInterval(Duration.ZERO))
            .build();
    fx = new SiteFixture(cms, BASE, 3);
    site = site(DatelineSite.builder(cms, DatelineRenderer.builder().build()));
  }

  private static DatelineSite site(DatelineSite.Builder builder) {
    return builder.changePollInterval(Duration.ZERO).build();
  }

  @AfterEach
  void stop() {
    site.close();
    cms.close();
  }

  private SiteResponse get(String path, String... headers) {
    return send("GET", path, headers);
  }

  private SiteResponse send(String method, String pathAndQuery, String... headers) {
    int q = pathAndQuery.indexOf('?');
    SiteRequest.Builder b =
        SiteRequest.builder(method, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q))
            .rawQuery(q < 0 ? null : pathAndQuery.substring(q + 1))
            .remoteAddress("192.0.2.1");
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return site.handle(b.build());
  }

  private String tenantPath() {
    return "/" + fx.tenant.id() + "/";
  }

  private String articlePath() {
    return tenantPath() + "news/" + fx.original.slug();
  }

  private static Document html(SiteResponse r) {
    return Jsoup.parse(new String(r.body(), StandardCharsets.UTF_8));
  }

  @Nested
  @DisplayName("serves every page kind")
  class Pages {
    @Test
    @DisplayName("the article page, with its headline, dateline and live view count")
    void article() {
      SiteResponse first = get(articlePath());
      assertThat(first.status()).isEqualTo(200);
      assertThat(first.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
      Document page = html(first);
      assertThat(page.select("h1").text()).contains("Енергетики відновили живлення");
      assertThat(page.text()).contains("Київ");
      assertThat(Integer.parseInt(first.header("Content-Length"))).isEqualTo(first.body().length);
      SiteResponse second = get(articlePath());
      assertThat(html(second).text()).isNotEqualTo(page.text()); // the count moved: 1 -> 2 views
      assertThat(cms.viewCounter().count(fx.tenant.id(), fx.original.id())).isEqualTo(2);
    }

    @Test
    @DisplayName("home, language edition, section, tag, author and location listings")
    void listings() {
      for (String path :
          List.of(
              tenantPath(),
              tenantPath() + "en/",
              tenantPath() + "section/" + fx.section.slug(),
              tenantPath() + "tag/" + fx.tag.slug(),
              tenantPath() + "author/" + fx.author.slug(),
              tenantPath() + "location/" + fx.location.slug(),
              tenantPath() + "en/tag/" + fx.tag.slug())) {
        SiteResponse r = get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        assertThat(
                html(r)
                    .select(
                        "a[href$="
                            + fx.original.slug()
                            + "], a[href$="
                            + fx.translation.slug()
                            + "]"))
            .as(path)
            .isNotEmpty();
      }
    }

    @Test
    @DisplayName("feeds, sitemaps, robots.txt, the stylesheet, the favicon and the tenant list")
    void documents() {
      assertThat(get(tenantPath() + "rss.xml").header("Content-Type"))
          .startsWith("application/rss+xml");
      assertThat(get(tenantPath() + "en/atom.xml").header("Content-Type"))
          .startsWith("application/atom+xml");
      assertThat(get(tenantPath() + "section/" + fx.section.slug() + "/rss.xml").status())
          .isEqualTo(200);
      SiteResponse sitemap = get(tenantPath() + "sitemap.xml");
      assertThat(new String(sitemap.body(), StandardCharsets.UTF_8)).contains(fx.original.slug());
      assertThat(get(tenantPath() + "news-sitemap.xml").status()).isEqualTo(200);
      String robots = new String(get("/robots.txt").body(), StandardCharsets.UTF_8);
      assertThat(robots).contains("Sitemap: " + BASE + fx.tenant.id() + "/sitemap.xml");
      assertThat(get("/assets/dateline.css").header("Content-Type")).startsWith("text/css");
      SiteResponse icon = get("/favicon.ico");
      assertThat(icon.status()).isEqualTo(200);
      assertThat(icon.body()).startsWith(0, 0, 1, 0);
      assertThat(html(get("/")).text()).contains("TN");
    }

    @Test
    @DisplayName("the feed of one language holds only that language's articles")
    void feedLanguage() {
      String english = new String(get(tenantPath() + "en/rss.xml").body(), StandardCharsets.UTF_8);
      assertThat(english).contains("Power restored").doesNotContain("Енергетики");
    }
  }

  @Nested
  @DisplayName("answers with the right status")
  class Statuses {
    @Test
    @DisplayName("404 with the themed page for unknown pages, drafts and other tenants' slugs")
    void notFound() {
      for (String path :
          List.of(
              tenantPath() + "news/no-such-article",
              tenantPath() + "news/" + fx.draft.slug(),
              tenantPath() + "tag/nobody",
              "/no-such-tenant/",
              "/" + "x".repeat(64) + "/news/a",
              tenantPath() + "sitemap-9.xml")) {
        SiteResponse r = get(path);
        assertThat(r.status()).as(path).isEqualTo(404);
        assertThat(html(r).select("meta[name=robots]").attr("content")).contains("noindex");
      }
    }

    @Test
    @DisplayName("301 from every non-canonical form to the canonical URL")
    void redirects() {
      String id = fx.tenant.id().toString();
      assertThat(get("/" + id).header("Location")).isEqualTo(BASE + id + "/");
      assertThat(get("/" + id + "/uk/").header("Location")).isEqualTo(BASE + id + "/");
      assertThat(get("/" + id + "/news/" + fx.original.slug() + "/").header("Location"))
          .isEqualTo(BASE + id + "/news/" + fx.original.slug());
      // An English article asked for in the Ukrainian edition moves to its own edition.
      SiteResponse moved = get("/" + id + "/news/" + fx.translation.slug());
      assertThat(moved.status()).isEqualTo(301);
      assertThat(moved.header("Location"))
          .isEqualTo(BASE + id + "/en/news/" + fx.translation.slug());
      assertThat(get("/" + id + "/uk/?after=x").header("Location"))
          .isEqualTo(BASE + id + "/?after=x");
    }

    @Test
    @DisplayName("405 for other methods, 400 for a damaged page cursor")
    void badRequests() {
      SiteResponse post = send("POST", articlePath());
      assertThat(post.status()).isEqualTo(405);
      assertThat(post.header("Allow")).isEqualTo("GET, HEAD");
      for (String cursor : List.of("garbage", "%ZZ", "AAAA", "9999999999999999999")) {
        assertThat(get(tenantPath() + "?after=" + cursor).status()).as(cursor).isEqualTo(400);
      }
    }

    @Test
    @DisplayName("HEAD answers like GET without a body and counts no view")
    void head() {
      SiteResponse get = get(tenantPath());
      SiteResponse head = send("HEAD", tenantPath());
      assertThat(head.status()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(head.header("Content-Length")).isEqualTo(get.header("Content-Length"));
      send("HEAD", articlePath());
      assertThat(cms.viewCounter().count(fx.tenant.id(), fx.original.id())).isZero();
    }
  }

  @Nested
  @DisplayName("speaks HTTP caching")
  class Caching {
    @Test
    @DisplayName("every page kind answers a repeated request with its ETag with 304")
    void notModified() {
      for (String path :
          List.of(
              articlePath(),
              tenantPath(),
              tenantPath() + "section/" + fx.section.slug(),
              tenantPath() + "rss.xml",
              tenantPath() + "sitemap.xml",
              tenantPath() + "news-sitemap.xml",
              "/assets/dateline.css",
              "/robots.txt",
              "/")) {
        SiteResponse first = get(path);
        assertThat(first.header("ETag")).as(path).isNotNull();
        SiteResponse again = get(path, "If-None-Match", first.header("ETag"));
        assertThat(again.status()).as(path).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        if (first.header("Last-Modified") != null) {
          assertThat(get(path, "If-Modified-Since", first.header("Last-Modified")).status())
              .as(path)
              .isEqualTo(304);
        }
      }
    }

    @Test
    @DisplayName("the article's ETag is weak and survives a new view, but not an edit")
    void weakEtag() {
      SiteResponse first = get(articlePath());
      assertThat(first.header("ETag")).startsWith("W/\"");
      assertThat(get(articlePath()).header("ETag")).isEqualTo(first.header("ETag"));
      var article = fx.content.articles().get(fx.original.id());
      fx.content
          .articles()
          .update(
              article.id(),
              article.version(),
              io.dateline.cms.command.ArticleDraft.from(article)
                  .headline("Новий заголовок")
                  .build());
      site.refresh();
      SiteResponse edited = get(articlePath(), "If-None-Match", first.header("ETag"));
      assertThat(edited.status()).isEqualTo(200);
      assertThat(html(edited).select("h1").text()).contains("Новий заголовок");
    }

    @Test
    @DisplayName("pages name the tenant and article in surrogate keys, and vary only on encoding")
    void headers() {
      SiteResponse article = get(articlePath());
      assertThat(article.header("Surrogate-Key"))
          .contains("tenant-" + fx.tenant.id())
          .contains("article-" + fx.original.id());
      assertThat(article.header("Cache-Tag")).contains("article-" + fx.original.id());
      assertThat(article.header("Vary")).isEqualTo("Accept-Encoding");
      assertThat(article.header("Cache-Control")).isEqualTo("no-cache");
      assertThat(get(tenantPath()).header("Cache-Control")).contains("public");
      assertThat(get("/favicon.ico").header("Vary")).isNull();
    }

    @Test
    @DisplayName("text is gzipped for clients that accept it")
    void gzip() throws IOException {
      SiteResponse plain = get(tenantPath());
      SiteResponse zipped = get(tenantPath(), "Accept-Encoding", "br;q=1, gzip;q=0.8");
      assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
      assertThat(zipped.body().length).isLessThan(plain.body().length);
      try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).contains("<html");
      }
      assertThat(get(tenantPath(), "Accept-Encoding", "gzip;q=0").header("Content-Encoding"))
          .isNull();
    }

    @Test
    @DisplayName(
        "a published article appears and an unpublished one goes after the change feed is read")
    void followsChanges() {
      var fresh = fx.publish(SiteFixture.UK, "Щойно опубліковано", null);
      String path = tenantPath() + "news/" + fresh.slug();
      get(tenantPath()); // cache the home page before the change is read
      site.refresh();
      assertThat(get(path).status()).isEqualTo(200);
      assertThat(html(get(tenantPath())).text()).contains("Щойно опубліковано");
      fx.content.articles().unpublish(fresh.id());
      site.refresh();
      assertThat(get(path).status()).isEqualTo(410); // retracted: gone, see docs/redirects.md
      assertThat(html(get(tenantPath())).text()).doesNotContain("Щойно опубліковано");
    }
  }

  @Nested
  @DisplayName("with the view beacon")
  class Beacon {
    @BeforeEach
    void beaconSite() {
      site.close();
      site = site(DatelineSite.builder(cms, DatelineRenderer.builder().build()).viewBeacon(3));
    }

    @Test
    @DisplayName("article pages are cacheable and count no view; the beacon counts it")
    void countsByBeacon() {
      SiteResponse page = get(articlePath());
      assertThat(page.header("Cache-Control")).contains("public");
      assertThat(cms.viewCounter().count(fx.tenant.id(), fx.original.id())).isZero();
      String beacon = html(page).select("[data-dateline-beacon]").attr("data-dateline-beacon");
      assertThat(beacon).isEqualTo("/_views/" + fx.tenant.id() + "/" + fx.original.id());
      assertThat(send("POST", beacon).status()).isEqualTo(204);
      assertThat(get(beacon).header("Content-Type")).isEqualTo("image/gif");
      assertThat(cms.viewCounter().count(fx.tenant.id(), fx.original.id())).isEqualTo(2);
    }

    @Test
    @DisplayName("refuses unknown, unpublished and other tenants' articles, and limits each client")
    void validatesAndLimits() {
      String id = fx.tenant.id().toString();
      assertThat(send("POST", "/_views/" + id + "/" + fx.draft.id()).status()).isEqualTo(404);
      assertThat(send("POST", "/_views/" + id + "/not-an-id").status()).isEqualTo(404);
      assertThat(send("POST", "/_views/other-tenant/" + fx.original.id()).status()).isEqualTo(404);
      String beacon = "/_views/" + id + "/" + fx.original.id();
      for (int i = 0; i < 3; i++) {
        assertThat(send("POST", beacon).status()).isEqualTo(204);
      }
      SiteResponse limited = send("POST", beacon);
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isEqualTo("60");
      assertThat(cms.viewCounter().count(fx.tenant.id(), fx.original.id())).isEqualTo(3);
    }
  }
}
