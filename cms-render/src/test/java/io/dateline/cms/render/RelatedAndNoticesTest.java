package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.NoticeKind;
import java.io.StringReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Related news and notices")
class RelatedAndNoticesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant CORRECTED = SampleNews.PUBLISHED.plusSeconds(5400);
  private static final Instant NOTED = SampleNews.PUBLISHED.plusSeconds(7200);

  private final DatelineRenderer renderer = DatelineRenderer.builder().build();

  private static Article corrected() {
    return SampleNews.article()
        .notices(
            List.of(
                Notice.correction(CORRECTED, "An earlier version misspelled the minister's name."),
                new Notice(NoticeKind.EDITORS_NOTE, NOTED, "Updated with <the ministry's> reply.")))
        .build();
  }

  private List<HeadlineView> relatedHeadlines() {
    List<Article> others = SampleNews.headlines(3).subList(1, 3);
    return renderer.headlines(
        SampleNews.TENANT,
        new ArticleListing(others, SampleNews.REFERENCES, null),
        Map.of(),
        SampleNews.EN);
  }

  private Document page(Article article, java.util.Locale locale) {
    ArticleView view =
        renderer
            .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
            .related(relatedHeadlines())
            .locale(locale)
            .build();
    return Jsoup.parse(renderer.articlePage(view));
  }

  private JsonNode jsonLd(Document page) throws Exception {
    return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
  }

  @Nested
  @DisplayName("in JSON-LD")
  class InJsonLd {
    @Test
    @DisplayName("a correction is a CorrectionComment with its text and time; dateModified moves")
    void correction() throws Exception {
      JsonNode ld = jsonLd(page(corrected(), SampleNews.EN));

      JsonNode corrections = ld.get("correction");
      assertThat(corrections).hasSize(1);
      assertThat(corrections.get(0).get("@type").asText()).isEqualTo("CorrectionComment");
      assertThat(corrections.get(0).get("text").asText())
          .isEqualTo("An earlier version misspelled the minister's name.");
      assertThat(corrections.get(0).get("datePublished").asText())
          .isEqualTo("2026-11-27T11:45:00+02:00");
      // The editor's note is the newest notice: it is what the page was last modified by.
      assertThat(ld.get("dateModified").asText()).isEqualTo("2026-11-27T12:15:00+02:00");
      assertThat(ld.get("datePublished").asText()).isEqualTo("2026-11-27T10:15:00+02:00");
    }

    @Test
    @DisplayName("an article without notices has no correction property")
    void noCorrection() throws Exception {
      JsonNode ld = jsonLd(page(SampleNews.article().build(), SampleNews.EN));
      assertThat(ld.has("correction")).isFalse();
      assertThat(ld.get("dateModified").asText()).isEqualTo("2026-11-27T10:15:00+02:00");
    }

    @Test
    @DisplayName("related news are the web page's relatedLinks, in the order shown")
    void relatedLinks() throws Exception {
      JsonNode links =
          jsonLd(page(SampleNews.article().build(), SampleNews.EN))
              .get("mainEntityOfPage")
              .get("relatedLink");
      List<String> expected = relatedHeadlines().stream().map(HeadlineView::url).toList();
      assertThat(links).hasSize(2);
      assertThat(List.of(links.get(0).asText(), links.get(1).asText()))
          .containsExactlyElementsOf(expected);
    }
  }

  @Nested
  @DisplayName("in the standard theme")
  class InTheTheme {
    @Test
    @DisplayName("notices show above the body with their kind, time and escaped text")
    void notices() {
      Document doc = page(corrected(), SampleNews.EN);

      List<Element> shown = doc.select("article.article aside.notices p.notice");
      assertThat(shown).hasSize(2);
      assertThat(shown.get(0).hasClass("notice-correction")).isTrue();
      assertThat(shown.get(0).selectFirst(".notice-kind").text()).isEqualTo("Correction");
      assertThat(shown.get(0).selectFirst("time").attr("datetime"))
          .isEqualTo("2026-11-27T11:45:00+02:00");
      assertThat(shown.get(1).hasClass("notice-editors-note")).isTrue();
      assertThat(shown.get(1).selectFirst(".notice-text").text())
          .isEqualTo("Updated with <the ministry's> reply.");
      assertThat(doc.select("the")).isEmpty();
      // Before the body, where the reader sees it first.
      Element aside = doc.selectFirst("aside.notices");
      Element body = doc.selectFirst("div.body");
      assertThat(aside.elementSiblingIndex()).isLessThan(body.elementSiblingIndex());
      // The update line shows the newest notice's time.
      assertThat(doc.selectFirst(".meta .updated time").attr("datetime"))
          .isEqualTo("2026-11-27T12:15:00+02:00");
    }

    @Test
    @DisplayName("notice kinds and the related box are labelled in the page's language")
    void ukrainianLabels() {
      Document doc = page(corrected(), SampleNews.UK);
      assertThat(doc.selectFirst(".notice-correction .notice-kind").text())
          .isEqualTo("Виправлення");
      assertThat(doc.selectFirst(".notice-editors-note .notice-kind").text())
          .isEqualTo("Від редакції");
      assertThat(doc.selectFirst("section.related h2").text()).isEqualTo("Читайте також");
    }

    @Test
    @DisplayName("related news is a box under the article, linking each headline in order")
    void relatedBox() {
      Document doc = page(SampleNews.article().build(), SampleNews.EN);
      Element box = doc.selectFirst("article.article section.related");
      assertThat(box).isNotNull();
      assertThat(box.selectFirst("h2").text()).isEqualTo("Related news");
      assertThat(box.select("a.title").eachText())
          .containsExactly("Новина номер 1", "Новина номер 2");
      assertThat(box.select("a.title").eachAttr("href"))
          .containsExactlyElementsOf(relatedHeadlines().stream().map(HeadlineView::url).toList());
    }

    @Test
    @DisplayName("without related news or notices the page has neither block")
    void neither() {
      ArticleView view =
          renderer
              .article(SampleNews.TENANT, SampleNews.article().build(), SampleNews.REFERENCES)
              .locale(SampleNews.EN)
              .build();
      Document doc = Jsoup.parse(renderer.articlePage(view));
      assertThat(doc.select("section.related, aside.notices")).isEmpty();
    }
  }

  @Nested
  @DisplayName("in feeds")
  class InFeeds {
    private SyndFeed feed(FeedFormat format, Article article) throws Exception {
      String xml =
          renderer.feed(
              SampleNews.TENANT,
              FeedScope.all(SampleNews.UK),
              format,
              new ArticleListing(List.of(article), SampleNews.REFERENCES, null));
      return new SyndFeedInput().build(new StringReader(xml));
    }

    private Article ukrainianCorrected() {
      return corrected().toBuilder().language(SampleNews.UK).build();
    }

    @Test
    @DisplayName("Atom: a notice moves the entry's updated time and is added to its summary")
    void atom() throws Exception {
      SyndEntry entry = feed(FeedFormat.ATOM, ukrainianCorrected()).getEntries().get(0);
      assertThat(entry.getUpdatedDate()).isEqualTo(Date.from(NOTED));
      assertThat(entry.getPublishedDate()).isEqualTo(Date.from(SampleNews.PUBLISHED));
      assertThat(entry.getDescription().getValue())
          .startsWith(SampleNews.LEAD)
          .endsWith("Від редакції: Updated with <the ministry's> reply.");
    }

    @Test
    @DisplayName("RSS: the item keeps its guid and its description tells the newest notice")
    void rss() throws Exception {
      Article corrected = ukrainianCorrected();
      Article plain = corrected.toBuilder().notices(List.of()).build();
      SyndEntry before = feed(FeedFormat.RSS, plain).getEntries().get(0);
      SyndEntry after = feed(FeedFormat.RSS, corrected).getEntries().get(0);
      assertThat(after.getUri()).isEqualTo(before.getUri());
      assertThat(before.getDescription().getValue()).isEqualTo(SampleNews.LEAD);
      assertThat(after.getDescription().getValue())
          .contains("Від редакції: Updated with")
          .doesNotContain("<the");
    }
  }
}
