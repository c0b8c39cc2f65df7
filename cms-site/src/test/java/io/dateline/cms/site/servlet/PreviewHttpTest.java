package io.dateline.cms.site.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Block.Paragraph;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.testsupport.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Preview links over real HTTP: Jetty 12 on a free port, the JDK's client. */
@DisplayName("Preview links, served by Jetty")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewHttpTest {
  private static final String SECRET = "a test secret of more than thirty-two bytes";
  private static final Locale UK = Locale.forLanguageTag("uk");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final MutableClock clock = MutableClock.at(Instant.parse("2026-05-01T08:00:00Z"));
  private Server server;
  private Dateline cms;
  private DatelineSite site;
  private Tenant tenant;
  private Article draft;
  private Article scheduled;

  @BeforeAll
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    connector.open();
    int port = connector.getLocalPort();

    cms = Dateline.builder().storage(new InMemoryStorage()).clock(clock).build();
    tenant =
        cms.saveTenant(
            Tenant.builder(
                    TenantId.of("p1"),
                    "Preview News",
                    UK,
                    ZoneId.of("Europe/Kyiv"),
                    URI.create("http://127.0.0.1:" + port + "/p1/"))
                .supportedLocales(Set.of(UK))
                .build());
    var articles = cms.tenant(tenant.id()).articles();
    draft =
        articles.create(
            ArticleDraft.builder(UK, "Чернетка для редактора")
                .body(Paragraph.of("Текст ще не вичитано."))
                .build());
    scheduled =
        articles.schedule(
            articles.create(ArticleDraft.builder(UK, "Заплановано на завтра").build()).id(),
            clock.instant().plus(Duration.ofDays(1)));
    site =
        DatelineSite.builder(cms, DatelineRenderer.builder().clock(clock).build())
            .previewSecret(SECRET)
            .build();
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new DatelineServlet(site), "/*");
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

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("a draft and a scheduled article are shown with the theme, noindex and no-store")
  void previewsUnpublishedArticles() throws Exception {
    for (Article a : new Article[] {draft, scheduled}) {
      String url = site.previewUrl(tenant.id(), a.id(), Duration.ofHours(1));
      assertThat(url).startsWith("http://127.0.0.1:").contains("/preview/");

      HttpResponse<String> r = get(url);

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("X-Robots-Tag")).contains("noindex");
      assertThat(r.headers().firstValue("Cache-Control")).contains("private, no-store");
      assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      Document page = Jsoup.parse(r.body());
      assertThat(page.select("h1").text()).isEqualTo(a.headline());
      assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
      assertThat(page.title()).contains("Preview News"); // the theme's layout and head
    }
    // The public URL of the draft is still a 404.
    assertThat(get(tenant.baseUrl() + "news/" + draft.slug()).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("a tampered, truncated, foreign-key or malformed token is the themed 404")
  void tamperedTokens() throws Exception {
    String url = site.previewUrl(tenant.id(), draft.id(), Duration.ofHours(1));
    String token = url.substring(url.indexOf("/preview/") + "/preview/".length());
    String prefix = url.substring(0, url.length() - token.length());
    int dot = token.indexOf('.');
    String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)));
    String otherArticle =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                payload.replace(draft.id().toString(), scheduled.id().toString()).getBytes());
    String flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    DatelineSite foreign =
        DatelineSite.builder(cms, DatelineRenderer.builder().clock(clock).build())
            .previewSecret("another secret, also over thirty-two bytes")
            .build();
    String foreignToken;
    try {
      String f = foreign.previewUrl(tenant.id(), draft.id(), Duration.ofHours(1));
      foreignToken = f.substring(f.indexOf("/preview/") + "/preview/".length());
    } finally {
      foreign.close();
    }

    for (String bad :
        new String[] {
          otherArticle + token.substring(dot),
          flipped,
          token.substring(0, dot),
          foreignToken,
          "not-a-token",
          token + ".x",
          token.substring(0, dot) + "." + "A".repeat(43)
        }) {
      HttpResponse<String> r = get(prefix + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(404);
      assertThat(r.headers().firstValue("Cache-Control")).as(bad).contains("private, no-store");
      assertThat(Jsoup.parse(r.body()).select("meta[name=robots]").attr("content"))
          .contains("noindex");
    }
    assertThat(get(url).statusCode()).isEqualTo(200); // the genuine one still works
  }

  @Test
  @DisplayName("a link stops working when it expires, and for a deleted article")
  void expiry() throws Exception {
    Article brief =
        cms.tenant(tenant.id()).articles().create(ArticleDraft.builder(UK, "Коротко").build());
    String url = site.previewUrl(tenant.id(), brief.id(), Duration.ofMinutes(10));
    assertThat(get(url).statusCode()).isEqualTo(200);

    clock.advance(Duration.ofMinutes(11));
    assertThat(get(url).statusCode()).isEqualTo(404);
    clock.advance(Duration.ofMinutes(-11));

    cms.tenant(tenant.id()).articles().delete(brief.id());
    assertThat(get(url).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName("minting refuses bad lifetimes, unknown tenants, and sites without a secret")
  void minting() {
    assertThatThrownBy(() -> site.previewUrl(tenant.id(), draft.id(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> site.previewUrl(tenant.id(), draft.id(), Duration.ofDays(31)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> site.previewUrl(TenantId.of("nobody"), ArticleId.random(), Duration.ofHours(1)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                DatelineSite.builder(cms, DatelineRenderer.builder().build())
                    .previewSecret("too short"))
        .isInstanceOf(IllegalArgumentException.class);
    try (DatelineSite off = DatelineSite.builder(cms, DatelineRenderer.builder().build()).build()) {
      assertThatThrownBy(() -> off.previewUrl(tenant.id(), draft.id(), Duration.ofHours(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("previewSecret");
      String token =
          site.previewUrl(tenant.id(), draft.id(), Duration.ofHours(1))
              .replaceAll(".*/preview/", "");
      assertThat(off.handle(io.dateline.cms.site.SiteRequest.get("/preview/" + token)).status())
          .isEqualTo(404);
    }
  }

  private static String tokenOf(String url) {
    return url.substring(url.indexOf("/preview/") + "/preview/".length());
  }

  private static String headline(HttpResponse<String> r) {
    return Jsoup.parse(r.body()).select("h1").text();
  }

  @Test
  @DisplayName("a scheduled update's link shows the prepared content until it is replaced or gone")
  void previewsScheduledUpdates() throws Exception {
    var content = cms.tenant(tenant.id());
    Article live =
        content
            .articles()
            .publish(
                content.articles().create(ArticleDraft.builder(UK, "Стара назва").build()).id());
    site.refresh();
    String publicUrl = tenant.baseUrl() + "news/" + live.slug();
    Instant due = clock.instant().plus(Duration.ofHours(3));
    content
        .revisions()
        .scheduleUpdate(
            live.id(),
            live.version(),
            ArticleDraft.from(live).headline("Нова назва").build(),
            due,
            "evening update");

    String url = site.previewScheduledUpdateUrl(tenant.id(), live.id(), Duration.ofHours(1));
    assertThat(url).startsWith("http://127.0.0.1:").contains("/preview/");
    assertThat(url).isNotEqualTo(site.previewUrl(tenant.id(), live.id(), Duration.ofHours(1)));

    HttpResponse<String> r = get(url);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(headline(r)).isEqualTo("Нова назва");
    assertThat(r.headers().firstValue("X-Robots-Tag")).contains("noindex");
    assertThat(r.headers().firstValue("Cache-Control")).contains("private, no-store");
    Document page = Jsoup.parse(r.body());
    assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
    assertThat(page.title()).contains("Preview News");
    // The public page and the plain preview still show the article as stored.
    HttpResponse<String> publicPage = get(publicUrl);
    assertThat(publicPage.statusCode()).isEqualTo(200);
    assertThat(headline(publicPage)).isEqualTo("Стара назва");
    assertThat(headline(get(site.previewUrl(tenant.id(), live.id(), Duration.ofHours(1)))))
        .isEqualTo("Стара назва");

    // Tampered: another update id under the old signature, or an altered signature.
    String token = tokenOf(url);
    String prefix = url.substring(0, url.length() - token.length());
    int dot = token.indexOf('.');
    String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)));
    String updateId = payload.split("\\|")[3].substring("u:".length());
    String otherUpdate =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace(updateId, UUID.randomUUID().toString()).getBytes())
            + token.substring(dot);
    String plainTarget =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.replace("u:" + updateId, "").getBytes())
            + token.substring(dot);
    String flipped = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
    for (String bad : new String[] {otherUpdate, plainTarget, flipped}) {
      HttpResponse<String> refused = get(prefix + bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(404);
      assertThat(refused.headers().firstValue("Cache-Control")).contains("private, no-store");
    }

    // Expired.
    String shortLived =
        site.previewScheduledUpdateUrl(tenant.id(), live.id(), Duration.ofMinutes(10));
    assertThat(get(shortLived).statusCode()).isEqualTo(200);
    clock.advance(Duration.ofMinutes(11));
    assertThat(get(shortLived).statusCode()).isEqualTo(404);
    assertThat(get(url).statusCode()).isEqualTo(200); // a longer one still works
    clock.advance(Duration.ofMinutes(-11));

    // Replaced: the old link names the old update and is a 404; a new link shows the new one.
    Article current = content.articles().get(live.id());
    content
        .revisions()
        .scheduleUpdate(
            live.id(),
            current.version(),
            ArticleDraft.from(current).headline("Третя назва").build(),
            due,
            null);
    assertThat(get(url).statusCode()).isEqualTo(404);
    String replaced = site.previewScheduledUpdateUrl(tenant.id(), live.id(), Duration.ofHours(1));
    assertThat(headline(get(replaced))).isEqualTo("Третя назва");

    // Cancelled.
    assertThat(content.revisions().cancelScheduledUpdate(live.id())).isTrue();
    assertThat(get(replaced).statusCode()).isEqualTo(404);
    assertThatThrownBy(
            () -> site.previewScheduledUpdateUrl(tenant.id(), live.id(), Duration.ofHours(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("scheduled update")
        .hasMessageContaining(live.id().toString());

    // Applied: once live, the link is a 404 and the public page shows the update.
    current = content.articles().get(live.id());
    content
        .revisions()
        .scheduleUpdate(
            live.id(),
            current.version(),
            ArticleDraft.from(current).headline("Остаточна назва").build(),
            clock.instant().plus(Duration.ofMinutes(5)),
            null);
    String beforeLive = site.previewScheduledUpdateUrl(tenant.id(), live.id(), Duration.ofHours(1));
    assertThat(headline(get(beforeLive))).isEqualTo("Остаточна назва");
    clock.advance(Duration.ofMinutes(6));
    try {
      cms.publishDue();
      site.refresh();
      assertThat(get(beforeLive).statusCode()).isEqualTo(404);
      assertThat(headline(get(publicUrl))).isEqualTo("Остаточна назва");
    } finally {
      clock.advance(Duration.ofMinutes(-6));
    }
  }

  @Test
  @DisplayName("a scheduled update's link needs an update, a known article and a secret")
  void mintingScheduledUpdateLinks() {
    assertThatThrownBy(
            () -> site.previewScheduledUpdateUrl(tenant.id(), draft.id(), Duration.ofHours(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("scheduled update of article '" + draft.id() + "'");
    assertThatThrownBy(
            () ->
                site.previewScheduledUpdateUrl(
                    tenant.id(), ArticleId.random(), Duration.ofHours(1)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                site.previewScheduledUpdateUrl(
                    TenantId.of("nobody"), ArticleId.random(), Duration.ofHours(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("tenant");
    assertThatThrownBy(() -> site.previewScheduledUpdateUrl(tenant.id(), draft.id(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    try (DatelineSite off = DatelineSite.builder(cms, DatelineRenderer.builder().build()).build()) {
      assertThatThrownBy(
              () -> off.previewScheduledUpdateUrl(tenant.id(), draft.id(), Duration.ofHours(1)))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
