package io.dateline.cms.views;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.views.internal.CrawlerFilter;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a view counts at all, before de-duplication; typically drops crawlers.
 *
 * <p>Called on the recording thread for every view, so an implementation must be fast, must not
 * block, and must be thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ViewFilter {

  /**
   * Decides about one view.
   *
   * @param tenantId the tenant; never {@code null}
   * @param articleId the article; never {@code null}
   * @param userAgent the client's {@code User-Agent} header; {@code null} when the caller did not
   *     pass one
   * @return {@code true} to count the view
   */
  boolean accept(TenantId tenantId, ArticleId articleId, @Nullable String userAgent);

  /**
   * A filter that drops clients whose user agent names itself a crawler, a preview fetcher or a
   * scripting tool, by case-insensitive fragments such as {@code bot}, {@code crawl}, {@code
   * spider}, {@code headless}, {@code curl}. Views without a user agent count.
   *
   * <p>It catches the well-behaved crawlers that identify themselves, which are most of them. Sites
   * that need more (IP reputation, full user-agent parsing) plug their own filter in.
   *
   * @return the filter; stateless and thread-safe
   */
  static ViewFilter excludingBots() {
    return CrawlerFilter.INSTANCE;
  }

  /**
   * Combines this filter with another: a view counts when both accept it.
   *
   * @param other the other filter
   * @return the combined filter
   */
  default ViewFilter and(ViewFilter other) {
    return (tenantId, articleId, userAgent) ->
        accept(tenantId, articleId, userAgent) && other.accept(tenantId, articleId, userAgent);
  }
}
