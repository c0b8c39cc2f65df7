package io.dateline.cms.site.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cms.Dateline;
import io.dateline.cms.changes.ChangeSubscription;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block.Paragraph;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.search.lucene.LuceneSearchIndex;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.SiteResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The search page and the JSON search endpoint over a real Jetty server, on a Lucene index that
 * follows the change feed.
 */
@DisplayName("Search over HTTP")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchHttpTest {
  private static final Locale UK = Locale.forLanguageTag("uk");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private Server server;
  private Dateline cms;
  private DatelineSite site;
  private LuceneSearchIndex index;
  private Tenant tenant;
  private DatelineRenderer renderer;
  private Article kharkiv;
  private String root;

  @BeforeAll
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    connector.open();
    root = "http://127.0.0.1:" + connector.getLocalPort();

    cms = Dateline.builder().storage(new InMemoryStorage()).build();
    tenant =
        cms.saveTenant(
            Tenant.builder(
                    TenantId.of("t1"),
                    "Test Tenant",
                    UK,
                    ZoneId.of("Europe/Kyiv"),
                    URI.create(root + "/app/news/t1/"))
                .publicationName("TT")
                .supportedLocales(Set.of(UK, Locale.ENGLISH))
                .build());
    var articles = cms.tenant(tenant.id()).articles();
    kharkiv =
        articles.publish(
            articles
                .create(
                    ArticleDraft.builder(UK, "Енергетики відновили живлення")
                        .lead("")
                        .body(Paragraph.of("Світло у Харкові <повернулося> до ранку."))
                        .build())
                .id());
    for (int i = 0; i < 25; i++) {
      articles.publish(
          articles
              .create(
                  ArticleDraft.builder(UK, "Регата номер " + i)
                      .lead("")
                      .body(Paragraph.of("Вітрильна регата, заїзд " + i + "."))
                      .build())
              .id());
    }
    articles.create(
        ArticleDraft.builder(UK, "Чернетка про Харків")
            .lead("")
            .body(Paragraph.of("Харків."))
            .build());

    index = LuceneSearchIndex.builder().build();
    ChangeSubscription feed = index.follow(cms, Duration.ZERO);
    feed.poll();

    renderer = DatelineRenderer.builder().clock(cms.clock()).build();
    site = DatelineSite.builder(cms, renderer).basePath("/app/news/").search(index).build();
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
    if (index != null) {
      index.close();
    }
    if (cms != null) {
      cms.close();
    }
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(root + pathAndQuery)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the search page finds another case of a Ukrainian word, marked, and is noindex")
  void searchPage() throws Exception {
    HttpResponse<String> response = get("/app/news/t1/search?q=" + q("Харків"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Robots-Tag")).contains("noindex");
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
    List<Element> results = page.select("li.result");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).selectFirst("a").attr("href"))
        .isEqualTo(renderer.urls(tenant).article(tenant, kharkiv));
    assertThat(results.get(0).select(".snippet mark").text()).isEqualTo("Харкові");
    assertThat(results.get(0).selectFirst(".snippet").html()).contains("&lt;повернулося&gt;");
    assertThat(page.select("form.search-form input[name=q]").attr("value")).isEqualTo("Харків");
  }

  @Test
  @DisplayName("pages with a next link until the last page")
  void paging() throws Exception {
    List<String> seen = new ArrayList<>();
    String next = "/app/news/t1/search?q=" + q("регата");
    int pages = 0;
    while (next != null) {
      HttpResponse<String> response = get(next);
      assertThat(response.statusCode()).isEqualTo(200);
      Document page = Jsoup.parse(response.body());
      page.select("li.result a").forEach(a -> seen.add(a.attr("href")));
      Element link = page.selectFirst("a.next");
      next =
          link == null
              ? null
              : URI.create(link.attr("href")).getRawPath()
                  + "?"
                  + URI.create(link.attr("href")).getRawQuery();
      pages++;
    }
    assertThat(pages).isEqualTo(2);
    assertThat(seen).hasSize(25).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("a query that cannot be run is a 400 page with the form, never a 5xx")
  void badQueries() throws Exception {
    for (String query :
        List.of(
            "q=" + q("word ".repeat(120)),
            "q=" + q("+ - && || ! ( )"),
            "q=%E0%A4",
            "q=" + q("Харків") + "&after=garbage",
            "q=" + q("\"Харків") + "&after=" + q("l1.AAAA"))) {
      HttpResponse<String> response = get("/app/news/t1/search?" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
      assertThat(Jsoup.parse(response.body()).select("form.search-form")).isNotEmpty();
    }
    // A broken percent-escape, which an HTTP client refuses to send, given to the site directly.
    assertThat(site.handle(SiteRequest.get("/app/news/t1/search?q=%zz%A")).status()).isEqualTo(400);
    assertThat(site.handle(SiteRequest.get("/app/news/api/v1/t1/search?q=%zz%A")).status())
        .isEqualTo(400);
    for (String query : List.of("q=" + q("\"Харків"), "q=" + q("Харків AND -OR *:*"), "q=")) {
      assertThat(get("/app/news/t1/search?" + query).statusCode()).as(query).isEqualTo(200);
    }
  }

  @Test
  @DisplayName("article and listing pages have a search box in the header")
  void searchBox() throws Exception {
    String action = renderer.urls(tenant).search(tenant, UK);
    Document article =
        Jsoup.parse(
            get(URI.create(renderer.urls(tenant).article(tenant, kharkiv)).getPath()).body());
    assertThat(article.select("header form.search-box").attr("action")).isEqualTo(action);
    Document home = Jsoup.parse(get("/app/news/t1/").body());
    assertThat(home.select("header form.search-box").attr("action")).isEqualTo(action);
    Document english = Jsoup.parse(get("/app/news/t1/en/").body());
    assertThat(english.select("header form.search-box").attr("action"))
        .isEqualTo(renderer.urls(tenant).search(tenant, Locale.ENGLISH));
  }

  @Test
  @DisplayName("the JSON endpoint answers hits with URLs and snippets, and typed errors")
  void jsonEndpoint() throws Exception {
    ObjectMapper json = new ObjectMapper();
    HttpResponse<String> ok = get("/app/news/api/v1/t1/search?q=" + q("Харків") + "&lang=uk");
    assertThat(ok.statusCode()).isEqualTo(200);
    JsonNode body = json.readTree(ok.body());
    assertThat(body.get("hits")).hasSize(1);
    assertThat(body.get("hits").get(0).get("id").asText()).isEqualTo(kharkiv.id().toString());
    assertThat(body.get("hits").get(0).get("url").asText())
        .isEqualTo(renderer.urls(tenant).article(tenant, kharkiv));
    assertThat(body.get("hits").get(0).get("snippet").asText()).contains("<mark>Харкові</mark>");
    assertThat(body.get("next").isNull()).isTrue();

    JsonNode page1 = json.readTree(get("/app/news/api/v1/t1/search?q=" + q("регата")).body());
    assertThat(page1.get("hits")).hasSize(20);
    JsonNode page2 =
        json.readTree(
            get("/app/news/api/v1/t1/search?q="
                    + q("регата")
                    + "&after="
                    + q(page1.get("next").asText()))
                .body());
    assertThat(page2.get("hits")).hasSize(5);

    HttpResponse<String> bad = get("/app/news/api/v1/t1/search?q=" + q("!!!"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json.readTree(bad.body()).at("/status").asInt()).isEqualTo(400);
    assertThat(json.readTree(bad.body()).at("/detail").asText()).contains("NoSearchableWords");
    assertThat(get("/app/news/api/v1/t1/search?q=x&lang=de").statusCode()).isEqualTo(400);
    assertThat(get("/app/news/api/v1/nobody/search?q=x").statusCode()).isEqualTo(404);
    assertThat(get("/app/news/api/v1/t1/search?q=" + q("чернетка")).body()).contains("\"hits\":[]");
  }

  @Test
  @DisplayName("a site without search answers 404 for the search page and shows no search box")
  void withoutSearch() {
    try (DatelineSite plain = DatelineSite.builder(cms, renderer).basePath("/app/news/").build()) {
      SiteResponse search = plain.handle(SiteRequest.get("/app/news/t1/search?q=x"));
      assertThat(search.status()).isEqualTo(404);
      assertThat(plain.handle(SiteRequest.get("/app/news/api/v1/t1/search?q=x")).status())
          .isEqualTo(404);
      SiteResponse home = plain.handle(SiteRequest.get("/app/news/t1/"));
      assertThat(new String(home.body(), StandardCharsets.UTF_8)).doesNotContain("search-box");
    }
  }
}
