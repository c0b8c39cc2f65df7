package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and malformed request paths never get a 5xx: each is a 404 (or the 301/400 a well-formed
 * variant would get).
 */
@DisplayName("Hostile request paths")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePathsTest {
  private Dateline cms;
  private SiteFixture fx;
  private DatelineSite site;

  @BeforeAll
  void start() {
    cms = Dateline.builder().storage(new InMemoryStorage()).build();
    fx = new SiteFixture(cms, "https://news.example/", 1);
    // A second tenant at the root of its own host: every path not under the first tenant is its.
    cms.saveTenant(
        Tenant.builder(
                TenantId.of("root-" + fx.tenant.id()),
                "Root News",
                SiteFixture.UK,
                ZoneId.of("Europe/Kyiv"),
                URI.create("https://root.example/"))
            .publicationName("RN")
            .supportedLocales(Set.of(SiteFixture.UK, Locale.ENGLISH))
            .build());
    site =
        DatelineSite.builder(cms, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ZERO)
            .viewBeacon(1000)
            .build();
  }

  @AfterAll
  void stop() {
    site.close();
    cms.close();
  }

  Stream<String> paths() {
    String t = "/" + fx.tenant.id();
    String article = t + "/news/" + fx.original.slug();
    List<String> paths = new ArrayList<>();
    for (String segment :
        List.of(
            "x".repeat(63),
            "x".repeat(64),
            "x".repeat(65),
            "x".repeat(600),
            "X",
            "-x",
            "x-",
            "%00",
            "..",
            ".",
            "%2e%2e",
            "%ff",
            "%e2%82",
            "%c0%af",
            "%zz",
            "%",
            "a%2fb",
            "\u0000",
            "ü",
            "%F0%9F%92%A9")) {
      paths.add("/" + segment);
      paths.add("/" + segment + "/");
      paths.add("/" + segment + "/news/a");
      paths.add("/" + segment + "/sitemap.xml");
      paths.add(t + "/" + segment);
      paths.add(t + "/" + segment + "/");
      paths.add(t + "/news/" + segment);
      paths.add(t + "/section/" + segment + "/rss.xml");
      paths.add(t + "/tag/" + segment);
      paths.add(t + "/" + segment + "/news/" + fx.original.slug());
      paths.add("/_views/" + segment + "/" + fx.original.id());
      paths.add("/_views/" + fx.tenant.id() + "/" + segment);
    }
    paths.addAll(
        List.of(
            "//",
            "///",
            t + "//",
            "/" + t,
            t + "//news/" + fx.original.slug(),
            article + "//",
            t + "/../" + fx.tenant.id() + "/",
            t + "/./",
            t + "/sitemap-0.xml",
            t + "/sitemap-99999999999.xml",
            t + "/news-sitemap-1000000.xml",
            t + "/" + "a/".repeat(300),
            t + "/news/" + "a".repeat(10_000),
            "/" + "a".repeat(100_000),
            "/_views/",
            "/_views//",
            "/_views/" + fx.tenant.id() + "/" + fx.original.id() + "/x",
            "/assets/../robots.txt",
            "/ukr/",
            "/en/news/" + "x".repeat(64),
            "/?after=" + "x".repeat(64),
            "/section/" + "x".repeat(64) + "/atom.xml"));
    return paths.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("paths")
  @DisplayName("no path gets a 5xx")
  void neverAServerError(String path) {
    for (String method : List.of("GET", "HEAD", "POST")) {
      int q = path.indexOf('?');
      SiteResponse r =
          site.handle(
              SiteRequest.builder(method, q < 0 ? path : path.substring(0, q))
                  .rawQuery(q < 0 ? null : path.substring(q + 1))
                  .header("Host", "root.example")
                  .remoteAddress("192.0.2.9")
                  .build());
      assertThat(r.status()).as(method + " " + path).isIn(200, 204, 301, 400, 404, 405, 429);
    }
  }
}
