package io.dateline.cms.render.spi;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.render.FeedFormat;
import io.dateline.cms.render.FeedScope;
import io.dateline.cms.render.internal.StandardUrlStrategy;
import java.util.Locale;

/**
 * Decides the public URL of every page, feed and sitemap of a tenant. Every method returns an
 * absolute URL. The renderer checks URLs again before writing them, so a strategy that returns
 * something other than http(s) only loses the link.
 *
 * <p>{@link #standard()} lays pages out as {@code {baseUrl}/news/{slug}}, {@code /section/{slug}},
 * {@code /tag/{slug}}, {@code /author/{slug}}, {@code /location/{slug}}, feeds at {@code /rss.xml}
 * and {@code /atom.xml}, sitemaps at {@code /sitemap.xml} and {@code /news-sitemap.xml}, and puts
 * language editions other than the tenant's default under {@code /{lang}/}.
 *
 * <p>Implementations must be thread-safe and must not talk to storage: everything they need is in
 * the arguments.
 *
 * @since 0.1.0
 */
public interface UrlStrategy {

  /**
   * The standard layout described above.
   *
   * @return a shared, thread-safe instance
   */
  static UrlStrategy standard() {
    return StandardUrlStrategy.INSTANCE;
  }

  /**
   * The front page of a language edition (the latest headlines).
   *
   * @param tenant the tenant
   * @param language the edition's language
   * @return the absolute URL
   */
  String home(Tenant tenant, Locale language);

  /**
   * An article page, in the article's own language edition.
   *
   * @param tenant the tenant
   * @param article the article
   * @return the absolute URL
   */
  String article(Tenant tenant, Article article);

  /**
   * A section's listing.
   *
   * @param tenant the tenant
   * @param section the section
   * @param language the edition's language
   * @return the absolute URL
   */
  String section(Tenant tenant, Section section, Locale language);

  /**
   * A tag's listing.
   *
   * @param tenant the tenant
   * @param tag the tag
   * @param language the edition's language
   * @return the absolute URL
   */
  String tag(Tenant tenant, Tag tag, Locale language);

  /**
   * An author's page.
   *
   * @param tenant the tenant
   * @param author the author
   * @param language the edition's language
   * @return the absolute URL
   */
  String author(Tenant tenant, Author author, Locale language);

  /**
   * A location's listing.
   *
   * @param tenant the tenant
   * @param location the location
   * @param language the edition's language
   * @return the absolute URL
   */
  String location(Tenant tenant, Location location, Locale language);

  /**
   * The page of a listing that follows a cursor. The default appends {@code ?after={token}}.
   *
   * @param listingUrl the listing's first page, as returned by this strategy
   * @param after the cursor of the last item shown
   * @return the absolute URL
   */
  default String nextPage(String listingUrl, PageCursor after) {
    return listingUrl + (listingUrl.indexOf('?') < 0 ? "?after=" : "&after=") + after.encode();
  }

  /**
   * A feed.
   *
   * @param tenant the tenant
   * @param scope what the feed holds
   * @param format RSS or Atom
   * @return the absolute URL
   */
  String feed(Tenant tenant, FeedScope scope, FeedFormat format);

  /**
   * The search page of a language edition, to which a search box sends its query as {@code ?q=}.
   * The default is {@code search} below the edition's front page ({@code [/{lang}]/search} in the
   * standard layout); a strategy that overrides it must install a {@code UrlParser} that parses it.
   *
   * @param tenant the tenant
   * @param language the edition's language
   * @return the absolute URL, without a query
   * @since 0.1.0
   */
  default String search(Tenant tenant, Locale language) {
    String home = home(tenant, language);
    return home + (home.endsWith("/") ? "" : "/") + "search";
  }

  /**
   * The sitemap (or sitemap index) of the tenant.
   *
   * @param tenant the tenant
   * @return the absolute URL
   */
  String sitemap(Tenant tenant);

  /**
   * One file of a sitemap split by an index.
   *
   * @param tenant the tenant
   * @param part the file's number, from 1
   * @return the absolute URL
   */
  String sitemapPart(Tenant tenant, int part);

  /**
   * The Google News sitemap (or its index).
   *
   * @param tenant the tenant
   * @return the absolute URL
   */
  String newsSitemap(Tenant tenant);

  /**
   * One file of a news sitemap split by an index.
   *
   * @param tenant the tenant
   * @param part the file's number, from 1
   * @return the absolute URL
   */
  String newsSitemapPart(Tenant tenant, int part);
}
