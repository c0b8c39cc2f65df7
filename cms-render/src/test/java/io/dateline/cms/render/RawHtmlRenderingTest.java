package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.render.internal.HtmlSanitizer;
import io.dateline.cms.validation.HtmlSafelist;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Raw HTML blocks on the page")
class RawHtmlRenderingTest {
  private static final String HOSTILE =
      "<p onclick=\"steal()\">Заява <a href=\"javascript:alert(1)\">тут</a>"
          + "<script>alert(3)</script><a href=\"https://unn.example/\">УНН</a></p>";

  private final DatelineRenderer renderer = DatelineRenderer.builder().build();

  private String rawBlockMarkup(String html) {
    Article article = SampleNews.article().body(List.of(new Block.RawHtml(html))).build();
    ArticleView view =
        renderer
            .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
            .locale(Locale.ENGLISH)
            .build();
    Element container = Jsoup.parse(renderer.articlePage(view)).selectFirst("div.raw-html");
    assertThat(container).as("the raw HTML block's container").isNotNull();
    return container.html();
  }

  @Test
  @DisplayName("markup stored by the article service appears exactly as stored")
  void storedMarkupAsIs() {
    String stored = HtmlSafelist.clean(HOSTILE);

    Article article = SampleNews.article().body(List.of(new Block.RawHtml(stored))).build();
    ArticleView view =
        renderer
            .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
            .locale(Locale.ENGLISH)
            .build();

    assertThat(renderer.articlePage(view)).contains("<div class=\"raw-html\">" + stored + "</div>");
  }

  @Test
  @DisplayName("markup that never went through the service (a preview, an import) is still cleaned")
  void unstoredMarkupIsCleaned() {
    String shown = rawBlockMarkup(HOSTILE);

    assertThat(shown)
        .doesNotContain("onclick", "javascript:", "<script", "alert(3)")
        .contains("Заява", "https://unn.example/");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        HOSTILE,
        "<img src=\"https://x.example/a.png\" onerror=\"alert(1)\">",
        "<a href=\"ftp://files.example/\">ftp</a><a href=\"mailto:a@b.example\">mail</a>",
        "<table><tr><td>1<td>2</table>"
      })
  @DisplayName("the renderer's sanitizer and core's storage policy give the same markup")
  void onePolicy(String html) {
    assertThat(HtmlSanitizer.clean(html)).isEqualTo(HtmlSafelist.clean(html));
  }
}
