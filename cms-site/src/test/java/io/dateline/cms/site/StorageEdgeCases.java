package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.testsupport.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Edge cases that depend on the storage, run on each backend: damaged cursors, retracted stories
 * and conditional requests, feeds per language, sitemaps of every article.
 */
abstract class StorageEdgeCases {
  private final List<AutoCloseable> opened = new ArrayList<>();
  private Dateline cms;
  private SiteFixture fx;
  private DatelineSite site;

  /**
   * A storage whose change feed takes its times from the clock.
   *
   * @param clock the clock
   * @return the storage; closed after the test
   */
  abstract ContentStorage newStorage(Clock clock);

  @BeforeEach
  void start() {
    Clock clock =
        MutableClock.ticking(Instant.parse("2026-03-01T09:00:00Z"), Duration.ofSeconds(1));
    ContentStorage storage = newStorage(clock);
    cms = Dateline.builder().storage(storage).clock(clock).build();
    opened.add(storage);
    opened.add(0, cms);
    fx = new SiteFixture(cms, "https://news.example/", 3);
    site = newSite();
  }

  private DatelineSite newSite() {
    DatelineSite started =
        DatelineSite.builder(cms, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ZERO)
            .build();
    opened.add(0, started);
    return started;
  }

  @AfterEach
  void stop() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private static SiteResponse get(DatelineSite on, String path, String... headers) {
    int q = path.indexOf('?');
    SiteRequest.Builder b =
        SiteRequest.builder("GET", q < 0 ? path : path.substring(0, q))
            .rawQuery(q < 0 ? null : path.substring(q + 1));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return on.handle(b.build());
  }

  private String home() {
    return "/" + fx.tenant.id() + "/";
  }

  @Test
  @DisplayName("a cursor holding a year far in the future is a 400, never a 5xx")
  void farFutureCursor() {
    for (String instant :
        List.of(
            "+10000-01-01T00:00:00Z", "+294277-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z")) {
      String token =
          new PageCursor(Instant.parse(instant), ArticleId.of(UUID.randomUUID())).encode();
      assertThat(get(site, home() + "?after=" + token).status()).as(instant).isEqualTo(400);
      assertThat(get(site, home() + "section/" + fx.section.slug() + "?after=" + token).status())
          .as(instant)
          .isEqualTo(400);
    }
    // The last representable year still pages (to an empty page).
    String latest =
        new PageCursor(PageCursor.MAX_TIME.minusSeconds(1), ArticleId.of(UUID.randomUUID()))
            .encode();
    assertThat(get(site, home() + "?after=" + latest).status()).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "after a story is retracted its URL is a 410 even to a conditional request, and no listing"
          + " Last-Modified goes back, on this node or on one started later")
  void retraction() {
    String article = home() + "news/" + fx.original.slug();
    SiteResponse page = get(site, article);
    SiteResponse listing = get(site, home());
    SiteResponse feed = get(site, home() + "rss.xml");
    SiteResponse sitemap = get(site, home() + "sitemap.xml");
    assertThat(new String(listing.body(), StandardCharsets.UTF_8)).contains(fx.original.slug());

    fx.content.articles().unpublish(fx.original.id());
    site.refresh();
    DatelineSite later = newSite(); // a node started, or restarted, after the retraction

    for (DatelineSite node : List.of(site, later)) {
      assertThat(
              get(
                      node,
                      article,
                      "If-None-Match",
                      page.header("ETag"),
                      "If-Modified-Since",
                      page.header("Last-Modified"))
                  .status())
          .isEqualTo(410);
      assertThat(get(node, article, "If-Modified-Since", page.header("Last-Modified")).status())
          .isEqualTo(410);
      for (SiteResponse before : List.of(listing, feed, sitemap)) {
        String path =
            before == listing
                ? home()
                : before == feed ? home() + "rss.xml" : home() + "sitemap.xml";
        SiteResponse now = get(node, path, "If-Modified-Since", before.header("Last-Modified"));
        assertThat(now.status()).as(path).isEqualTo(200);
        assertThat(new String(now.body(), StandardCharsets.UTF_8))
            .as(path)
            .doesNotContain(fx.original.slug());
        assertThat(httpDate(now.header("Last-Modified")))
            .as(path)
            .isAfter(httpDate(before.header("Last-Modified")));
      }
    }
  }

  @Test
  @DisplayName("the feed of each language holds only that language's articles")
  void feedLanguage() {
    String english = new String(get(site, home() + "en/rss.xml").body(), StandardCharsets.UTF_8);
    assertThat(english).contains(fx.translation.slug()).doesNotContain(fx.original.slug());
    String ukrainian = new String(get(site, home() + "atom.xml").body(), StandardCharsets.UTF_8);
    assertThat(ukrainian).contains(fx.original.slug()).doesNotContain(fx.translation.slug());
  }

  private static Instant httpDate(String value) {
    return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }
}
