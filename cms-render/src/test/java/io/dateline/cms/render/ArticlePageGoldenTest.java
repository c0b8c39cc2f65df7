package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The article page built like the reference page")
class ArticlePageGoldenTest {
  static Article article;
  static Document page;

  @BeforeAll
  static void render() {
    DatelineRenderer renderer = DatelineRenderer.builder().build();
    article = SampleNews.article().build();
    Article ukrainian =
        SampleNews.article()
            .id(io.dateline.cms.model.ArticleId.random())
            .translationKey(article.translationKey())
            .slug("ministr-nazvav-perehovory-vazhlyvymy")
            .language(SampleNews.UK)
            .headline("Міністр назвав переговори у Женеві «важливими»")
            .build();
    List<HeadlineView> mostRead =
        renderer.mostRead(
            SampleNews.TENANT,
            SampleNews.listing(SampleNews.headlines(3), null),
            java.util.Map.of(),
            SampleNews.EN,
            5);
    ArticleView view =
        renderer
            .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
            .viewCount(30138)
            .translations(List.of(ukrainian))
            .locale(SampleNews.EN)
            .mostRead(mostRead)
            .build();
    page = Jsoup.parse(renderer.articlePage(view));
  }

  private static Element article() {
    return page.selectFirst("main article.article");
  }

  @Nested
  @DisplayName("in its header")
  class Header {
    @Test
    @DisplayName("shows the headline with its curly quotes as ordinary text")
    void headline() {
      Elements h1 = page.select("h1");
      assertThat(h1).hasSize(1);
      assertThat(h1.text()).isEqualTo(SampleNews.HEADLINE);
      assertThat(h1.first().children()).isEmpty();
    }

    @Test
    @DisplayName("shows the dateline as the place in the page language and the publication")
    void dateline() {
      Element dateline = article().selectFirst(".dateline");
      assertThat(dateline.text()).isEqualTo("Kyiv \u2022 UNN");
      assertThat(dateline.selectFirst("a").attr("href"))
          .isEqualTo("https://unn.example/en/location/kyiv");
    }

    @Test
    @DisplayName("shows the view count with English grouping and plural")
    void views() {
      assertThat(article().selectFirst(".views").text()).isEqualTo("30,138 views");
    }

    @Test
    @DisplayName("shows the publish time in the tenant's zone with an offset for machines")
    void publishTime() {
      Element time = article().selectFirst("time.published");
      assertThat(time.attr("datetime")).isEqualTo("2026-11-27T10:15:00+02:00");
      assertThat(time.text()).contains("November", "27", "2026", "10:15");
    }

    @Test
    @DisplayName("shows the lead under the headline")
    void lead() {
      assertThat(article().selectFirst("header p.lead").text()).isEqualTo(SampleNews.LEAD);
    }

    @Test
    @DisplayName("marks an exclusive article with a badge")
    void exclusive() {
      assertThat(article().selectFirst("header .badge.exclusive").text()).isEqualTo("Exclusive");
    }

    @Test
    @DisplayName("lists the sections with the primary one first")
    void sections() {
      Elements links = article().select("nav.sections a");
      assertThat(links.eachText()).containsExactly("War", "Politics", "News of the World");
      assertThat(links.first().attr("href")).isEqualTo("https://unn.example/en/section/viina");
    }
  }

  @Nested
  @DisplayName("in its body")
  class Body {
    @Test
    @DisplayName("renders paragraphs, subheadings, the quote and the list in order")
    void blocks() {
      Elements blocks = article().select("div.body > *");
      assertThat(blocks.eachAttr("class").size()).isLessThanOrEqualTo(blocks.size());
      assertThat(blocks.stream().map(Element::tagName))
          .containsExactly("p", "p", "p", "h2", "p", "figure", "ul", "h2", "p");
      assertThat(article().select("div.body h2").eachText()).containsExactly("Details", "Addendum");
    }

    @Test
    @DisplayName("renders quoted speech with its attribution")
    void quote() {
      Element quote = article().selectFirst("figure.quote");
      assertThat(quote.selectFirst("blockquote").text())
          .isEqualTo("We are closer than we have been at any point this year.");
      assertThat(quote.selectFirst("figcaption").text()).isEqualTo("The foreign minister");
    }

    @Test
    @DisplayName("renders inline marks and links")
    void inline() {
      Element second = article().select("div.body > p").get(1);
      assertThat(second.selectFirst("strong").text()).isEqualTo("nine hours");
      assertThat(second.selectFirst("a").attr("href")).isEqualTo("https://mfa.example/statement");
    }

    @Test
    @DisplayName("shows the featured image with its alt text, caption and credit")
    void image() {
      Element figure = article().selectFirst("figure.featured");
      assertThat(figure.selectFirst("img").attr("src"))
          .isEqualTo("https://cdn.unn.example/geneva.jpg");
      assertThat(figure.selectFirst("img").attr("alt"))
          .isEqualTo("Delegations at the table in Geneva");
      assertThat(figure.selectFirst("figcaption").text())
          .isEqualTo("The talks in Geneva Photo: UNN");
    }
  }

  @Nested
  @DisplayName("after the body")
  class Footer {
    @Test
    @DisplayName("attributes the sources in a localized sentence, linking the source")
    void attribution() {
      Element attribution = article().selectFirst("p.attribution");
      assertThat(attribution.text()).isEqualTo("UNN reports citing Le Monde");
      assertThat(attribution.selectFirst("a").text()).isEqualTo("Le Monde");
      assertThat(attribution.selectFirst("a").attr("href")).isEqualTo("https://www.lemonde.fr/");
    }

    @Test
    @DisplayName("names the authors in byline order, linked to their pages")
    void byline() {
      Elements authors = article().select("p.byline a");
      assertThat(authors.eachText()).containsExactly("Olena Marchenko", "Taras Hnatiuk");
      assertThat(authors.eachAttr("href"))
          .containsExactly(
              "https://unn.example/en/author/olena-marchenko",
              "https://unn.example/en/author/taras-hnatiuk");
      assertThat(article().selectFirst("p.byline").text())
          .isEqualTo("By Olena Marchenko, Taras Hnatiuk");
    }

    @Test
    @DisplayName("shows tags by their name in the page language, linked by their stored slug")
    void tags() {
      Elements tags = article().select("nav.tags a");
      assertThat(tags.eachText()).containsExactly("Joe Biden", "Anthony Blinken");
      assertThat(tags.eachAttr("href"))
          .containsExactly(
              "https://unn.example/en/tag/dzho-baiden",
              "https://unn.example/en/tag/antonii-blinken");
      assertThat(tags.eachAttr("rel")).containsOnly("tag");
    }

    @Test
    @DisplayName("shows places, keeping an edited slug such as seoul")
    void places() {
      Elements places = article().select("nav.places a");
      assertThat(places.eachText()).containsExactly("Seoul", "Ukraine");
      assertThat(places.eachAttr("href"))
          .containsExactly(
              "https://unn.example/en/location/seoul", "https://unn.example/en/location/ukraine");
    }

    @Test
    @DisplayName("links the Ukrainian translation in its own language")
    void translations() {
      Element link = article().selectFirst("nav.translations a");
      assertThat(link.text()).isEqualTo("Українська");
      assertThat(link.attr("hreflang")).isEqualTo("uk");
      assertThat(link.attr("href"))
          .isEqualTo("https://unn.example/news/ministr-nazvav-perehovory-vazhlyvymy");
    }

    @Test
    @DisplayName("shows a most-read block beside the article")
    void mostRead() {
      assertThat(page.select("aside .most-read li")).hasSize(3);
      assertThat(page.selectFirst("aside .most-read h2").text()).isEqualTo("Most read");
    }
  }

  @Nested
  @DisplayName("in its head")
  class Head {
    @Test
    @DisplayName("declares the article's language and a title with the publication")
    void language() {
      assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(page.title()).isEqualTo(SampleNews.HEADLINE + " \u2014 UNN");
      assertThat(page.selectFirst("meta[name=description]").attr("content"))
          .isEqualTo(SampleNews.LEAD);
    }

    @Test
    @DisplayName("names the canonical URL")
    void canonical() {
      assertThat(page.select("link[rel=canonical]").eachAttr("href"))
          .containsExactly("https://unn.example/en/news/minister-calls-geneva-talks-important");
    }

    @Test
    @DisplayName("carries OpenGraph article tags")
    void openGraph() {
      assertThat(content("og:type")).containsExactly("article");
      assertThat(content("og:title")).containsExactly(SampleNews.HEADLINE);
      assertThat(content("og:site_name")).containsExactly("UNN");
      assertThat(content("og:locale")).containsExactly("en_US");
      assertThat(content("og:locale:alternate")).containsExactly("uk_UA");
      assertThat(content("og:image")).containsExactly("https://cdn.unn.example/geneva.jpg");
      assertThat(content("article:published_time")).containsExactly("2026-11-27T10:15:00+02:00");
      assertThat(content("article:section")).containsExactly("War");
      assertThat(content("article:tag")).containsExactly("Joe Biden", "Anthony Blinken");
      assertThat(content("article:author"))
          .containsExactly(
              "https://unn.example/en/author/olena-marchenko",
              "https://unn.example/en/author/taras-hnatiuk");
    }

    @Test
    @DisplayName("carries a large-image Twitter card")
    void twitter() {
      assertThat(page.selectFirst("meta[name=twitter:card]").attr("content"))
          .isEqualTo("summary_large_image");
      assertThat(page.selectFirst("meta[name=twitter:title]").attr("content"))
          .isEqualTo(SampleNews.HEADLINE);
    }

    @Test
    @DisplayName("advertises the edition's RSS and Atom feeds")
    void feeds() {
      assertThat(page.select("link[rel=alternate][type=application/rss+xml]").eachAttr("href"))
          .containsExactly("https://unn.example/en/rss.xml");
      assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
          .containsExactly("https://unn.example/en/atom.xml");
    }

    @Test
    @DisplayName("embeds one JSON-LD block")
    void jsonLd() {
      assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
      assertThat(page.select("script").not("[type=application/ld+json]")).isEmpty();
    }

    private List<String> content(String property) {
      return page.select("meta[property=" + property + "]").eachAttr("content");
    }
  }
}
