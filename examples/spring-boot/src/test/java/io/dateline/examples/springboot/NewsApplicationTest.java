package io.dateline.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block.Paragraph;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.site.DatelineSite;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "dateline.views.flush-interval=0")
@DisplayName("The Spring Boot example")
class NewsApplicationTest {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired Dateline cms;
  @Autowired DatelineSite site;
  @Autowired MeterRegistry registry;
  @Autowired Environment environment;

  private HttpResponse<String> get(String path) throws Exception {
    String port = environment.getRequiredProperty("local.server.port");
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("serves a published article beside its own page, counted and measured")
  void publishesAndServes() throws Exception {
    TenantContent city = cms.tenant(TenantId.of("city"));
    Article draft =
        city.articles()
            .create(
                ArticleDraft.builder(UK, "Міст через Дніпро відкрили після ремонту")
                    .lead("Рух відновили о шостій ранку.")
                    .body(Paragraph.of("Ремонт тривав пів року."))
                    .build());
    Article article = city.articles().publish(draft.id());
    site.refresh(); // the site follows the change feed; no need to wait for its next poll

    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("City News").contains("href=\"/news/city/\"");

    String path = "/news/city/news/" + article.slug();
    HttpResponse<String> first = get(path);
    HttpResponse<String> second = get(path);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("Міст через Дніпро відкрили після ремонту");
    assertThat(second.statusCode()).isEqualTo(200);

    // Two page views, counted by the starter's view counter and shown on the page.
    assertThat(cms.viewCounter().count(TenantId.of("city"), article.id())).isEqualTo(2);
    assertThat(registry.get("dateline.views.recorded").tag("outcome", "counted").counter().count())
        .isEqualTo(2);
    assertThat(
            registry
                .get("dateline.site.requests")
                .tags("kind", "article", "status", "200")
                .timer()
                .count())
        .isEqualTo(2);
    // The second request found the article in the page cache.
    assertThat(
            registry
                .get("cache.gets")
                .tags("cache", "dateline.site", "result", "hit")
                .functionCounter()
                .count())
        .isPositive();
    assertThat(registry.get("dateline.site.cache.hit.ratio").gauge().value()).isPositive();

    assertThat(cms.viewCounter().flush()).isTrue();
    assertThat(registry.get("dateline.views.flushed").counter().count()).isEqualTo(2);

    HttpResponse<String> health = get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"dateline\"");
  }
}
