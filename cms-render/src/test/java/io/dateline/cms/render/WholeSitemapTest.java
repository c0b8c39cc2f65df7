package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A tenant's whole sitemap")
class WholeSitemapTest {

  @Test
  @DisplayName("pages through the article service and lists every published article once")
  void everyPublishedArticle() {
    try (Dateline cms = Dateline.builder().storage(new InMemoryStorage()).build()) {
      Tenant tenant =
          cms.saveTenant(
              Tenant.builder(
                      TenantId.of("whole"),
                      "Whole News",
                      SampleNews.UK,
                      ZoneId.of("Europe/Kyiv"),
                      URI.create("https://whole.example/"))
                  .publicationName("WN")
                  .supportedLocales(Set.of(SampleNews.UK, Locale.ENGLISH))
                  .build());
      TenantContent content = cms.tenant(tenant.id());
      List<Article> published = new ArrayList<>();
      // More than two pages of ArticleQuery.MAX_LIMIT (200).
      for (int i = 0; i < 450; i++) {
        Article created =
            content
                .articles()
                .create(
                    ArticleDraft.builder(i % 2 == 0 ? SampleNews.UK : Locale.ENGLISH, "Story " + i)
                        .lead("Lead " + i)
                        .body(Block.Paragraph.of("Body " + i))
                        .build());
        published.add(content.articles().publish(created.id()));
      }
      Article draft =
          content
              .articles()
              .create(
                  ArticleDraft.builder(SampleNews.UK, "Not yet")
                      .lead("Lead")
                      .body(Block.Paragraph.of("Body"))
                      .build());
      DatelineRenderer renderer = DatelineRenderer.builder().build();

      SitemapSet sitemap = SitemapSet.forTenant(renderer, tenant, content.articles());

      String xml = String.join("\n", sitemap.parts());
      for (Article a : published) {
        String url = renderer.urls(tenant).article(tenant, a);
        assertThat(xml.split("<loc>" + url + "</loc>", -1)).as(url).hasSize(2);
      }
      assertThat(xml)
          .contains("<loc>https://whole.example/</loc>")
          .contains("<loc>https://whole.example/en/</loc>")
          .doesNotContain(draft.slug());
      assertThat(xml.split("<loc>", -1)).hasSize(450 + 2 + 1);
    }
  }
}
