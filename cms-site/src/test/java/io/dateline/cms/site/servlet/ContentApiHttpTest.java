package io.dateline.cms.site.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cms.Dateline;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block.Paragraph;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.site.DatelineSite;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The content API end to end: the servlet in a real Jetty 12 (context {@code /app}, mapping {@code
 * /news/*}, so the API lives at {@code /app/news/api/v1/}), read with the JDK's HTTP client as an
 * app or a partner would.
 */
@DisplayName("The content API over HTTP, in Jetty 12")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentApiHttpTest {
  private static final String APP_ORIGIN = "https://app.example";
  private static final int ARTICLES = 23;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private Server server;
  private Dateline cms;
  private DatelineSite site;
  private URI api;
  private final List<Article> published = new ArrayList<>();
  private Article ofB;

  @BeforeAll
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    connector.open();
    int port = connector.getLocalPort();
    String root = "http://127.0.0.1:" + port + "/app/news/";

    cms = Dateline.builder().storage(new InMemoryStorage()).build();
    Locale uk = Locale.forLanguageTag("uk");
    for (String id : List.of("a", "b")) {
      cms.saveTenant(
          Tenant.builder(
                  TenantId.of(id),
                  "Tenant " + id,
                  uk,
                  ZoneId.of("Europe/Kyiv"),
                  URI.create(root + id + "/"))
              .publicationName(id.toUpperCase(Locale.ROOT))
              .supportedLocales(Set.of(uk))
              .build());
    }
    var articlesOfA = cms.tenant(TenantId.of("a")).articles();
    for (int i = 0; i < ARTICLES; i++) {
      Article draft =
          articlesOfA.create(
              ArticleDraft.builder(uk, "Новина " + i)
                  .lead("Коротко про новину " + i)
                  .body(Paragraph.of("Текст " + i))
                  .build());
      published.add(articlesOfA.publish(draft.id()));
    }
    articlesOfA.create(ArticleDraft.builder(uk, "Чернетка").body(Paragraph.of("ще ні")).build());
    var articlesOfB = cms.tenant(TenantId.of("b")).articles();
    ofB =
        articlesOfB.publish(
            articlesOfB
                .create(
                    ArticleDraft.builder(uk, "Новина видання Б").body(Paragraph.of("Б")).build())
                .id());

    site =
        DatelineSite.builder(cms, DatelineRenderer.builder().build())
            .basePath("/app/news/")
            .corsAllowedOrigins(List.of(APP_ORIGIN))
            .changePollInterval(Duration.ofMillis(100))
            .build();
    ServletContextHandler context = new ServletContextHandler("/app");
    context.addServlet(new DatelineServlet(site), "/news/*");
    server.setHandler(context);
    server.start();
    api = URI.create(root + "api/v1/");
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
    if (site != null) {
      site.close();
    }
    if (cms != null) {
      cms.close();
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return JSON.readTree(r.body());
  }

  private static String type(HttpResponse<String> r) {
    return r.headers().firstValue("Content-Type").orElse("").replace(" ", "");
  }

  @Test
  @DisplayName("walks a listing by cursor to its end: every published article once, newest first")
  void cursorWalk() throws Exception {
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    while (true) {
      String path =
          "a/latest?limit=5"
              + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      assertThat(type(r)).startsWith("application/json");
      JsonNode page = json(r);
      assertThat(page.get("articles").size()).isLessThanOrEqualTo(5);
      page.get("articles").forEach(a -> seen.add(a.get("id").asText()));
      pages++;
      if (page.get("next").isNull()) {
        break;
      }
      after = page.get("next").asText();
      assertThat(pages).as("pages").isLessThan(20);
    }
    List<String> expected = new ArrayList<>();
    for (int i = published.size() - 1; i >= 0; i--) {
      expected.add(published.get(i).id().toString());
    }
    assertThat(new LinkedHashSet<>(seen)).hasSameSizeAs(seen); // no duplicates
    assertThat(seen).containsExactlyInAnyOrderElementsOf(expected); // no gaps, no draft
    assertThat(pages).isEqualTo(5); // 23 articles, 5 a page
  }

  @Test
  @DisplayName("answers 304 to a repeated request that sends the ETag")
  void notModified() throws Exception {
    String path = "a/articles/" + published.get(3).id();
    HttpResponse<String> first = get(path);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get(path, "If-None-Match", etag);

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
  }

  @Test
  @DisplayName("answers a damaged cursor with 400 problem details naming the parameter")
  void badCursor() throws Exception {
    HttpResponse<String> r = get("a/latest?after=bm90LWEtY3Vyc29y");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(type(r)).isEqualTo("application/problem+json");
    JsonNode problem = json(r);
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("parameter").asText()).isEqualTo("after");
    assertThat(problem.get("type").asText()).isEqualTo("urn:dateline:problem:invalid-parameter");
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).contains("after");
  }

  @Test
  @DisplayName("answers 404 for an article of tenant A asked for under tenant B")
  void crossTenant() throws Exception {
    String idOfA = published.get(0).id().toString();
    assertThat(get("a/articles/" + idOfA).statusCode()).isEqualTo(200);

    HttpResponse<String> underB = get("b/articles/" + idOfA);

    assertThat(underB.statusCode()).isEqualTo(404);
    assertThat(type(underB)).isEqualTo("application/problem+json");
    assertThat(json(underB).get("parameter").asText()).isEqualTo("articleId");
    assertThat(get("a/articles/" + ofB.id()).statusCode()).isEqualTo(404);
    assertThat(get("b/articles/" + ofB.id()).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("answers a CORS preflight for an allowed origin, and reads carry the origin")
  void corsPreflight() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(api.resolve("a/latest"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", APP_ORIGIN)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP_ORIGIN);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow())
        .contains("GET");
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .containsIgnoringCase("If-None-Match");

    HttpResponse<String> read = get("a/latest", "Origin", APP_ORIGIN);
    assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).hasValue(APP_ORIGIN);
    assertThat(read.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Origin"));

    HttpResponse<String> stranger = get("a/latest", "Origin", "https://elsewhere.example");
    assertThat(stranger.statusCode()).isEqualTo(200);
    assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }
}
