package io.dateline.cms.render.internal;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.FeedFormat;
import io.dateline.cms.render.FeedScope;
import io.dateline.cms.render.spi.UrlStrategy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The layout documented on {@link UrlStrategy#standard()}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandardUrlStrategy implements UrlStrategy {
  /** The shared instance. */
  public static final StandardUrlStrategy INSTANCE = new StandardUrlStrategy();

  private StandardUrlStrategy() {}

  @Override
  public String home(Tenant tenant, Locale language) {
    return edition(tenant, language) + "/";
  }

  @Override
  public String article(Tenant tenant, Article article) {
    return edition(tenant, article.language()) + "/news/" + segment(article.slug());
  }

  @Override
  public String section(Tenant tenant, Section section, Locale language) {
    return edition(tenant, language) + "/section/" + segment(section.slug());
  }

  @Override
  public String tag(Tenant tenant, Tag tag, Locale language) {
    return edition(tenant, language) + "/tag/" + segment(tag.slug());
  }

  @Override
  public String author(Tenant tenant, Author author, Locale language) {
    return edition(tenant, language) + "/author/" + segment(author.slug());
  }

  @Override
  public String location(Tenant tenant, Location location, Locale language) {
    return edition(tenant, language) + "/location/" + segment(location.slug());
  }

  @Override
  public String feed(Tenant tenant, FeedScope scope, FeedFormat format) {
    String file = format == FeedFormat.RSS ? "/rss.xml" : "/atom.xml";
    if (scope.section() != null) {
      return section(tenant, scope.section(), scope.language()) + file;
    }
    if (scope.tag() != null) {
      return tag(tenant, scope.tag(), scope.language()) + file;
    }
    return edition(tenant, scope.language()) + file;
  }

  @Override
  public String sitemap(Tenant tenant) {
    return base(tenant) + "/sitemap.xml";
  }

  @Override
  public String sitemapPart(Tenant tenant, int part) {
    return base(tenant) + "/sitemap-" + part + ".xml";
  }

  @Override
  public String newsSitemap(Tenant tenant) {
    return base(tenant) + "/news-sitemap.xml";
  }

  @Override
  public String newsSitemapPart(Tenant tenant, int part) {
    return base(tenant) + "/news-sitemap-" + part + ".xml";
  }

  private static String edition(Tenant tenant, Locale language) {
    String lang = language == null ? "" : language.getLanguage();
    if (lang.isEmpty() || lang.equals(tenant.defaultLocale().getLanguage())) {
      return base(tenant);
    }
    return base(tenant) + "/" + segment(lang);
  }

  private static String base(Tenant tenant) {
    String base = tenant.baseUrl().toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** Percent-encodes one path segment; stored slugs are already URL-safe, so this is a guard. */
  static String segment(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
        // The JDK only has a form encoder; in a path a space must be %20, not '+'.
        // Dots are encoded too, so that a slug of ".." cannot climb out of its directory.
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
            .replace("+", "%20")
            .replace(".", "%2E");
      }
    }
    return value;
  }
}
