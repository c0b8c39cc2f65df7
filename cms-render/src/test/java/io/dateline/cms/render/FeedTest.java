package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.Article;
import java.io.StringReader;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Feeds")
class FeedTest {
  private final DatelineRenderer renderer = DatelineRenderer.builder().build();
  private final List<Article> articles = SampleNews.headlines(4);
  private final ArticleListing listing = SampleNews.listing(articles, null);

  private static SyndFeed read(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  @Nested
  @DisplayName("in RSS 2.0")
  class Rss {
    @Test
    @DisplayName("read back by ROME with the same titles, links and dates")
    void readBack() throws Exception {
      SyndFeed feed = read(renderer.rss(SampleNews.TENANT, FeedScope.all(SampleNews.UK), listing));
      assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
      assertThat(feed.getTitle()).isEqualTo("UNN");
      assertThat(feed.getLink()).isEqualTo("https://unn.example/");
      assertThat(feed.getLanguage()).isEqualTo("uk");
      assertEntries(feed);
    }

    @Test
    @DisplayName("names the authors and files the entry under its sections and tags")
    void authorsAndCategories() throws Exception {
      SyndEntry entry =
          read(renderer.rss(SampleNews.TENANT, FeedScope.all(SampleNews.UK), listing))
              .getEntries()
              .get(0);
      assertThat(entry.getAuthor()).isEqualTo("Олена Марченко, Тарас Гнатюк");
      assertThat(entry.getCategories().stream().map(SyndCategory::getName))
          .containsExactly("Війна", "Політика", "Новини світу", "Джо Байден", "Антоній Блінкен");
      assertThat(entry.getDescription().getValue()).isEqualTo(SampleNews.LEAD);
    }

    @Test
    @DisplayName("exists per section, titled and linked to the section")
    void perSection() throws Exception {
      SyndFeed feed =
          read(
              renderer.rss(
                  SampleNews.TENANT,
                  FeedScope.section(SampleNews.POLITICS, SampleNews.UK),
                  listing));
      assertThat(feed.getTitle()).isEqualTo("UNN: Політика");
      assertThat(feed.getLink()).isEqualTo("https://unn.example/section/polityka");
    }
  }

  @Nested
  @DisplayName("per language")
  class PerLanguage {
    private final List<Article> mixed =
        List.of(
            articles.get(0),
            SampleNews.article()
                .id(io.dateline.cms.model.ArticleId.random())
                .slug("in-english")
                .build(),
            articles.get(1),
            SampleNews.article()
                .id(io.dateline.cms.model.ArticleId.random())
                .slug("british")
                .language(java.util.Locale.forLanguageTag("en-GB"))
                .build(),
            SampleNews.article()
                .id(io.dateline.cms.model.ArticleId.random())
                .slug("withdrawn")
                .language(SampleNews.UK)
                .status(io.dateline.cms.model.ArticleStatus.UNPUBLISHED)
                .build(),
            SampleNews.article()
                .id(io.dateline.cms.model.ArticleId.random())
                .slug("other-tenant")
                .language(SampleNews.UK)
                .tenantId(io.dateline.cms.model.TenantId.of("other"))
                .build());

    private List<String> links(String xml) throws Exception {
      return read(xml).getEntries().stream().map(SyndEntry::getLink).toList();
    }

    @Test
    @DisplayName(
        "a feed holds only its language's published articles of its tenant, in both formats")
    void onlyItsLanguage() throws Exception {
      ArticleListing all = SampleNews.listing(mixed, null);
      for (FeedFormat format : FeedFormat.values()) {
        assertThat(
                links(renderer.feed(SampleNews.TENANT, FeedScope.all(SampleNews.UK), format, all)))
            .as(format.name())
            .containsExactly(
                "https://unn.example/news/story-0", "https://unn.example/news/story-1");
        assertThat(
                links(renderer.feed(SampleNews.TENANT, FeedScope.all(SampleNews.EN), format, all)))
            .as(format.name())
            .containsExactly(
                "https://unn.example/en/news/in-english", "https://unn.example/en/news/british");
      }
    }
  }

  @Nested
  @DisplayName("in Atom 1.0")
  class Atom {
    @Test
    @DisplayName("read back by ROME with the same titles, links and dates")
    void readBack() throws Exception {
      SyndFeed feed = read(renderer.atom(SampleNews.TENANT, FeedScope.all(SampleNews.UK), listing));
      assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
      assertThat(feed.getTitle()).isEqualTo("UNN");
      assertThat(feed.getUri()).isEqualTo("https://unn.example/atom.xml");
      assertThat(feed.getLinks().stream().map(SyndLink::getRel)).contains("self", "alternate");
      assertEntries(feed);
      assertThat(feed.getEntries().get(0).getUri()).isEqualTo("urn:uuid:" + articles.get(0).id());
    }

    @Test
    @DisplayName("exists per tag, with author names and pages")
    void perTag() throws Exception {
      SyndFeed feed =
          read(
              renderer.atom(
                  SampleNews.TENANT, FeedScope.tag(SampleNews.BIDEN, SampleNews.EN), listing));
      assertThat(feed.getTitle()).isEqualTo("UNN: Joe Biden");
      assertThat(feed.getUri()).isEqualTo("https://unn.example/en/tag/dzho-baiden/atom.xml");
      // The listing's stories are Ukrainian: the English feed leaves them out, the Ukrainian has
      // them.
      assertThat(feed.getEntries()).isEmpty();
      List<SyndPerson> authors =
          read(renderer.atom(
                  SampleNews.TENANT, FeedScope.tag(SampleNews.BIDEN, SampleNews.UK), listing))
              .getEntries()
              .get(0)
              .getAuthors();
      assertThat(authors.stream().map(SyndPerson::getName))
          .containsExactly("Олена Марченко", "Тарас Гнатюк");
      assertThat(authors.get(0).getUri()).isEqualTo("https://unn.example/author/olena-marchenko");
    }

    @Test
    @DisplayName("of an empty listing is still a valid feed")
    void empty() throws Exception {
      SyndFeed feed =
          read(
              renderer.atom(
                  SampleNews.TENANT,
                  FeedScope.all(SampleNews.UK),
                  SampleNews.listing(List.of(), null)));
      assertThat(feed.getEntries()).isEmpty();
      assertThat(feed.getPublishedDate()).isNotNull();
    }
  }

  private void assertEntries(SyndFeed feed) {
    assertThat(feed.getEntries().stream().map(SyndEntry::getTitle))
        .containsExactlyElementsOf(articles.stream().map(Article::headline).toList());
    assertThat(feed.getEntries().stream().map(SyndEntry::getLink))
        .containsExactlyElementsOf(
            articles.stream().map(a -> "https://unn.example/news/" + a.slug()).toList());
    assertThat(feed.getEntries().stream().map(SyndEntry::getPublishedDate))
        .containsExactlyElementsOf(articles.stream().map(a -> Date.from(a.publishAt())).toList());
  }
}
