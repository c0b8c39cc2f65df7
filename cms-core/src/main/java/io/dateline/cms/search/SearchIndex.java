package io.dateline.cms.search;

import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;

/**
 * A full-text index of published articles, scoped by tenant: what a search backend implements.
 *
 * <p>The contract, which {@code SearchIndexContract} in {@code cms-testkit} checks:
 *
 * <ul>
 *   <li>Only published articles are found. {@link #index} of an article that is not published
 *       removes it, so feeding every version of an article keeps the index right.
 *   <li>A query sees only its tenant's and its language's articles.
 *   <li>Every word of the query must match (in a form the language's analysis relates to it, or
 *       exactly), phrases in double quotes match in order; filters narrow the result.
 *   <li>Hits are ordered best first; cursors page through the result without repeating or skipping
 *       a hit while the index does not change.
 *   <li>A query that cannot be run throws {@link SearchQueryException}; no query input causes any
 *       other exception.
 * </ul>
 *
 * <p>Implementations are thread-safe. Writes are visible to queries when the writing call returns.
 * Arguments must not be {@code null}.
 */
public interface SearchIndex {

  /**
   * Adds or replaces an article: when it is published, its current version becomes searchable;
   * otherwise it is removed from the index. Idempotent.
   *
   * @param article the article as stored
   */
  void index(Article article);

  /**
   * Removes an article, if indexed. Idempotent.
   *
   * @param tenant the article's tenant
   * @param id the article
   */
  void remove(TenantId tenant, ArticleId id);

  /**
   * Runs a search.
   *
   * @param query the search
   * @return one page of hits, best first
   * @throws SearchQueryException when the query cannot be run (for example, its cursor is damaged)
   */
  SearchPage query(SearchQuery query);

  /**
   * Replaces everything indexed for a tenant with the given articles (those not published, or of
   * another tenant, are skipped). Other tenants are untouched.
   *
   * @param tenant the tenant to re-index
   * @param articles the tenant's articles, read once in order
   */
  void rebuild(TenantId tenant, Iterable<Article> articles);

  /**
   * Re-indexes a tenant from storage: {@link #rebuild(TenantId, Iterable)} with every published
   * article of the tenant, read a page at a time.
   *
   * @param content the tenant's content
   */
  default void rebuild(TenantContent content) {
    rebuild(content.tenant().id(), PublishedArticles.of(content));
  }
}
