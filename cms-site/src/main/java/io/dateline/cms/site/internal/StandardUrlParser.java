package io.dateline.cms.site.internal;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.FeedFormat;
import io.dateline.cms.site.SitePage;
import io.dateline.cms.site.SitePage.ListingKind;
import io.dateline.cms.site.UrlParser;
import io.dateline.cms.slug.SlugGenerator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The inverse of the standard URL strategy: {@code /} (the default edition) or {@code /{lang}/},
 * then {@code news|section|tag|author|location/{slug}}, edition and section/tag feeds at {@code
 * rss.xml} and {@code atom.xml}, sitemaps at the tenant's root.
 *
 * <p>Written by hand because the layout is seven fixed shapes: a routing library would add a
 * dependency and a second description of the same layout. Slugs are checked against the slug
 * alphabet here, so nothing else reaches storage.
 *
 * @since 0.1.0
 */
public final class StandardUrlParser implements UrlParser {
  /** The shared instance. */
  public static final StandardUrlParser INSTANCE = new StandardUrlParser();

  private static final Pattern PAGE =
      Pattern.compile(
          "/(news|section|tag|author|location)/([^/]{1,200})(/|/rss\\.xml|/atom\\.xml)?");
  private static final Pattern SITEMAP =
      Pattern.compile("/(news-)?sitemap(?:-([1-9][0-9]{0,5}))?\\.xml");
  private static final Pattern EDITION = Pattern.compile("/([a-z]{2,3})(/.*)?");

  private StandardUrlParser() {}

  @Override
  public Optional<SitePage> parse(Tenant tenant, String path) {
    if (path.length() > 512) {
      return Optional.empty();
    }
    Matcher sitemap = SITEMAP.matcher(path);
    if (sitemap.matches()) {
      int part = sitemap.group(2) == null ? 0 : Integer.parseInt(sitemap.group(2));
      return Optional.of(
          sitemap.group(1) == null ? new SitePage.Sitemap(part) : new SitePage.NewsSitemap(part));
    }
    Locale language = tenant.defaultLocale();
    String rest = path;
    Matcher edition = EDITION.matcher(path);
    if (edition.matches()) {
      Locale asked = supported(tenant, edition.group(1));
      if (asked != null) {
        language = asked;
        rest = edition.group(2) == null ? "" : edition.group(2);
      }
    }
    return edition(language, rest);
  }

  /** The tenant's supported language with this code, or {@code null}. */
  private static @Nullable Locale supported(Tenant tenant, String code) {
    for (Locale l : tenant.supportedLocales()) {
      if (l.getLanguage().equals(code)) {
        return l;
      }
    }
    return null;
  }

  private static Optional<SitePage> edition(Locale language, String rest) {
    switch (rest) {
      case "":
      case "/":
        return Optional.of(new SitePage.Home(language));
      case "/rss.xml":
        return Optional.of(new SitePage.Feed(language, null, null, FeedFormat.RSS));
      case "/atom.xml":
        return Optional.of(new SitePage.Feed(language, null, null, FeedFormat.ATOM));
      case "/search":
      case "/search/":
        return Optional.of(new SitePage.Search(language));
      default:
        break;
    }
    Matcher page = PAGE.matcher(rest);
    if (!page.matches()) {
      return Optional.empty();
    }
    String slug = page.group(2);
    if (!SlugGenerator.isValidSlug(slug)) {
      return Optional.empty();
    }
    String suffix = page.group(3);
    FeedFormat feed =
        "/rss.xml".equals(suffix)
            ? FeedFormat.RSS
            : "/atom.xml".equals(suffix) ? FeedFormat.ATOM : null;
    if (page.group(1).equals("news")) {
      return feed != null ? Optional.empty() : Optional.of(new SitePage.Article(language, slug));
    }
    ListingKind kind = ListingKind.valueOf(page.group(1).toUpperCase(Locale.ROOT));
    if (feed != null) {
      if (kind != ListingKind.SECTION && kind != ListingKind.TAG) {
        return Optional.empty();
      }
      return Optional.of(new SitePage.Feed(language, kind, slug, feed));
    }
    return Optional.of(new SitePage.Listing(kind, language, slug));
  }
}
