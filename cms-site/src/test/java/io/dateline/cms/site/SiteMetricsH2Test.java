package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.MeterNotFoundException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The library's meters on H2 storage, moved by requests through the site's request path. */
@DisplayName("A site with a meter registry, on H2")
class SiteMetricsH2Test {
  private static final String BASE = "https://news.example/";
  private final MeterRegistry registry = new SimpleMeterRegistry();
  private JpaStorage storage;
  private Dateline cms;
  private SiteFixture fx;
  private DatelineSite site;

  @BeforeEach
  void start() {
    storage = Databases.h2();
    cms =
        Dateline.builder()
            .storage(storage)
            .publishScheduled(Duration.ZERO)
            .viewCounting(v -> v.flushInterval(Duration.ZERO))
            .meterRegistry(registry)
            .build();
    fx = new SiteFixture(cms, BASE, 2);
    site =
        DatelineSite.builder(cms, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ZERO)
            .meterRegistry(registry)
            .build();
  }

  @AfterEach
  void stop() {
    site.close();
    cms.close();
    storage.close();
  }

  private SiteResponse get(String path) {
    return site.handle(SiteRequest.builder("GET", path).remoteAddress("192.0.2.1").build());
  }

  private long requests(String kind, String status) {
    try {
      return registry
          .get("dateline.site.requests")
          .tags("kind", kind, "status", status)
          .timer()
          .count();
    } catch (MeterNotFoundException e) {
      return 0;
    }
  }

  private String articlePath() {
    return "/" + fx.tenant.id() + "/news/" + fx.original.slug();
  }

  @Test
  @DisplayName("counts pages by kind and status and times their rendering")
  void pagesByKindAndStatus() {
    assertThat(get(articlePath()).status()).isEqualTo(200);
    assertThat(get(articlePath()).status()).isEqualTo(200);
    assertThat(get("/" + fx.tenant.id() + "/").status()).isEqualTo(200);
    assertThat(get("/" + fx.tenant.id() + "/news/no-such-story").status()).isEqualTo(404);
    assertThat(get("/" + fx.tenant.id()).status()).isEqualTo(301);
    assertThat(get("/" + fx.tenant.id() + "/rss.xml").status()).isEqualTo(200);

    assertThat(requests("article", "200")).isEqualTo(2);
    assertThat(requests("home", "200")).isEqualTo(1);
    assertThat(requests("article", "404")).isEqualTo(1);
    assertThat(requests("home", "301")).isEqualTo(1);
    assertThat(requests("feed", "200")).isEqualTo(1);
    assertThat(registry.get("dateline.site.render").tag("kind", "article").timer().count())
        .isEqualTo(2);
    assertThat(registry.get("dateline.site.render").tag("kind", "home").timer().count())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("reports the page cache's hits and misses and its hit ratio")
  void cacheHitRatio() {
    get(articlePath()); // loads the article: misses
    get(articlePath()); // served from the cache: hits

    double hits =
        registry
            .get("cache.gets")
            .tags("cache", "dateline.site", "result", "hit")
            .functionCounter()
            .count();
    double misses =
        registry
            .get("cache.gets")
            .tags("cache", "dateline.site", "result", "miss")
            .functionCounter()
            .count();
    assertThat(hits).isPositive();
    assertThat(misses).isPositive();
    assertThat(registry.get("dateline.site.cache.hit.ratio").gauge().value())
        .isEqualTo(hits / (hits + misses));
  }

  @Test
  @DisplayName("counts the views an article page records and the flush that stores them")
  void viewsFromPages() {
    get(articlePath());
    get(articlePath());
    get(articlePath());

    assertThat(registry.get("dateline.views.recorded").tag("outcome", "counted").counter().count())
        .isEqualTo(3);
    assertThat(registry.get("dateline.views.pending").gauge().value()).isEqualTo(3);

    assertThat(cms.viewCounter().flush()).isTrue();

    assertThat(registry.get("dateline.views.flushed").counter().count()).isEqualTo(3);
    assertThat(registry.get("dateline.views.pending").gauge().value()).isZero();
    assertThat(storage.viewCounts().totals(fx.tenant.id(), java.util.List.of(fx.original.id())))
        .containsEntry(fx.original.id(), 3L);
  }

  @Test
  @DisplayName("measures how far the change-feed follower is behind, and its lag once applied")
  void changeFeedLag() {
    assertThat(registry.get("dateline.site.changes.behind").gauge().value()).isZero();

    fx.publish(SiteFixture.UK, "Свіжа новина", null); // create + publish: two changes

    assertThat(registry.get("dateline.site.changes.behind").gauge().value()).isEqualTo(2);
    assertThat(registry.get("dateline.site.changes.lag").timer().count()).isZero();

    assertThat(site.refresh()).isEqualTo(2);

    assertThat(registry.get("dateline.site.changes.behind").gauge().value()).isZero();
    assertThat(registry.get("dateline.site.changes.lag").timer().count()).isEqualTo(2);
  }

  @Test
  @DisplayName("removes its meters when closed")
  void removedOnClose() {
    get(articlePath());
    site.close();

    assertThat(registry.find("dateline.site.requests").meters()).isEmpty();
    assertThat(registry.find("cache.gets").meters()).isEmpty();
    assertThat(registry.find("dateline.views.recorded").meters())
        .as("the view counter's stay until Dateline closes")
        .isNotEmpty();
  }
}
