package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged demo, started as the README starts it ({@code java -jar target/news-site.jar}), in
 * its own JVM with only the jar's own class path: it installs its sample content and serves the
 * tenant list, a home page and an article. The tests before it run on Maven's test class path,
 * where a dependency declared with the wrong scope is still present; this one is not.
 */
@DisplayName("The packaged news-site jar")
class PackagedJarIT {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/)");

  @TempDir Path data;
  private Process demo;

  @AfterEach
  void stop() throws InterruptedException {
    if (demo != null) {
      demo.destroy(); // SIGTERM: the demo's graceful shutdown
      if (!demo.waitFor(30, TimeUnit.SECONDS)) {
        demo.destroyForcibly();
      }
    }
  }

  @Test
  @DisplayName("starts with java -jar and serves the tenant list, a home page and an article")
  void startsAndServes() throws Exception {
    Path jar = Path.of(System.getProperty("news-site.jar", "target/news-site.jar"));
    assertThat(jar).as("the packaged jar").exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder =
        new ProcessBuilder(java, "-jar", jar.toString()).redirectErrorStream(true);
    builder.environment().put("PORT", "0");
    builder.environment().put("DATELINE_HOST", "127.0.0.1");
    builder.environment().put("DATELINE_DATA_DIR", data.resolve("demo").toString());
    demo = builder.start();
    Path log = data.resolve("demo.log");
    CompletableFuture<String> base = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  Files.writeString(
                      log,
                      line + "\n",
                      StandardCharsets.UTF_8,
                      StandardOpenOption.CREATE,
                      StandardOpenOption.APPEND);
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    base.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                base.completeExceptionally(e);
              }
              base.completeExceptionally(new IllegalStateException("the demo stopped"));
            },
            "demo-output");
    reader.setDaemon(true);
    reader.start();

    String root;
    try {
      root = base.get(240, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(
          "the demo did not start:\n"
              + (Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : ""),
          e);
    }

    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    String tenants = get(http, root);
    Element publication = Jsoup.parse(tenants, root).selectFirst("a.publication");
    assertThat(publication).as("a publication on " + root).isNotNull();
    String homeUrl = publication.absUrl("href");
    String home = get(http, homeUrl);
    Element headline = Jsoup.parse(home, homeUrl).selectFirst("a.title");
    assertThat(headline).as("a headline on " + homeUrl).isNotNull();
    String articleUrl = headline.absUrl("href");
    String article = get(http, articleUrl);
    assertThat(Jsoup.parse(article).selectFirst("h1").text()).isEqualTo(headline.text());
  }

  private static String get(HttpClient http, String url) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(url).isEqualTo(200);
    return response.body();
  }
}
