package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import io.dateline.cms.render.spi.Theme;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Themes")
class ThemeTest {

  /** An application's own engine, reduced to string building: it escapes view-model text. */
  static final class MinimalTheme implements Theme {
    private static String escape(String text) {
      StringOutput out = new StringOutput();
      Escape.htmlContent(text, out);
      return out.toString();
    }

    @Override
    public String articlePage(ArticlePage page) {
      return "<html><head><title>"
          + escape(page.head().title())
          + "</title></head><body><h1>"
          + escape(page.view().headline())
          + "</h1><div class=\"content\">"
          + page.body()
          + "</div></body></html>";
    }

    @Override
    public String listingPage(ListingPage page) {
      StringBuilder b = new StringBuilder("<ul>");
      page.view()
          .items()
          .forEach(h -> b.append("<li>").append(escape(h.headline())).append("</li>"));
      return b.append("</ul>").toString();
    }

    @Override
    public String mostRead(List<HeadlineView> items, Labels labels) {
      return "<p>" + escape(labels.mostRead()) + "</p>";
    }
  }

  @Nested
  @DisplayName("an application's own theme")
  class OwnTheme {
    private final DatelineRenderer renderer =
        DatelineRenderer.builder().theme(new MinimalTheme()).build();

    @Test
    @DisplayName("gets the view model and the body already rendered by the block renderers")
    void article() {
      ArticleView view =
          renderer
              .article(
                  SampleNews.TENANT,
                  SampleNews.article().headline("Plain <b>text</b>").build(),
                  SampleNews.REFERENCES)
              .build();
      Document doc = Jsoup.parse(renderer.articlePage(view));
      assertThat(doc.selectFirst("h1").text()).isEqualTo("Plain <b>text</b>");
      assertThat(doc.select("div.content h2").eachText()).containsExactly("Details", "Addendum");
      assertThat(doc.title()).isEqualTo("Plain <b>text</b> \u2014 UNN");
    }

    @Test
    @DisplayName("renders listings and the most-read block")
    void listing() {
      String html =
          renderer.listingPage(
              renderer
                  .listing(
                      SampleNews.TENANT,
                      ListingSubject.latest(),
                      SampleNews.listing(SampleNews.headlines(2), null))
                  .build());
      assertThat(Jsoup.parse(html).select("li").eachText())
          .containsExactly("Новина номер 0", "Новина номер 1");
      assertThat(renderer.mostReadBlock(List.of(), SampleNews.EN)).isEqualTo("<p>Most read</p>");
    }
  }

  @Nested
  @DisplayName("the page model without any theme")
  class PageModel {
    @Test
    @DisplayName("offers head tags, JSON-LD and body markup for another engine")
    void parts() {
      DatelineRenderer renderer = DatelineRenderer.builder().build();
      ArticlePage page =
          renderer.articlePageModel(
              renderer
                  .article(SampleNews.TENANT, SampleNews.article().build(), SampleNews.REFERENCES)
                  .locale(SampleNews.EN)
                  .build());
      assertThat(page.head().canonical())
          .isEqualTo("https://unn.example/en/news/minister-calls-geneva-talks-important");
      assertThat(page.head().meta()).contains(new MetaTag(true, "og:type", "article"));
      assertThat(page.head().jsonLd()).startsWith("{\"@context\":\"https://schema.org\"");
      assertThat(page.body().toString()).startsWith("<p>Speaking to reporters");
      assertThat(page.labels().exclusive()).isEqualTo("Exclusive");
    }
  }
}
