package io.dateline.cms.site;

import io.dateline.cms.render.FeedFormat;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page of one tenant, as a {@link UrlParser} finds it in a URL: the exact inverse of what the
 * tenant's {@code UrlStrategy} builds. Slugs are as they appear in the URL; the site looks them up.
 *
 * @since 0.1.0
 */
public sealed interface SitePage {

  /**
   * The front page of a language edition: the latest headlines.
   *
   * @param language the edition's language
   */
  record Home(Locale language) implements SitePage {
    /** Checks the values. */
    public Home {
      Objects.requireNonNull(language, "language");
    }
  }

  /**
   * An article page.
   *
   * @param language the language edition the URL names
   * @param slug the article's slug
   */
  record Article(Locale language, String slug) implements SitePage {
    /** Checks the values. */
    public Article {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(slug, "slug");
    }
  }

  /** The directory kinds that have listing pages. */
  enum ListingKind {
    /** A section's articles. */
    SECTION,
    /** A tag's articles. */
    TAG,
    /** An author's articles. */
    AUTHOR,
    /** A location's articles. */
    LOCATION
  }

  /**
   * The listing of a section, tag, author or location.
   *
   * @param kind what is listed
   * @param language the edition's language
   * @param slug the listed object's slug
   */
  record Listing(ListingKind kind, Locale language, String slug) implements SitePage {
    /** Checks the values. */
    public Listing {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(slug, "slug");
    }
  }

  /**
   * A feed of an edition, a section or a tag.
   *
   * @param language the edition's language
   * @param kind {@code null} for the whole edition, else {@link ListingKind#SECTION} or {@link
   *     ListingKind#TAG}
   * @param slug the section's or tag's slug, or {@code null} for the whole edition
   * @param format RSS or Atom
   */
  record Feed(Locale language, @Nullable ListingKind kind, @Nullable String slug, FeedFormat format)
      implements SitePage {
    /** Checks the values. */
    public Feed {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(format, "format");
      if (kind != null && kind != ListingKind.SECTION && kind != ListingKind.TAG) {
        throw new IllegalArgumentException("only sections and tags have feeds: " + kind);
      }
      if ((kind == null) != (slug == null)) {
        throw new IllegalArgumentException("a section or tag feed needs a slug, an edition none");
      }
    }
  }

  /**
   * The tenant's sitemap: its root (an index when split) or one of its parts.
   *
   * @param part 0 for the root, else the part's number from 1
   */
  record Sitemap(int part) implements SitePage {
    /** Checks the values. */
    public Sitemap {
      if (part < 0) {
        throw new IllegalArgumentException("part must not be negative: " + part);
      }
    }
  }

  /**
   * The tenant's Google News sitemap: its root or one of its parts.
   *
   * @param part 0 for the root, else the part's number from 1
   */
  record NewsSitemap(int part) implements SitePage {
    /** Checks the values. */
    public NewsSitemap {
      if (part < 0) {
        throw new IllegalArgumentException("part must not be negative: " + part);
      }
    }
  }

  /**
   * The search page of a language edition; the query comes in the request's {@code q} parameter.
   * Served only when the site has a search index ({@code DatelineSite.Builder.search}).
   *
   * @param language the edition's language
   * @since 0.1.0
   */
  record Search(Locale language) implements SitePage {
    /** Checks the values. */
    public Search {
      Objects.requireNonNull(language, "language");
    }
  }
}
