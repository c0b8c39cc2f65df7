package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole site, as the demo command does, on a free port over a fresh H2 database, and reads
 * it back over HTTP and in a real browser.
 */
@DisplayName("The news site, running")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsSiteTest {
  /** A fixed "now", so that the sample content's times do not depend on when the test runs. */
  private static final Instant START = Instant.parse("2025-06-11T08:00:00Z");

  private static final String AGENCY = "dnipro-news";
  private static final String SEOUL_HEADLINE_PART = "Сеулі";

  private final SettableClock clock = new SettableClock(START);
  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private NewsSite site;
  private Path browserDirectory;

  @BeforeAll
  void start(@TempDir Path dataDirectory, @TempDir Path browserDirectory) throws Exception {
    this.browserDirectory = browserDirectory;
    SiteConfig config =
        SiteConfig.builder()
            .port(0)
            .dataDirectory(dataDirectory)
            .clock(clock, Duration.ofMillis(100))
            .build();
    site = NewsSite.start(config);
  }

  @AfterAll
  void stop() {
    if (site != null) {
      site.close();
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(site.uri().resolve(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * The response's one {@code Content-Type}, spaces removed: Jetty writes {@code
   * text/html;charset=utf-8} for the site's {@code text/html; charset=utf-8}, which means the same.
   */
  private static String contentType(HttpResponse<?> response) {
    assertThat(response.headers().allValues("Content-Type")).hasSize(1);
    return response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "");
  }

  private Document page(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
    return Jsoup.parse(response.body(), site.uri().resolve(path).toString());
  }

  /** The agency's exclusive from Seoul, found the way a reader finds it: on its dateline's page. */
  private String seoulArticlePath() throws Exception {
    Element link =
        page("/" + AGENCY + "/location/seoul").select("ol.headlines a.title").stream()
            .filter(a -> a.text().contains(SEOUL_HEADLINE_PART))
            .findFirst()
            .orElseThrow();
    return URI.create(link.absUrl("href")).getPath();
  }

  private static long views(Document page) {
    String text = page.selectFirst("article.article .views").text();
    return Long.parseLong(text.replaceAll("\\D", ""));
  }

  @Nested
  @DisplayName("over HTTP")
  class OverHttp {

    @Test
    @DisplayName("finds \"під Харковом\" when a reader searches for Харків, from the header's box")
    void search() throws Exception {
      Document home = page("/dnipro-news/");
      String action = home.selectFirst("header form.search-box").attr("action");
      assertThat(URI.create(action).getPath()).isEqualTo("/dnipro-news/search");

      Document results =
          page("/dnipro-news/search?q=" + java.net.URLEncoder.encode("Харків", "UTF-8"));
      assertThat(results.select("meta[name=robots]").attr("content")).contains("noindex");
      assertThat(results.select("li.result h2 a").eachText())
          .anyMatch(title -> title.contains("під Харковом"));
      assertThat(results.select("li.result .snippet mark, li.result h2").text()).isNotEmpty();
    }

    @Test
    @DisplayName("shows the sample's drawn pictures: lead image, thumbnails, logo, icon, portraits")
    void pictures() throws Exception {
      Document article = page(seoulArticlePath());
      Element lead = article.selectFirst("figure.featured picture img");
      assertThat(lead).as("the lead image").isNotNull();
      assertThat(lead.attr("fetchpriority")).isEqualTo("high");
      assertThat(lead.attr("alt")).startsWith("Малюнок");
      assertThat(article.selectFirst("meta[property=og:image]").attr("content"))
          .isEqualTo(lead.attr("src"));
      assertThat(article.selectFirst("meta[name=twitter:card]").attr("content"))
          .isEqualTo("summary_large_image");
      assertThat(article.selectFirst("meta[name=twitter:site]").attr("content"))
          .isEqualTo("@dnipro_news");
      assertThat(article.selectFirst("link[rel=icon]")).isNotNull();
      String jsonLd = article.selectFirst("script[type=application/ld+json]").data();
      assertThat(jsonLd).contains("\"logo\"").contains("\"ImageObject\"");

      // The lead image's URL answers with a JPEG of the size its srcset promises.
      HttpResponse<byte[]> image =
          http.send(
              HttpRequest.newBuilder(URI.create(lead.attr("src"))).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(contentType(image)).isEqualTo("image/jpeg");
      BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(image.body()));
      assertThat(drawn.getWidth()).isEqualTo(1280);
      assertThat(drawn.getHeight()).isEqualTo(720);
      // Renditions never change under their URL: cached for a year, with a strong ETag.
      assertThat(image.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      assertThat(image.headers().firstValue("ETag"))
          .hasValueSatisfying(e -> assertThat(e).startsWith("\""));

      Document home = page("/" + AGENCY + "/");
      assertThat(home.select("ol.headlines img.thumb")).hasSizeGreaterThan(3);
      assertThat(home.select("ol.headlines img.thumb").get(1).attr("loading")).isEqualTo("lazy");
    }

    @Test
    @DisplayName("lists the three publications on its root page")
    void tenants() throws Exception {
      Document root = page("/");

      assertThat(root.select("ul.tenant-list a.publication").eachAttr("href"))
          .extracting(href -> URI.create(href).getPath())
          .containsExactlyInAnyOrder("/dnipro-news/", "/lviv-today/", "/podil-university/");
      assertThat(root.select("ul.tenant-list a.publication").eachText())
          .containsExactlyInAnyOrder("DNA", "Львів сьогодні", "Podil University News");
    }

    @Test
    @DisplayName("names every publication's sitemaps in robots.txt")
    void robots() throws Exception {
      HttpResponse<String> robots = get("/robots.txt");

      assertThat(robots.statusCode()).isEqualTo(200);
      assertThat(contentType(robots)).isEqualTo("text/plain;charset=utf-8");
      assertThat(robots.body().lines().filter(line -> line.startsWith("Sitemap: ")))
          .map(line -> line.substring("Sitemap: ".length()))
          .containsExactlyInAnyOrder(
              site.uri() + "dnipro-news/sitemap.xml",
              site.uri() + "dnipro-news/news-sitemap.xml",
              site.uri() + "lviv-today/sitemap.xml",
              site.uri() + "lviv-today/news-sitemap.xml",
              site.uri() + "podil-university/sitemap.xml",
              site.uri() + "podil-university/news-sitemap.xml");
      for (String line : robots.body().lines().toList()) {
        if (line.startsWith("Sitemap: ")) {
          String sitemap = URI.create(line.substring("Sitemap: ".length())).getPath();
          assertThat(get(sitemap).statusCode()).as(sitemap).isEqualTo(200);
        }
      }
    }

    @Test
    @DisplayName("links the theme's stylesheet from every page, and serves it")
    void stylesheet() throws Exception {
      String href = page("/").selectFirst("link[rel=stylesheet]").attr("href");

      HttpResponse<String> css = get(href);

      assertThat(href).isEqualTo("/assets/dateline.css");
      assertThat(page(seoulArticlePath()).selectFirst("link[rel=stylesheet]").attr("href"))
          .isEqualTo(href);
      assertThat(css.statusCode()).isEqualTo(200);
      assertThat(contentType(css)).isEqualTo("text/css;charset=utf-8");
      assertThat(css.body()).contains("{");
    }

    @Test
    @DisplayName("counts every view of an article and shows the new count at once")
    void viewCount() throws Exception {
      String path = seoulArticlePath();

      long first = views(page(path));
      long second = views(page(path));

      assertThat(first).isGreaterThan(0);
      assertThat(second).isEqualTo(first + 1);
    }

    @Test
    @DisplayName("shows the dateline, byline, sections and tags with transliterated slugs")
    void anatomy() throws Exception {
      Document article = page(seoulArticlePath());

      assertThat(article.selectFirst("h1.headline").text()).contains(SEOUL_HEADLINE_PART);
      assertThat(article.selectFirst(".badge.exclusive")).isNotNull();
      Element dateline = article.selectFirst(".meta .dateline");
      assertThat(dateline.text()).isEqualTo("Сеул • DNA");
      assertThat(dateline.selectFirst("a").attr("href")).endsWith("/dnipro-news/location/seoul");
      assertThat(article.select(".byline a[rel=author]").eachAttr("href"))
          .containsExactly(site.uri() + "dnipro-news/author/taras-melnyk");
      assertThat(article.select("nav.sections a").eachAttr("href"))
          .extracting(href -> URI.create(href).getPath())
          .containsExactly("/dnipro-news/section/novyny-svitu", "/dnipro-news/section/ekonomika");
      assertThat(article.select("nav.tags a[rel=tag]"))
          .extracting(Element::text, a -> URI.create(a.attr("href")).getPath())
          .containsExactly(
              tuple("Марко Гнатюк", "/dnipro-news/tag/marko-hnatiuk"),
              tuple("Енергетика", "/dnipro-news/tag/enerhetyka"));
      assertThat(article.select(".body h2").eachText()).containsExactly("Подробиці", "Доповнення");
      assertThat(article.select(".body figure.quote figcaption").eachText())
          .containsExactly("Марко Гнатюк");
    }

    @Test
    @DisplayName("embeds a JSON-LD NewsArticle that parses and matches the page")
    void jsonLd() throws Exception {
      Document article = page(seoulArticlePath());

      JsonNode json =
          new ObjectMapper()
              .readTree(article.selectFirst("script[type=application/ld+json]").data());

      assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
      assertThat(json.path("headline").asText())
          .isEqualTo(article.selectFirst("h1.headline").text());
      assertThat(json.path("inLanguage").asText()).isEqualTo("uk");
      assertThat(json.toString()).contains("Тарас Мельник", "DNA");
    }

    @Test
    @DisplayName("links an article to its English translation under the /en/ edition")
    void translation() throws Exception {
      Document article = page(seoulArticlePath());
      String english = article.selectFirst("nav.translations a[hreflang=en]").absUrl("href");

      Document translated = page(URI.create(english).getPath());

      assertThat(URI.create(english).getPath()).startsWith("/dnipro-news/en/news/");
      assertThat(translated.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(translated.selectFirst(".meta .dateline").text()).isEqualTo("Seoul • DNA");
      assertThat(translated.select("nav.tags a").eachText())
          .containsExactly("Marko Hnatiuk", "Energy");
    }

    @Test
    @DisplayName(
        "answers 404 for another tenant's article, an unknown tenant and an unknown slug, in the"
            + " tenant's language")
    void notFound() throws Exception {
      String slug = seoulArticlePath().substring(("/" + AGENCY + "/news/").length());
      // The theme's error page speaks the tenant's default language; without a tenant, English.
      String[][] cases = {
        {"/lviv-today/news/" + slug, "Сторінку не знайдено"},
        {"/nobody/", "Page not found"},
        {"/dnipro-news/tag/no-such-tag", "Сторінку не знайдено"},
      };

      for (String[] c : cases) {
        HttpResponse<String> response = get(c[0]);
        assertThat(response.statusCode()).as(c[0]).isEqualTo(404);
        assertThat(contentType(response)).isEqualTo("text/html;charset=utf-8");
        Document page = Jsoup.parse(response.body());
        assertThat(page.selectFirst("section.error").attr("data-status")).isEqualTo("404");
        assertThat(page.selectFirst("h1").text()).as(c[0]).isEqualTo(c[1]);
      }
    }

    @Test
    @DisplayName("answers 301 from a renamed article's former URL and 410 for a retracted story")
    void slugHistoryAndRetraction() throws Exception {
      HttpResponse<String> moved = get("/dnipro-news/news/substation-near-kharkiv-repaired?ref=x");
      assertThat(moved.statusCode()).isEqualTo(301);
      assertThat(moved.headers().firstValue("Location"))
          .contains(site.uri() + "dnipro-news/en/news/kharkiv-substation-back-online?ref=x");
      assertThat(get("/dnipro-news/en/news/kharkiv-substation-back-online").statusCode())
          .isEqualTo(200);

      HttpResponse<String> gone = get("/dnipro-news/news/pomylkove-povidomlennia-pro-mist");
      assertThat(gone.statusCode()).isEqualTo(410);
      assertThat(gone.headers().firstValue("X-Robots-Tag")).contains("noindex");
      Document page = Jsoup.parse(gone.body());
      assertThat(page.selectFirst("section.error").attr("data-status")).isEqualTo("410");
      assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
    }

    @Test
    @DisplayName("answers 400 for a damaged page link and 405 for methods other than GET and HEAD")
    void badRequests() throws Exception {
      HttpResponse<String> damaged = get("/dnipro-news/?after=not-a-cursor");
      HttpResponse<String> post =
          http.send(
              HttpRequest.newBuilder(site.uri().resolve("/dnipro-news/"))
                  .POST(HttpRequest.BodyPublishers.ofString("x"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(damaged.statusCode()).isEqualTo(400);
      assertThat(contentType(damaged)).isEqualTo("text/html;charset=utf-8");
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    @DisplayName("serves an RSS feed that a feed parser reads back, in the edition's order")
    void rss() throws Exception {
      // Another test advances the clock and so publishes scheduled articles; the site applies
      // such a change from the change feed a moment later, so the feed and the page may briefly
      // disagree. Compare them once both show the same state (the feed is eventually consistent,
      // within one poll, by design), but not forever.
      Instant deadline = Instant.now().plusSeconds(10);
      HttpResponse<String> response;
      SyndFeed feed;
      String firstHeadline;
      boolean first = true;
      do {
        if (!first) {
          Thread.sleep(50);
        }
        first = false;
        response = get("/dnipro-news/en/rss.xml");
        feed = new SyndFeedInput().build(new StringReader(response.body()));
        firstHeadline = page("/dnipro-news/en/").selectFirst("ol.headlines a.title").text();
      } while (!feed.getEntries().isEmpty()
          && !feed.getEntries().get(0).getTitle().equals(firstHeadline)
          && Instant.now().isBefore(deadline));

      assertThat(contentType(response)).isEqualTo("application/rss+xml;charset=utf-8");
      assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
      assertThat(feed.getEntries()).isNotEmpty();
      assertThat(feed.getEntries().get(0).getTitle()).isEqualTo(firstHeadline);
      assertThat(feed.getEntries())
          .extracting(SyndEntry::getLink)
          .allSatisfy(link -> assertThat(link).startsWith(site.uri() + "dnipro-news/en/news/"));
    }

    @Test
    @DisplayName("lets feed readers revalidate with ETag and Last-Modified")
    void conditionalGet() throws Exception {
      HttpResponse<String> first = get("/dnipro-news/atom.xml");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

      HttpResponse<String> byTag = get("/dnipro-news/atom.xml", "If-None-Match", etag);
      HttpResponse<String> byDate = get("/dnipro-news/atom.xml", "If-Modified-Since", lastModified);
      HttpResponse<String> stale = get("/dnipro-news/atom.xml", "If-None-Match", "\"other\"");

      assertThat(new SyndFeedInput().build(new StringReader(first.body())).getFeedType())
          .isEqualTo("atom_1.0");
      assertThat(byTag.statusCode()).isEqualTo(304);
      assertThat(byTag.body()).isEmpty();
      assertThat(byDate.statusCode()).isEqualTo(304);
      assertThat(stale.statusCode()).isEqualTo(200);
      assertThat(stale.headers().firstValue("ETag")).hasValue(etag);
    }

    @Test
    @DisplayName("serves sitemaps as XML listing the tenant's own articles only")
    void sitemaps() throws Exception {
      HttpResponse<String> sitemap = get("/lviv-today/sitemap.xml");
      HttpResponse<String> news = get("/lviv-today/news-sitemap.xml");

      assertThat(contentType(sitemap)).isEqualTo("application/xml;charset=utf-8");
      Document xml = Jsoup.parse(sitemap.body(), "", Parser.xmlParser());
      assertThat(xml.select("url > loc").eachText())
          .isNotEmpty()
          .allSatisfy(loc -> assertThat(loc).startsWith(site.uri() + "lviv-today/"));
      assertThat(news.statusCode()).isEqualTo(200);
      assertThat(news.body()).contains("news:news");
    }

    @Test
    @DisplayName("redirects the default edition's language prefix and a tenant without a slash")
    void redirects() throws Exception {
      assertThat(get("/dnipro-news/uk/section/polityka").headers().firstValue("Location"))
          .hasValue(site.uri() + "dnipro-news/section/polityka");
      assertThat(get("/dnipro-news").headers().firstValue("Location"))
          .hasValue(site.uri() + "dnipro-news/");
      assertThat(get("/dnipro-news").statusCode()).isEqualTo(301);
    }

    @Test
    @DisplayName("publishes a scheduled article once its time has passed, with no request needed")
    void scheduled() throws Exception {
      String headline = "The university’s open day starts now";
      assertThat(page("/podil-university/").select("ol.headlines a.title").eachText())
          .doesNotContain(headline);

      clock.advance(Duration.ofMinutes(10));

      // The scheduler runs every 100 ms on its own; wait for it, but not forever.
      Instant deadline = Instant.now().plusSeconds(20);
      Optional<Element> link = Optional.empty();
      while (link.isEmpty() && Instant.now().isBefore(deadline)) {
        link =
            page("/podil-university/").select("ol.headlines a.title").stream()
                .filter(a -> a.text().equals(headline))
                .findFirst();
        if (link.isEmpty()) {
          Thread.sleep(100);
        }
      }
      assertThat(link).as("the scheduled article on the front page").isPresent();
      assertThat(get(URI.create(link.get().absUrl("href")).getPath()).statusCode()).isEqualTo(200);
    }
  }

  @Nested
  @DisplayName("in headless Chromium")
  class InBrowser {

    @Test
    @DisplayName("shows the article's headline and view count, and takes a screenshot")
    void article() throws Exception {
      Optional<HeadlessChromium> browser = HeadlessChromium.find(browserDirectory);
      assumeTrue(browser.isPresent(), "no chromium on the PATH");
      String url = site.uri().resolve(seoulArticlePath()).toString();
      Document served = page(URI.create(url).getPath());
      String headline = served.selectFirst("h1.headline").text();
      // Renditions are made on their first request. Make every candidate of the lead image now,
      // so that however slow the machine, the browser finds them ready and the screenshot has the
      // picture in it.
      for (String candidate :
          served.selectFirst("figure.featured picture img").attr("srcset").split(",\\s*")) {
        URI rendition = URI.create(candidate.trim().split("\\s+")[0]);
        HttpResponse<byte[]> made =
            http.send(
                HttpRequest.newBuilder(rendition).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(made.statusCode()).as(rendition.toString()).isEqualTo(200);
        assertThat(contentType(made)).isEqualTo("image/jpeg");
      }

      Document dom = Jsoup.parse(browser.get().dumpDom(url));
      Path screenshot = Path.of("target", "screenshots", "article.png");
      browser.get().screenshot(url, screenshot, 1280, 1200);

      assertThat(dom.selectFirst("h1.headline").text()).isEqualTo(headline);
      // The drawn lead image is on the page the browser rendered (and so in the screenshot).
      assertThat(dom.selectFirst("figure.featured picture img")).isNotNull();
      assertThat(dom.selectFirst("article.article .views").text())
          .matches("[\\d\\s\\u00a0\\u202f]+ перегляд(и|ів)?");
      byte[] png = Files.readAllBytes(screenshot);
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      assertThat(png.length).isGreaterThan(20_000);
    }
  }
}
