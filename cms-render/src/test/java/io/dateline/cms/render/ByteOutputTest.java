package io.dateline.cms.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.render.spi.BlockContext;
import io.dateline.cms.render.spi.HtmlOutput;
import io.dateline.cms.render.spi.RenderListener;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Pages rendered as UTF-8 bytes")
class ByteOutputTest {
  private static final DatelineRenderer RENDERER = DatelineRenderer.builder().build();

  /**
   * The golden test's reference page: English, with a Ukrainian translation and a most-read list.
   */
  private static ArticleView referenceView(DatelineRenderer renderer) {
    Article article = SampleNews.article().build();
    Article ukrainian =
        SampleNews.article()
            .id(io.dateline.cms.model.ArticleId.random())
            .translationKey(article.translationKey())
            .slug("ministr-nazvav-perehovory-vazhlyvymy")
            .language(SampleNews.UK)
            .headline("Міністр назвав переговори у Женеві «важливими»")
            .build();
    return renderer
        .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
        .viewCount(30138)
        .translations(List.of(ukrainian))
        .locale(SampleNews.EN)
        .mostRead(
            renderer.mostRead(
                SampleNews.TENANT,
                SampleNews.listing(SampleNews.headlines(3), null),
                Map.of(),
                SampleNews.EN,
                5))
        .build();
  }

  @Nested
  @DisplayName("with the standard theme")
  class StandardTheme {
    @Test
    @DisplayName("give the reference article page byte for byte as the String form encodes it")
    void referencePage() {
      ArticleView view = referenceView(RENDERER);
      String html = RENDERER.articlePage(view);
      byte[] bytes = RENDERER.articlePageBytes(view);
      assertThat(bytes).isEqualTo(html.getBytes(UTF_8));
      // The page really holds non-ASCII text on both paths: curly quotes, the bullet of the
      // dateline, the Ukrainian language name of the translation link.
      String decoded = new String(bytes, UTF_8);
      assertThat(decoded).contains("\u201Cimportant\u201D", "</a> \u2022 UNN", "Українська");
      Document doc = Jsoup.parse(decoded);
      assertThat(doc.selectFirst("h1.headline").text()).isEqualTo(SampleNews.HEADLINE);
    }

    @Test
    @DisplayName(
        "give a Ukrainian article page with Cyrillic text in every part as the String does")
    void ukrainianPage() {
      Article article =
          SampleNews.article()
              .language(SampleNews.UK)
              .headline("Міністр назвав переговори у Женеві «важливими»")
              .lead("Зустріч у Женеві наблизила сторони до письмової угоди.")
              .build();
      ArticleView view =
          RENDERER.article(SampleNews.TENANT, article, SampleNews.REFERENCES).viewCount(22).build();
      byte[] bytes = RENDERER.articlePageBytes(view);
      assertThat(bytes).isEqualTo(RENDERER.articlePage(view).getBytes(UTF_8));
      Document doc = Jsoup.parse(new String(bytes, UTF_8));
      assertThat(doc.selectFirst("h1.headline").text())
          .isEqualTo("Міністр назвав переговори у Женеві «важливими»");
      assertThat(doc.selectFirst(".views").text()).isEqualTo("22 перегляди");
      assertThat(doc.selectFirst(".dateline").text()).isEqualTo("Київ \u2022 UNN");
    }

    @Test
    @DisplayName("give a Ukrainian listing page as the String form encodes it")
    void listingPage() {
      ListingView view =
          RENDERER
              .listing(
                  SampleNews.TENANT,
                  ListingSubject.of(SampleNews.POLITICS),
                  SampleNews.listing(SampleNews.headlines(4), null))
              .viewCounts(Map.of())
              .build();
      byte[] bytes = RENDERER.listingPageBytes(view);
      assertThat(bytes).isEqualTo(RENDERER.listingPage(view).getBytes(UTF_8));
      Document doc = Jsoup.parse(new String(bytes, UTF_8));
      assertThat(doc.selectFirst("h1").text()).isEqualTo("Політика");
      assertThat(doc.select("a.title").eachText()).contains("Новина номер 0", "Новина номер 3");
    }

    @Test
    @DisplayName("write the markup of hooks (Html) into the bytes: head contributors and listeners")
    void hooks() {
      RenderListener marker =
          new RenderListener() {
            @Override
            public void afterBlock(Block block, BlockContext context, HtmlOutput out) {
              if (context.index() == 0) {
                out.open("aside", "class", "після-першого", "data-note", "«примітка» & co")
                    .text("Реклама")
                    .close("aside");
              }
            }
          };
      DatelineRenderer renderer =
          DatelineRenderer.builder()
              .listener(marker)
              .headContributor(
                  (page, head) ->
                      head.meta("author-note", "Редакція «UNN»")
                          .trustedHtml("<meta name=\"x-trusted\" content=\"Київ\">"))
              .build();
      ArticleView view = referenceView(renderer);
      byte[] bytes = renderer.articlePageBytes(view);
      assertThat(bytes).isEqualTo(renderer.articlePage(view).getBytes(UTF_8));
      Document doc = Jsoup.parse(new String(bytes, UTF_8));
      assertThat(doc.selectFirst("head meta[name=author-note]").attr("content"))
          .isEqualTo("Редакція «UNN»");
      assertThat(doc.selectFirst("head meta[name=x-trusted]").attr("content")).isEqualTo("Київ");
      assertThat(doc.select(".body aside").eachText()).containsExactly("Реклама");
      assertThat(doc.selectFirst(".body aside").attr("data-note")).isEqualTo("«примітка» & co");
    }
  }

  @Nested
  @DisplayName("with a theme that only writes Strings")
  class StringTheme {
    @Test
    @DisplayName("encode its String pages, so themes written before byte output keep working")
    void encodesStrings() {
      DatelineRenderer renderer =
          DatelineRenderer.builder().theme(new ThemeTest.MinimalTheme()).build();
      ArticleView view = referenceView(renderer);
      byte[] bytes = renderer.articlePageBytes(view);
      assertThat(bytes).isEqualTo(renderer.articlePage(view).getBytes(UTF_8));
      assertThat(new String(bytes, UTF_8)).startsWith("<html><head><title>");
    }
  }
}
