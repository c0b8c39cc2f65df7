package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.examples.newssite.SitePath.Feed;
import io.dateline.examples.newssite.SitePath.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A site path")
class SitePathTest {

  private static SitePath parse(String path) {
    return SitePath.parse(path).orElseThrow();
  }

  @Nested
  @DisplayName("in the default edition")
  class DefaultEdition {
    @Test
    @DisplayName("names the tenant list at the root")
    void root() {
      assertThat(parse("/").kind()).isEqualTo(Kind.TENANTS);
    }

    @Test
    @DisplayName("names a tenant's front page with and without the trailing slash")
    void home() {
      assertThat(parse("/dnipro-news/"))
          .isEqualTo(new SitePath("dnipro-news", null, Kind.HOME, null, 0, null));
      assertThat(parse("/dnipro-news").kind()).isEqualTo(Kind.TENANT_NO_SLASH);
    }

    @Test
    @DisplayName("names article and listing pages by slug")
    void pages() {
      assertThat(parse("/dnipro-news/news/some-story"))
          .isEqualTo(new SitePath("dnipro-news", null, Kind.ARTICLE, "some-story", 0, null));
      assertThat(parse("/dnipro-news/section/polityka").kind()).isEqualTo(Kind.SECTION);
      assertThat(parse("/dnipro-news/tag/dzho-baiden").slug()).isEqualTo("dzho-baiden");
      assertThat(parse("/dnipro-news/author/olena-shevchuk").kind()).isEqualTo(Kind.AUTHOR);
      assertThat(parse("/dnipro-news/location/kyiv").kind()).isEqualTo(Kind.LOCATION);
    }

    @Test
    @DisplayName("names the feeds of the edition, a section and a tag")
    void feeds() {
      assertThat(parse("/dnipro-news/rss.xml"))
          .isEqualTo(new SitePath("dnipro-news", null, Kind.HOME, null, 0, Feed.RSS));
      assertThat(parse("/dnipro-news/atom.xml").feed()).isEqualTo(Feed.ATOM);
      assertThat(parse("/dnipro-news/section/polityka/rss.xml"))
          .isEqualTo(new SitePath("dnipro-news", null, Kind.SECTION, "polityka", 0, Feed.RSS));
      assertThat(parse("/dnipro-news/tag/energy/atom.xml").feed()).isEqualTo(Feed.ATOM);
    }

    @Test
    @DisplayName("names sitemaps and their numbered parts")
    void sitemaps() {
      assertThat(parse("/dnipro-news/sitemap.xml").kind()).isEqualTo(Kind.SITEMAP);
      assertThat(parse("/dnipro-news/news-sitemap.xml").kind()).isEqualTo(Kind.NEWS_SITEMAP);
      assertThat(parse("/dnipro-news/sitemap-2.xml"))
          .isEqualTo(new SitePath("dnipro-news", null, Kind.SITEMAP_PART, null, 2, null));
      assertThat(parse("/dnipro-news/news-sitemap-1.xml").kind()).isEqualTo(Kind.NEWS_SITEMAP_PART);
    }
  }

  @Test
  @DisplayName("puts other language editions under a two-letter segment")
  void editions() {
    assertThat(parse("/dnipro-news/en/"))
        .isEqualTo(new SitePath("dnipro-news", "en", Kind.HOME, null, 0, null));
    assertThat(parse("/dnipro-news/en"))
        .isEqualTo(new SitePath("dnipro-news", "en", Kind.HOME, null, 0, null));
    assertThat(parse("/dnipro-news/en/news/a-story"))
        .isEqualTo(new SitePath("dnipro-news", "en", Kind.ARTICLE, "a-story", 0, null));
    assertThat(parse("/dnipro-news/en/rss.xml").feed()).isEqualTo(Feed.RSS);
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("names nothing for paths outside the layout or with characters slugs never have")
  @ValueSource(
      strings = {
        "/Dnipro-News/",
        "/dnipro-news/news/",
        "/dnipro-news/news/Upper-Case",
        "/dnipro-news/news/a%2Fb",
        "/dnipro-news/news/a/b",
        "/dnipro-news/news/..",
        "/dnipro-news/author/x/rss.xml",
        "/dnipro-news/sitemap-0.xml",
        "/dnipro-news/en/sitemap.xml",
        "/dnipro-news/unknown/page",
        "//",
        "/-bad-/"
      })
  void rejects(String path) {
    assertThat(SitePath.parse(path)).isEmpty();
  }
}
