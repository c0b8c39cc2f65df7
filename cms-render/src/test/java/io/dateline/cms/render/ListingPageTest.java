package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.query.PageCursor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Listing pages")
class ListingPageTest {
  private final DatelineRenderer renderer = DatelineRenderer.builder().build();
  private final List<Article> articles = SampleNews.headlines(4);
  private final Map<ArticleId, Long> views = new HashMap<>();

  {
    for (int i = 0; i < articles.size(); i++) {
      views.put(articles.get(i).id(), (long) (i * 10 + 1));
    }
  }

  private Document render(ListingSubject subject, PageCursor next, PageCursor current) {
    ListingView view =
        renderer
            .listing(SampleNews.TENANT, subject, SampleNews.listing(articles, next))
            .viewCounts(views)
            .current(current)
            .build();
    return Jsoup.parse(renderer.listingPage(view));
  }

  @Nested
  @DisplayName("of the latest headlines")
  class Latest {
    @Test
    @DisplayName("list headlines newest first with Exclusive badges and view counts")
    void headlines() {
      Document doc = render(ListingSubject.latest(), null, null);
      assertThat(doc.selectFirst("h1").text()).isEqualTo("Останні новини");
      Elements items = doc.select("ol.headlines > li");
      assertThat(items.eachText()).hasSize(4);
      assertThat(items.select("a.title").eachText())
          .containsExactly("Новина номер 0", "Новина номер 1", "Новина номер 2", "Новина номер 3");
      assertThat(items.get(0).select(".badge.exclusive").text()).isEqualTo("Ексклюзив");
      assertThat(items.get(1).select(".badge.exclusive")).isEmpty();
      assertThat(items.get(3).select(".badge.exclusive")).hasSize(1);
      assertThat(items.select(".views").eachText())
          .containsExactly("1 перегляд", "11 переглядів", "21 перегляд", "31 перегляд");
      assertThat(items.get(0).selectFirst("time").attr("datetime"))
          .isEqualTo("2026-11-27T10:15:00+02:00");
    }

    @Test
    @DisplayName("describe themselves for search results and link previews, in the page's language")
    void description() {
      Document doc = render(ListingSubject.latest(), null, null);
      String description = doc.selectFirst("meta[name=description]").attr("content");
      assertThat(description).isEqualTo("Останні новини — UNN. Найновіші публікації першими.");
      assertThat(doc.selectFirst("meta[property=og:description]").attr("content"))
          .isEqualTo(description);
      assertThat(doc.selectFirst("meta[name=twitter:description]").attr("content"))
          .isEqualTo(description);
    }

    @Test
    @DisplayName("link the next page by cursor, and name the cursor page as canonical")
    void cursor() {
      PageCursor next = new PageCursor(articles.get(3).publishAt(), articles.get(3).id());
      Document first = render(ListingSubject.latest(), next, null);
      Element link = first.selectFirst("a[rel=next]");
      assertThat(link.attr("href")).isEqualTo("https://unn.example/?after=" + next.encode());
      assertThat(PageCursor.decode(link.attr("href").substring(link.attr("href").indexOf('=') + 1)))
          .isEqualTo(next);
      assertThat(first.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://unn.example/");

      Document second = render(ListingSubject.latest(), null, next);
      assertThat(second.select("a[rel=next]")).isEmpty();
      assertThat(second.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://unn.example/?after=" + next.encode());
    }

    @Test
    @DisplayName("link the other language edition, with x-default on the default one")
    void editions() {
      Document doc = render(ListingSubject.latest(), null, null);
      assertThat(doc.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
          .containsExactlyInAnyOrder("uk", "en", "x-default");
      assertThat(doc.selectFirst("link[hreflang=en]").attr("href"))
          .isEqualTo("https://unn.example/en/");
    }
  }

  @Nested
  @DisplayName("of a subject")
  class Subjects {
    @Test
    @DisplayName("title a section listing by its name and advertise its feeds")
    void section() {
      Document doc = render(ListingSubject.of(SampleNews.POLITICS), null, null);
      assertThat(doc.selectFirst("h1").text()).isEqualTo("Політика");
      assertThat(doc.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo("https://unn.example/section/polityka");
      assertThat(doc.select("link[type=application/rss+xml]").eachAttr("href"))
          .containsExactly("https://unn.example/section/polityka/rss.xml");
      assertThat(doc.selectFirst("link[type=application/rss+xml]").attr("title"))
          .isEqualTo("UNN: Політика");
    }

    @Test
    @DisplayName("use the stored slug for tag, author and location pages")
    void others() {
      assertThat(
              render(ListingSubject.of(SampleNews.BIDEN), null, null)
                  .selectFirst("link[rel=canonical]")
                  .attr("href"))
          .isEqualTo("https://unn.example/tag/dzho-baiden");
      assertThat(render(ListingSubject.of(SampleNews.AUTHOR), null, null).selectFirst("h1").text())
          .isEqualTo("Олена Марченко");
      assertThat(
              render(ListingSubject.of(SampleNews.SEOUL), null, null)
                  .selectFirst("link[rel=canonical]")
                  .attr("href"))
          .isEqualTo("https://unn.example/location/seoul");
    }

    @Test
    @DisplayName("refuse a subject whose fields do not match its kind")
    void mismatch() {
      assertThatThrownBy(
              () -> new ListingSubject(PageKind.TAG, SampleNews.POLITICS, null, null, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("with a most-read block")
  class MostRead {
    @Test
    @DisplayName("order it by views and render it beside the listing or alone")
    void mostRead() {
      List<HeadlineView> top =
          renderer.mostRead(
              SampleNews.TENANT, SampleNews.listing(articles, null), views, SampleNews.UK, 3);
      assertThat(top.stream().map(HeadlineView::viewCount)).containsExactly(31L, 21L, 11L);
      ListingView view =
          renderer
              .listing(
                  SampleNews.TENANT, ListingSubject.latest(), SampleNews.listing(articles, null))
              .mostRead(top)
              .build();
      Document page = Jsoup.parse(renderer.listingPage(view));
      assertThat(page.select("aside .most-read a.title").eachText())
          .containsExactly("Новина номер 3", "Новина номер 2", "Новина номер 1");
      Document alone = Jsoup.parse(renderer.mostReadBlock(top, SampleNews.UK));
      assertThat(alone.selectFirst("h2").text()).isEqualTo("Найпопулярніше");
      assertThat(alone.select("li")).hasSize(3);
    }
  }
}
