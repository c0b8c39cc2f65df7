package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Seo;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@DisplayName("Sitemaps")
class SitemapTest {
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";
  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final DatelineRenderer renderer =
      DatelineRenderer.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  /** Counts {@code <url>} elements by streaming, which stays cheap for 50,000 of them. */
  static int countUrls(String xml) throws Exception {
    XMLStreamReader r =
        XMLInputFactory.newDefaultFactory().createXMLStreamReader(new java.io.StringReader(xml));
    int count = 0;
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT
          && r.getLocalName().equals("url")
          && SITEMAP.equals(r.getNamespaceURI())) {
        count++;
      }
    }
    return count;
  }

  @Nested
  @DisplayName("sitemap.xml")
  class Regular {
    @Test
    @DisplayName("is one urlset in the sitemaps.org namespace while the URLs fit")
    void single() throws Exception {
      List<SitemapUrl> urls = new ArrayList<>();
      for (Article a : SampleNews.headlines(3)) {
        renderer.sitemapUrl(SampleNews.TENANT, a).ifPresent(urls::add);
      }
      SitemapSet set = renderer.sitemap(SampleNews.TENANT, urls);
      assertThat(set.isIndexed()).isFalse();
      Document doc = parse(set.root());
      assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
      assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
      NodeList locs = doc.getElementsByTagNameNS(SITEMAP, "loc");
      assertThat(locs.getLength()).isEqualTo(3);
      assertThat(locs.item(0).getTextContent()).isEqualTo("https://unn.example/news/story-0");
      assertThat(doc.getElementsByTagNameNS(SITEMAP, "lastmod").item(0).getTextContent())
          .isEqualTo("2026-11-27T10:15:00+02:00");
    }

    @Test
    @DisplayName("splits behind an index at 50,000 URLs")
    void index() throws Exception {
      int total = 50_001;
      Iterable<SitemapUrl> urls =
          () ->
              IntStream.range(0, total)
                  .mapToObj(i -> new SitemapUrl("https://unn.example/news/s" + i, NOW))
                  .iterator();
      SitemapSet set = renderer.sitemap(SampleNews.TENANT, urls);
      assertThat(set.isIndexed()).isTrue();
      assertThat(set.parts()).hasSize(2);
      assertThat(countUrls(set.part(1))).isEqualTo(50_000);
      assertThat(countUrls(set.part(2))).isEqualTo(1);

      Document index = parse(set.root());
      assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
      assertThat(index.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
      NodeList locs = index.getElementsByTagNameNS(SITEMAP, "loc");
      assertThat(locs.getLength()).isEqualTo(2);
      assertThat(locs.item(0).getTextContent()).isEqualTo("https://unn.example/sitemap-1.xml");
      assertThat(locs.item(1).getTextContent()).isEqualTo("https://unn.example/sitemap-2.xml");
    }

    @Test
    @DisplayName("leaves out drafts, noindex pages and pages canonical elsewhere")
    void filters() {
      Article a = SampleNews.article().build();
      assertThat(renderer.sitemapUrl(SampleNews.TENANT, a)).isPresent();
      assertThat(
              renderer.sitemapUrl(
                  SampleNews.TENANT, a.toBuilder().status(ArticleStatus.DRAFT).build()))
          .isEmpty();
      assertThat(
              renderer.sitemapUrl(
                  SampleNews.TENANT, a.toBuilder().seo(new Seo(null, null, null, true)).build()))
          .isEmpty();
      assertThat(
              renderer.sitemapUrl(
                  SampleNews.TENANT,
                  a.toBuilder()
                      .seo(
                          new Seo(
                              null, null, java.net.URI.create("https://other.example/x"), false))
                      .build()))
          .isEmpty();
    }

    @Test
    @DisplayName("of no URLs is an empty but valid urlset")
    void empty() throws Exception {
      SitemapSet set = renderer.sitemap(SampleNews.TENANT, List.of());
      assertThat(countUrls(set.root())).isZero();
    }
  }

  @Nested
  @DisplayName("the Google News sitemap")
  class News {
    private List<Article> spread(int count, Duration step) {
      List<Article> articles = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Instant at = NOW.minus(step.multipliedBy(i));
        articles.add(
            SampleNews.article()
                .id(ArticleId.random())
                .slug("n-" + i)
                .language(SampleNews.UK)
                .headline("Заголовок " + i)
                .publishAt(at)
                .build());
      }
      return articles;
    }

    @Test
    @DisplayName("holds only articles of the last two days, with publication, language and date")
    void lastTwoDays() throws Exception {
      // One article every 12 hours: 0h, 12h, 24h, 36h, 48h are in; 60h and 72h are out.
      List<Article> articles = spread(7, Duration.ofHours(12));
      articles.add(
          SampleNews.article()
              .id(ArticleId.random())
              .slug("scheduled")
              .publishAt(NOW.plusSeconds(600))
              .build());
      articles.add(
          SampleNews.article()
              .id(ArticleId.random())
              .slug("draft")
              .status(ArticleStatus.DRAFT)
              .build());
      SitemapSet set = renderer.newsSitemap(SampleNews.TENANT, articles);
      assertThat(set.isIndexed()).isFalse();
      Document doc = parse(set.root());
      assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SITEMAP);
      assertThat(doc.getElementsByTagNameNS(SITEMAP, "url").getLength()).isEqualTo(5);
      Element first = (Element) doc.getElementsByTagNameNS(NEWS, "news").item(0);
      assertThat(text(first, "name")).isEqualTo("UNN");
      assertThat(text(first, "language")).isEqualTo("uk");
      assertThat(text(first, "publication_date")).isEqualTo("2026-11-28T14:00:00+02:00");
      assertThat(text(first, "title")).isEqualTo("Заголовок 0");
      assertThat(doc.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent())
          .isEqualTo("https://unn.example/news/n-0");
    }

    @Test
    @DisplayName("puts at most 1,000 URLs in a file and indexes the files")
    void split() throws Exception {
      SitemapSet set =
          renderer.newsSitemap(SampleNews.TENANT, spread(1_001, Duration.ofMinutes(1)));
      assertThat(set.parts()).hasSize(2);
      assertThat(countUrls(set.part(1))).isEqualTo(1_000);
      assertThat(countUrls(set.part(2))).isEqualTo(1);
      Document index = parse(set.root());
      assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
      assertThat(index.getElementsByTagNameNS(SITEMAP, "loc").item(1).getTextContent())
          .isEqualTo("https://unn.example/news-sitemap-2.xml");
    }

    private String text(Element news, String name) {
      return news.getElementsByTagNameNS(NEWS, name).item(0).getTextContent();
    }
  }
}
