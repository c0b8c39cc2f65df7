package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.FeedFormat;
import io.dateline.cms.render.FeedScope;
import io.dateline.cms.render.spi.UrlStrategy;
import io.dateline.cms.site.SitePage.ListingKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The standard URL parser is the exact inverse of the standard URL strategy")
class UrlRoundTripTest {
  private static Dateline cms;
  private static SiteFixture fx;
  private final UrlStrategy urls = UrlStrategy.standard();
  private final UrlParser parser = UrlParser.standard();

  @BeforeAll
  static void content() {
    cms = Dateline.builder().storage(new InMemoryStorage()).build();
    fx = new SiteFixture(cms, "https://news.example/", 0);
  }

  @AfterAll
  static void close() {
    cms.close();
  }

  /** Every page kind in every language, as the strategy builds its URL, and the page it names. */
  private Map<String, SitePage> everyPage() {
    return everyPage(fx.tenant, fx.original, fx.translation);
  }

  /**
   * Every page kind in both languages of a tenant, as the strategy builds its URL, and the page it
   * names: the original is in the tenant's default language, the translation in the other.
   */
  private Map<String, SitePage> everyPage(Tenant t, Article original, Article translation) {
    Map<String, SitePage> pages = new java.util.LinkedHashMap<>();
    for (Locale language : List.of(original.language(), translation.language())) {
      pages.put(urls.home(t, language), new SitePage.Home(language));
      pages.put(
          urls.section(t, fx.section, language),
          new SitePage.Listing(ListingKind.SECTION, language, fx.section.slug()));
      pages.put(
          urls.tag(t, fx.tag, language),
          new SitePage.Listing(ListingKind.TAG, language, fx.tag.slug()));
      pages.put(
          urls.author(t, fx.author, language),
          new SitePage.Listing(ListingKind.AUTHOR, language, fx.author.slug()));
      pages.put(
          urls.location(t, fx.location, language),
          new SitePage.Listing(ListingKind.LOCATION, language, fx.location.slug()));
      for (FeedFormat format : FeedFormat.values()) {
        pages.put(
            urls.feed(t, FeedScope.all(language), format),
            new SitePage.Feed(language, null, null, format));
        pages.put(
            urls.feed(t, FeedScope.section(fx.section, language), format),
            new SitePage.Feed(language, ListingKind.SECTION, fx.section.slug(), format));
        pages.put(
            urls.feed(t, FeedScope.tag(fx.tag, language), format),
            new SitePage.Feed(language, ListingKind.TAG, fx.tag.slug(), format));
      }
    }
    pages.put(
        urls.article(t, original), new SitePage.Article(original.language(), original.slug()));
    pages.put(
        urls.article(t, translation),
        new SitePage.Article(translation.language(), translation.slug()));
    pages.put(urls.sitemap(t), new SitePage.Sitemap(0));
    pages.put(urls.sitemapPart(t, 3), new SitePage.Sitemap(3));
    pages.put(urls.newsSitemap(t), new SitePage.NewsSitemap(0));
    pages.put(urls.newsSitemapPart(t, 2), new SitePage.NewsSitemap(2));
    return pages;
  }

  private Optional<SitePage> parse(String absoluteUrl) {
    return parse(fx.tenant, absoluteUrl);
  }

  private Optional<SitePage> parse(Tenant tenant, String absoluteUrl) {
    String path = URI.create(absoluteUrl).getRawPath();
    String base = tenant.baseUrl().getRawPath();
    return parser.parse(tenant, path.substring(base.length() - 1));
  }

  private void assertRoundTrips(Tenant tenant, Map<String, SitePage> pages) {
    assertThat(pages)
        .hasSize(28); // 2 editions x (home, 4 listings, 6 feeds), 2 articles, 4 sitemaps
    List<String> wrong = new ArrayList<>();
    pages.forEach(
        (url, page) -> {
          if (!parse(tenant, url).equals(Optional.of(page))) {
            wrong.add(url + " -> " + parse(tenant, url) + ", expected " + page);
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  @DisplayName("every page kind and language parses back to the page the URL was built for")
  void everyPageRoundTrips() {
    assertRoundTrips(fx.tenant, everyPage());
  }

  @Test
  @DisplayName(
      "a tenant whose languages have three-letter codes (fil by default, haw) round-trips every page")
  void threeLetterTenantRoundTrips() {
    Locale fil = Locale.forLanguageTag("fil");
    Locale haw = Locale.forLanguageTag("haw");
    Tenant pacific =
        Tenant.builder(fx.tenant.id(), "n", fil, fx.tenant.timeZone(), fx.tenant.baseUrl())
            .publicationName("p")
            .supportedLocales(java.util.Set.of(fil, haw))
            .build();
    Article original = fx.original.toBuilder().language(fil).build();
    Article translation = fx.translation.toBuilder().language(haw).build();
    Map<String, SitePage> pages = everyPage(pacific, original, translation);

    assertRoundTrips(pacific, pages);
    assertThat(pages.keySet())
        .contains(
            fx.tenant.baseUrl() + "haw/",
            fx.tenant.baseUrl() + "haw/news/" + translation.slug(),
            fx.tenant.baseUrl() + "news/" + original.slug())
        .noneMatch(url -> url.contains("/fil/"));
    // The default language spelled out still names the page (the site answers 301 to it).
    assertThat(parser.parse(pacific, "/fil/")).contains(new SitePage.Home(fil));
    assertThat(parser.parse(pacific, "/ukr/")).isEmpty();
  }

  @Test
  @DisplayName("paths the strategy never builds name no page")
  void unknownPathsNameNothing() {
    for (String path :
        List.of(
            "/news/",
            "/news/UPPER",
            "/news/a%2Fb",
            "/news/..",
            "/news/x/rss.xml",
            "/author/x/rss.xml",
            "/fr/news/x",
            "/sitemap-0.xml",
            "/sitemap-1234567.xml",
            "/widgets/x",
            "/news/" + "a".repeat(121))) {
      assertThat(parser.parse(fx.tenant, path)).as(path).isEmpty();
    }
  }

  @Test
  @DisplayName("a three-letter language the tenant supports is an edition")
  void threeLetterLanguages() {
    Tenant tatar =
        Tenant.builder(
                fx.tenant.id(), "n", SiteFixture.UK, fx.tenant.timeZone(), fx.tenant.baseUrl())
            .publicationName("p")
            .supportedLocales(java.util.Set.of(SiteFixture.UK, Locale.forLanguageTag("crh")))
            .build();
    Locale crh = Locale.forLanguageTag("crh");
    assertThat(urls.home(tatar, crh)).endsWith("/crh/");
    assertThat(parser.parse(tatar, "/crh/")).contains(new SitePage.Home(crh));
    assertThat(parser.parse(tatar, "/crh/tag/x"))
        .contains(new SitePage.Listing(ListingKind.TAG, crh, "x"));
  }
}
