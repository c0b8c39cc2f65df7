package io.dateline.cms.site.internal;

import io.dateline.cms.TenantContent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchIndex;
import io.dateline.cms.search.SearchPage;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.search.SearchQueryException;
import io.dateline.cms.site.SiteRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The site's search page ({@code [/{lang}]/search?q=...&after=...}) on the configured {@link
 * SearchIndex}. Result pages carry {@code noindex} (in the document and as {@code X-Robots-Tag})
 * and are not cached by the site: a search is cheap and its results follow the index, not the
 * tenant's generation. A query the index refuses, or a broken escape in it, is a {@code 400} with
 * the form and a sentence saying why.
 */
final class SiteSearch {
  private final SearchIndex index;
  private final DatelineRenderer renderer;
  private final int pageSize;

  SiteSearch(SearchIndex index, DatelineRenderer renderer, int pageSize) {
    this.index = Objects.requireNonNull(index, "index");
    this.renderer = renderer;
    this.pageSize = Math.min(pageSize, SearchQuery.MAX_LIMIT);
  }

  SearchIndex index() {
    return index;
  }

  /** Answers the search page of a tenant's edition. */
  Answer page(SiteRequest request, Tenant tenant, TenantContent content, Locale language) {
    String q;
    String after;
    try {
      q = parameter(request.rawQuery(), "q");
      after = parameter(request.rawQuery(), "after");
    } catch (IllegalArgumentException e) {
      return render(tenant, language, "", SearchPage.empty(), Map.of(), 400, true);
    }
    if (q == null || q.isBlank()) {
      return render(tenant, language, "", SearchPage.empty(), Map.of(), 200, false);
    }
    SearchPage found;
    try {
      found =
          index.query(
              SearchQuery.of(tenant.id(), language, q).limit(pageSize).after(emptyToNull(after)));
    } catch (SearchQueryException e) {
      return render(tenant, language, q, SearchPage.empty(), Map.of(), 400, true);
    }
    return render(tenant, language, q, found, published(content, found.hits()), 200, false);
  }

  /**
   * The hits' articles, read again so that nothing retracted since the index last heard of it is
   * shown: a hit whose article is no longer published is left out.
   */
  static Map<ArticleId, Article> published(TenantContent content, List<SearchHit> hits) {
    Map<ArticleId, Article> articles = new HashMap<>();
    for (SearchHit hit : hits) {
      content
          .articles()
          .find(hit.articleId())
          .filter(Article::isPublished)
          .ifPresent(a -> articles.put(a.id(), a));
    }
    return articles;
  }

  private Answer render(
      Tenant tenant,
      Locale language,
      String q,
      SearchPage found,
      Map<ArticleId, Article> articles,
      int status,
      boolean refused) {
    byte[] body =
        renderer.searchPageBytes(
            renderer.searchPageModel(
                tenant,
                language,
                q,
                found.hits(),
                articles,
                found.nextCursor(),
                refused ? renderer.searchMessage(language) : null));
    return Answer.status(status)
        .body(Answer.HTML, body)
        .header("X-Robots-Tag", "noindex")
        .cacheControl("no-cache");
  }

  private static @Nullable String emptyToNull(@Nullable String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /**
   * A query parameter, decoded; {@code null} when absent.
   *
   * @throws IllegalArgumentException on a broken percent-escape
   */
  static @Nullable String parameter(@Nullable String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      if (key.equals(name)) {
        return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
