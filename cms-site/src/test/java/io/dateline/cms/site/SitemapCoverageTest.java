package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.render.DatelineRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The site's sitemap")
class SitemapCoverageTest {

  @Test
  @DisplayName("lists every published article of the tenant, beyond one listing page, and no draft")
  void everyPublishedArticle() {
    try (Dateline cms = Dateline.builder().storage(new InMemoryStorage()).build()) {
      // 3 + the translated pair, then more than a page of ArticleQuery.MAX_LIMIT (200).
      SiteFixture fx = new SiteFixture(cms, "https://news.example/", 3);
      List<Article> published = new ArrayList<>(fx.articles);
      published.add(fx.original);
      published.add(fx.translation);
      for (int i = 0; i < 410; i++) {
        published.add(fx.publish(SiteFixture.UK, "Ще одна новина " + i, null));
      }
      DatelineRenderer renderer = DatelineRenderer.builder().build();
      try (DatelineSite site =
          DatelineSite.builder(cms, renderer).changePollInterval(Duration.ZERO).build()) {
        SiteResponse root = site.handle(SiteRequest.get("/" + fx.tenant.id() + "/sitemap.xml"));
        assertThat(root.status()).isEqualTo(200);
        String xml = new String(root.body(), StandardCharsets.UTF_8);

        for (Article a : published) {
          String url = renderer.urls(fx.tenant).article(fx.tenant, a);
          assertThat(xml.split("<loc>" + url + "</loc>", -1)).as(url).hasSize(2);
        }
        assertThat(xml).doesNotContain(fx.draft.slug());
        // Two editions' home pages and the articles, nothing else.
        assertThat(xml.split("<loc>", -1)).hasSize(published.size() + 2 + 1);
      }
    }
  }
}
