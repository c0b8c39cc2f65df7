package io.dateline.examples.newssite;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request path of the site, taken apart: which tenant, which language edition, which page.
 *
 * <p>The layout is the render module's standard URL strategy: {@code /{tenant}/} is the default
 * language edition, {@code /{tenant}/{lang}/} any other; below either come {@code news/{slug}},
 * {@code section/{slug}}, {@code tag/{slug}}, {@code author/{slug}}, {@code location/{slug}},
 * {@code rss.xml} and {@code atom.xml}. Sitemaps live at the tenant's root. Slugs are checked
 * against the slug alphabet here, so that nothing else ever reaches storage.
 *
 * @param tenant the tenant id segment
 * @param language the two-letter language segment, or {@code null} for the default edition
 * @param kind the page
 * @param slug the slug for listing and article pages, else {@code null}
 * @param part the file number for sitemap parts, else 0
 * @param feed the feed format when the path names the feed of a home, section or tag page, else
 *     {@code null}
 */
record SitePath(String tenant, String language, Kind kind, String slug, int part, Feed feed) {

  /** Feed formats. */
  enum Feed {
    RSS,
    ATOM
  }

  /** The pages the site serves. */
  enum Kind {
    TENANTS,
    HOME,
    ARTICLE,
    SECTION,
    TAG,
    AUTHOR,
    LOCATION,
    SITEMAP,
    SITEMAP_PART,
    NEWS_SITEMAP,
    NEWS_SITEMAP_PART,
    /** {@code /{tenant}} without the trailing slash: redirected. */
    TENANT_NO_SLASH
  }

  private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";
  private static final Pattern TENANT_ROOT = Pattern.compile("/(" + SLUG + ")(/.*)?");
  private static final Pattern EDITION = Pattern.compile("/([a-z]{2})(/.*)?");
  private static final Pattern PAGE =
      Pattern.compile(
          "/(news|section|tag|author|location)/(" + SLUG + ")(/|/rss\\.xml|/atom\\.xml)?");
  private static final Pattern SITEMAP_PART =
      Pattern.compile("/(news-)?sitemap-([1-9][0-9]{0,5})\\.xml");

  /**
   * Parses a decoded request path.
   *
   * @param path the path, starting with {@code /}
   * @return the page, or empty when the path names nothing the site serves
   */
  static Optional<SitePath> parse(String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return Optional.of(new SitePath(null, null, Kind.TENANTS, null, 0, null));
    }
    Matcher root = TENANT_ROOT.matcher(path);
    if (!root.matches()) {
      return Optional.empty();
    }
    String tenant = root.group(1);
    String rest = root.group(2);
    if (rest == null) {
      return Optional.of(new SitePath(tenant, null, Kind.TENANT_NO_SLASH, null, 0, null));
    }
    switch (rest) {
      case "/sitemap.xml":
        return Optional.of(new SitePath(tenant, null, Kind.SITEMAP, null, 0, null));
      case "/news-sitemap.xml":
        return Optional.of(new SitePath(tenant, null, Kind.NEWS_SITEMAP, null, 0, null));
      default:
        break;
    }
    Matcher part = SITEMAP_PART.matcher(rest);
    if (part.matches()) {
      Kind kind = part.group(1) == null ? Kind.SITEMAP_PART : Kind.NEWS_SITEMAP_PART;
      return Optional.of(
          new SitePath(tenant, null, kind, null, Integer.parseInt(part.group(2)), null));
    }
    String language = null;
    Matcher edition = EDITION.matcher(rest);
    if (edition.matches()) {
      language = edition.group(1);
      rest = edition.group(2) == null ? "/" : edition.group(2);
    }
    return edition(tenant, language, rest);
  }

  private static Optional<SitePath> edition(String tenant, String language, String rest) {
    switch (rest) {
      case "/":
        return Optional.of(new SitePath(tenant, language, Kind.HOME, null, 0, null));
      case "/rss.xml":
        return Optional.of(new SitePath(tenant, language, Kind.HOME, null, 0, Feed.RSS));
      case "/atom.xml":
        return Optional.of(new SitePath(tenant, language, Kind.HOME, null, 0, Feed.ATOM));
      default:
        break;
    }
    Matcher page = PAGE.matcher(rest);
    if (!page.matches()) {
      return Optional.empty();
    }
    Kind kind;
    switch (page.group(1)) {
      case "news":
        kind = Kind.ARTICLE;
        break;
      case "section":
        kind = Kind.SECTION;
        break;
      case "tag":
        kind = Kind.TAG;
        break;
      case "author":
        kind = Kind.AUTHOR;
        break;
      default:
        kind = Kind.LOCATION;
        break;
    }
    Feed feed = feedOf(page.group(3));
    if (feed != null && kind != Kind.SECTION && kind != Kind.TAG) {
      return Optional.empty();
    }
    return Optional.of(new SitePath(tenant, language, kind, page.group(2), 0, feed));
  }

  private static Feed feedOf(String suffix) {
    if ("/rss.xml".equals(suffix)) {
      return Feed.RSS;
    }
    return "/atom.xml".equals(suffix) ? Feed.ATOM : null;
  }
}
