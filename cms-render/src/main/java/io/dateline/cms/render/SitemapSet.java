package io.dateline.cms.render;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.ArticleService;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.PageCursor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sitemap as files: what to serve at the sitemap's own URL, and the numbered files an index
 * points to.
 *
 * <p>When all URLs fit in one file, {@link #root()} is that file and {@link #parts()} holds it
 * alone; otherwise {@link #root()} is a sitemap index listing {@link #parts()}, which are served at
 * {@code UrlStrategy.sitemapPart} (or {@code newsSitemapPart}) numbered from 1. Immutable and
 * thread-safe.
 *
 * <p>An application that serves pages without {@code cms-site} builds a tenant's whole sitemap with
 * {@link #forTenant}:
 *
 * <pre>{@code
 * SitemapSet sitemap = SitemapSet.forTenant(renderer, tenant, cms.tenant(tenant.id()).articles());
 * // serve sitemap.root() at urls.sitemap(tenant), sitemap.part(n) at urls.sitemapPart(tenant, n)
 * }</pre>
 *
 * @param root the XML to serve at the sitemap's URL; never {@code null}
 * @param parts the XML of each file, first file first; never empty
 * @since 0.1.0
 */
public record SitemapSet(String root, List<String> parts) {
  /** Copies the parts. */
  public SitemapSet {
    Objects.requireNonNull(root, "root");
    parts = List.copyOf(parts);
  }

  /**
   * The sitemap of a whole tenant: the home page of each of its editions and every published,
   * indexable article ({@link DatelineRenderer#sitemapUrl}), read from the article service {@link
   * ArticleQuery#MAX_LIMIT} at a time by cursor until the last page, and split behind an index when
   * there are more than 50,000 URLs.
   *
   * @param renderer the renderer, whose URL strategy builds the URLs
   * @param tenant the tenant
   * @param articles the tenant's articles ({@code cms.tenant(id).articles()})
   * @return the files
   */
  public static SitemapSet forTenant(
      DatelineRenderer renderer, Tenant tenant, ArticleService articles) {
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(articles, "articles");
    List<Article> published = new ArrayList<>();
    PageCursor cursor = null;
    do {
      ArticleListing page =
          articles.list(ArticleQuery.published().limit(ArticleQuery.MAX_LIMIT).after(cursor));
      published.addAll(page.articles());
      cursor = page.next();
    } while (cursor != null);
    return forArticles(renderer, tenant, published);
  }

  /**
   * The sitemap of a tenant from its published articles, already read: the home page of each of its
   * editions (last modified when the newest article was published or updated) and each indexable
   * article ({@link DatelineRenderer#sitemapUrl}), split behind an index when there are more than
   * 50,000 URLs.
   *
   * @param renderer the renderer, whose URL strategy builds the URLs
   * @param tenant the tenant
   * @param published the tenant's published articles
   * @return the files
   */
  public static SitemapSet forArticles(
      DatelineRenderer renderer, Tenant tenant, Collection<Article> published) {
    Objects.requireNonNull(renderer, "renderer");
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(published, "published");
    List<SitemapUrl> articleUrls = new ArrayList<>(published.size());
    Instant newest = null;
    for (Article a : published) {
      Instant publishAt = Objects.requireNonNull(a.publishAt(), "a published article's publishAt");
      Instant changed = a.updatedAt().isAfter(publishAt) ? a.updatedAt() : publishAt;
      newest = newest == null || changed.isAfter(newest) ? changed : newest;
      renderer.sitemapUrl(tenant, a).ifPresent(articleUrls::add);
    }
    List<SitemapUrl> all = new ArrayList<>(articleUrls.size() + tenant.supportedLocales().size());
    for (Locale language : tenant.supportedLocales()) {
      all.add(new SitemapUrl(renderer.urls(tenant).home(tenant, language), newest));
    }
    all.addAll(articleUrls);
    return renderer.sitemap(tenant, all);
  }

  /**
   * Whether {@link #root()} is an index rather than the only file.
   *
   * @return {@code true} when the URLs were split over several files
   */
  public boolean isIndexed() {
    return parts.size() > 1;
  }

  /**
   * One numbered file.
   *
   * @param number from 1
   * @return the file's XML
   * @throws IndexOutOfBoundsException when there is no such file
   */
  public String part(int number) {
    return parts.get(number - 1);
  }
}
