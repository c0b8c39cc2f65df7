package io.dateline.cms.site.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchPage;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.search.SearchQueryException;
import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.internal.TenantRoutes.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The content API's search endpoint: {@code GET {basePath}api/v1/{tenantId}/search?q=&lang=&after=}
 * answers JSON.
 *
 * <pre>{@code
 * {"tenant":"unn","language":"uk","query":"Харків",
 *  "hits":[{"id":"...","slug":"...","url":"https://...","title":"...","snippet":"... <mark>Харкові</mark> ...",
 *           "score":1.7,"publishedAt":"2026-12-06T10:00:00Z"}],
 *  "next":"l1.AAAB..."}
 * }</pre>
 *
 * <p>{@code lang} defaults to the tenant's default language. A refused query, an unsupported
 * language or a broken escape is a {@code 400} with {@code {"error":{"field","rule","message"}}};
 * an unknown tenant a {@code 404}.
 */
final class SearchApi {
  private static final String JSON = "application/json; charset=utf-8";
  private static final String PREFIX = "api/v1/";
  private static final String SUFFIX = "/search";
  private static final JsonFactory FACTORY = new JsonFactory();

  private final SiteSearch search;
  private final DatelineRenderer renderer;
  private final String basePath;
  private final int pageSize;

  SearchApi(SiteSearch search, DatelineRenderer renderer, String basePath, int pageSize) {
    this.search = search;
    this.renderer = renderer;
    this.basePath = basePath;
    this.pageSize = Math.min(pageSize, SearchQuery.MAX_LIMIT);
  }

  /** Whether a path is this endpoint's: {@code {basePath}api/v1/{one segment}/search}. */
  boolean owns(String path) {
    if (!path.startsWith(basePath + PREFIX) || !path.endsWith(SUFFIX)) {
      return false;
    }
    String tenant =
        path.substring(basePath.length() + PREFIX.length(), path.length() - SUFFIX.length());
    return !tenant.isEmpty() && tenant.indexOf('/') < 0;
  }

  Answer answer(SiteRequest request, TenantRoutes routes) {
    String path = request.rawPath();
    String tenantText =
        path.substring(basePath.length() + PREFIX.length(), path.length() - SUFFIX.length());
    Route route;
    try {
      route = routes.get(TenantId.of(tenantText));
    } catch (RuntimeException e) {
      route = null;
    }
    if (route == null) {
      return ContentApi.problem(request, ApiProblem.notFound("tenantId", "no tenant with this id"));
    }
    Tenant tenant = route.tenant();
    String q;
    String lang;
    String after;
    try {
      q = SiteSearch.parameter(request.rawQuery(), "q");
      lang = SiteSearch.parameter(request.rawQuery(), "lang");
      after = SiteSearch.parameter(request.rawQuery(), "after");
    } catch (IllegalArgumentException e) {
      return error(request, "query", "Malformed", "the query string has a broken percent-escape");
    }
    Locale language = tenant.defaultLocale();
    if (lang != null && !lang.isEmpty()) {
      language = supported(tenant, lang);
      if (language == null) {
        return error(request, "lang", "UnsupportedLanguage", "the tenant does not publish in it");
      }
    }
    SearchPage page;
    try {
      page =
          search
              .index()
              .query(
                  SearchQuery.of(tenant.id(), language, q == null ? "" : q)
                      .limit(pageSize)
                      .after(after == null || after.isEmpty() ? null : after));
    } catch (SearchQueryException e) {
      return error(request, e.field(), e.rule(), String.valueOf(e.getMessage()));
    }
    Map<ArticleId, Article> articles = SiteSearch.published(route.content(), page.hits());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("tenant", tenant.id().value());
      g.writeStringField("language", language.toLanguageTag());
      g.writeStringField("query", q);
      g.writeArrayFieldStart("hits");
      for (SearchHit hit : page.hits()) {
        Article article = articles.get(hit.articleId());
        if (article == null) {
          continue;
        }
        g.writeStartObject();
        g.writeStringField("id", hit.articleId().toString());
        g.writeStringField("slug", hit.slug());
        g.writeStringField("url", renderer.urls(tenant).article(tenant, article));
        g.writeStringField("title", hit.title());
        g.writeStringField("snippet", hit.snippet());
        g.writeNumberField("score", hit.score());
        g.writeStringField("publishedAt", hit.publishAt().toString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("next", page.nextCursor());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Answer.status(200)
        .body(JSON, out.toByteArray())
        .header("X-Robots-Tag", "noindex")
        .cacheControl("no-cache");
  }

  private static @Nullable Locale supported(Tenant tenant, String tag) {
    String code = Locale.forLanguageTag(tag).getLanguage();
    for (Locale l : tenant.supportedLocales()) {
      if (!code.isEmpty() && l.getLanguage().equals(code)) {
        return l;
      }
    }
    return null;
  }

  /** A 400 as the content API's problem details, naming the parameter and the broken rule. */
  private static Answer error(SiteRequest request, String field, String rule, String message) {
    return ContentApi.problem(request, ApiProblem.invalid(field, message + " (rule " + rule + ")"));
  }
}
