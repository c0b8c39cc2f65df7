package io.dateline.cms.site.servlet;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Mounts the servlet in a real embedded Jetty 12 under the context path {@code /app} and the
 * mapping {@code /news/*}, over an in-memory Dateline, and reads pages through the JDK's HTTP
 * client, as a browser or a CDN would.
 */
@DisplayName("The servlet adapter, mounted in Jetty 12 under /app/news/*")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatelineServletTest {
  private static final String HEADLINE = "Світло повернулося на лівий берег";

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private Server server;
  private Dateline cms;
  private DatelineSite site;
  private URI articleUrl;
  private URI tenantHome;

  @BeforeAll
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    // Bind now, before the tenant exists, so its base URL can name the port actually taken.
    connector.open();
    int port = connector.getLocalPort();

    cms = Dateline.builder().storage(new InMemoryStorage()).viewCounting(views -> {}).build();
    Locale uk = Locale.forLanguageTag("uk");
    Tenant tenant =
        cms.saveTenant(
            Tenant.builder(
                    TenantId.of("t1"),
                    "Test Tenant",
                    uk,
                    ZoneId.of("Europe/Kyiv"),
                    URI.create("http://127.0.0.1:" + port + "/app/news/t1/"))
                .publicationName("TT")
                .supportedLocales(Set.of(uk))
                .build());
    var articles = cms.tenant(tenant.id()).articles();
    Article draft =
        articles.create(
            ArticleDraft.builder(uk, HEADLINE)
                .lead("Бригади працювали всю ніч.")
                .body(Paragraph.of("Живлення відновили до ранку."))
                .build());
    Article article = articles.publish(draft.id());

    DatelineRenderer renderer = DatelineRenderer.builder().clock(cms.clock()).build();
    articleUrl = URI.create(renderer.urls(tenant).article(tenant, article));
    tenantHome = URI.create(renderer.urls(tenant).home(tenant, uk));
    // Views are not counted, so the page (and its ETag) stays the same from one request to the
    // next and HEAD, GET and a conditional GET can be compared.
    site = DatelineSite.builder(cms, renderer).basePath("/app/news/").countViews(false).build();

    ServletContextHandler context = new ServletContextHandler("/app");
    context.addServlet(new DatelineServlet(site), "/news/*");
    server.setHandler(context);
    server.start();
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

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * One {@code Content-Type} naming one charset, the site's. Jetty writes it without the space
   * after the semicolon, which means the same.
   */
  private static void assertSingleHtmlContentType(HttpResponse<String> response) {
    assertThat(response.headers().allValues("Content-Type"))
        .singleElement()
        .satisfies(
            type ->
                assertThat(type.replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8"));
  }

  @Test
  @DisplayName("serves the article page at the tenant's base URL, context path included")
  void articlePage() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(articleUrl));

    assertThat(articleUrl.getPath()).startsWith("/app/news/t1/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertSingleHtmlContentType(response);
    assertThat(response.headers().firstValue("ETag")).isPresent();
    assertThat(Jsoup.parse(response.body()).selectFirst("h1").text()).isEqualTo(HEADLINE);
  }

  @Test
  @DisplayName("answers 404 for an unknown article of a known tenant")
  void notFound() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(tenantHome.resolve("news/no-such-article")));

    assertThat(response.statusCode()).isEqualTo(404);
    assertSingleHtmlContentType(response);
    assertThat(response.body()).isNotBlank();
  }

  @Test
  @DisplayName("answers HEAD with the GET's headers and length but no body")
  void head() throws Exception {
    HttpResponse<String> get = send(HttpRequest.newBuilder(articleUrl));
    HttpResponse<String> head =
        send(
            HttpRequest.newBuilder(articleUrl).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValueAsLong("Content-Length"))
        .hasValue(get.body().getBytes(StandardCharsets.UTF_8).length);
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
  }

  @Test
  @DisplayName("answers 304 without a body when the client's ETag still matches")
  void notModified() throws Exception {
    String etag =
        send(HttpRequest.newBuilder(articleUrl)).headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        send(HttpRequest.newBuilder(articleUrl).header("If-None-Match", etag));

    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
  }

  @Test
  @DisplayName("hands the site the method, so other methods get the site's 405 and Allow")
  void otherMethods() throws Exception {
    HttpResponse<String> post =
        send(HttpRequest.newBuilder(articleUrl).POST(HttpRequest.BodyPublishers.ofString("x")));

    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("Allow"))
        .hasValueSatisfying(a -> assertThat(a).contains("GET"));
  }
}
