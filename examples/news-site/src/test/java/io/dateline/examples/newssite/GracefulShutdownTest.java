package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the site and starting it again on the same database. */
@DisplayName("The news site, stopped and started again")
class GracefulShutdownTest {
  private static final Instant START = Instant.parse("2025-06-11T08:00:00Z");

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @DisplayName("keeps every view counted before it stopped, though none had been written yet")
  void flushesViews(@TempDir Path data) throws Exception {
    // Views would be written only every hour: only the flush on close can save them.
    SiteConfig config =
        SiteConfig.builder()
            .host("127.0.0.1")
            .port(0)
            .dataDirectory(data)
            .clock(new SettableClock(START), Duration.ofHours(1))
            .viewFlushInterval(Duration.ofHours(1))
            .build();
    String articlePath;
    long countBeforeStop;
    try (NewsSite site = NewsSite.start(config)) {
      articlePath = firstArticlePath(site);
      page(site, articlePath);
      countBeforeStop = views(page(site, articlePath));
    }

    try (NewsSite again = NewsSite.start(config)) {
      long countAfterRestart = views(page(again, articlePath));

      // The page shows the view it counts itself, so one more than before the stop.
      assertThat(countAfterRestart).isEqualTo(countBeforeStop + 1);
    }
  }

  private String firstArticlePath(NewsSite site) throws Exception {
    String href = page(site, "/dnipro-news/").selectFirst("ol.headlines a.title").absUrl("href");
    return URI.create(href).getPath();
  }

  private Document page(NewsSite site, String path) throws Exception {
    URI uri = site.uri().resolve(path);
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
    return Jsoup.parse(response.body(), uri.toString());
  }

  private static long views(Document article) {
    return Long.parseLong(
        article.selectFirst("article.article .views").text().replaceAll("\\D", ""));
  }
}
