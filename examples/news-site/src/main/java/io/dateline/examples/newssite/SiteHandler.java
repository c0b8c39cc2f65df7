package io.dateline.examples.newssite;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.ValidationException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.render.FeedFormat;
import io.dateline.cms.render.FeedScope;
import io.dateline.cms.render.HeadlineView;
import io.dateline.cms.render.JteTheme;
import io.dateline.cms.render.ListingSubject;
import io.dateline.cms.render.SitemapSet;
import io.dateline.cms.render.SitemapUrl;
import io.dateline.cms.render.spi.UrlStrategy;
import io.dateline.cms.spi.ViewTotal;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.examples.newssite.SitePath.Feed;
import io.dateline.examples.newssite.SitePath.Kind;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every page of the site. Each request reads through Dateline's services, so it sees only
 * the tenant named in its path; a slug of another tenant is simply not found.
 *
 * <p>Thread-safe: the handler holds no request state.
 */
final class SiteHandler implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SiteHandler.class);
  private static final int PAGE_SIZE = 20;
  private static final int FEED_SIZE = 30;
  private static final int MOST_READ = 5;
  private static final String STYLESHEET_PATH = "/assets/site.css";

  private final Dateline cms;
  private final DatelineRenderer renderer;
  private final byte[] stylesheet;

  SiteHandler(Dateline cms, URI siteUrl) {
    this.cms = cms;
    String stylesheetUrl = siteUrl.resolve(STYLESHEET_PATH.substring(1)).toString();
    // The theme's markup gets the library's standard stylesheet, linked through the head hook.
    this.renderer =
        DatelineRenderer.builder()
            .clock(cms.clock())
            .headContributor((page, head) -> head.link("stylesheet", stylesheetUrl))
            .build();
    this.stylesheet = JteTheme.standardStylesheet();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    // Closing an exchange that got no response drops the connection: whatever fails below, the
    // client is never left waiting.
    try (exchange) {
      reply(exchange).send(exchange);
    }
  }

  private Reply reply(HttpExchange exchange) {
    Reply reply;
    try {
      reply = respond(exchange);
    } catch (RuntimeException e) {
      LOG.error("Failed to serve {}", exchange.getRequestURI(), e);
      reply =
          Reply.text(
              500,
              Reply.HTML,
              SitePages.error(
                  500,
                  "Something went wrong",
                  "The page could not be shown. Please try again in a moment.",
                  "/",
                  "All publications"));
    }
    return reply;
  }

  private Reply respond(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return Reply.methodNotAllowed();
    }
    // The raw path: slugs are plain ASCII, so anything percent-encoded is not a page of this site.
    String path = exchange.getRequestURI().getRawPath();
    if (STYLESHEET_PATH.equals(path)) {
      return new Reply(
          200,
          "text/css; charset=utf-8",
          stylesheet,
          Map.of("Cache-Control", "public, max-age=3600"));
    }
    Optional<SitePath> parsed = SitePath.parse(path);
    if (parsed.isEmpty()) {
      return notFound(null);
    }
    SitePath page = parsed.get();
    if (page.kind() == Kind.TENANTS) {
      return Reply.text(
          200, Reply.HTML, SitePages.tenants(cms.tenants(), (t, l) -> renderer.urls(t).home(t, l)));
    }
    Optional<Tenant> tenant = cms.findTenant(TenantId.of(page.tenant()));
    if (tenant.isEmpty()) {
      return notFound(null);
    }
    Request request =
        new Request(
            cms.tenant(tenant.get().id()),
            renderer.urls(tenant.get()),
            exchange.getRequestHeaders().getFirst("User-Agent"),
            exchange.getRequestHeaders(),
            "HEAD".equals(method),
            path,
            exchange.getRequestURI().getRawQuery());
    return new Pages(request).serve(page);
  }

  /** What a listing page shows, and what its feed holds ({@code null}: it has none). */
  private record Listed(ListingSubject subject, ArticleQuery query, FeedScope feed) {}

  /** One request's context. */
  private record Request(
      TenantContent site,
      UrlStrategy urls,
      String userAgent,
      Headers headers,
      boolean head,
      String path,
      String query) {
    Tenant tenant() {
      return site.tenant();
    }

    /** The {@code after} cursor of a listing's later page, or {@code null}. */
    String after() {
      return SiteHandler.query(query, "after");
    }
  }

  /** The pages of one tenant, for one request. */
  private final class Pages {
    private final Request request;
    private final Tenant tenant;

    Pages(Request request) {
      this.request = request;
      this.tenant = request.tenant();
    }

    Reply serve(SitePath page) {
      switch (page.kind()) {
        case TENANT_NO_SLASH:
          return Reply.redirect(request.urls().home(tenant, tenant.defaultLocale()));
        case SITEMAP:
        case SITEMAP_PART:
          return sitemap(page.part());
        case NEWS_SITEMAP:
        case NEWS_SITEMAP_PART:
          return newsSitemap(page.part());
        default:
          break;
      }
      Locale language = tenant.defaultLocale();
      if (page.language() != null) {
        Locale asked = Locale.forLanguageTag(page.language());
        if (!tenant.supports(asked)) {
          return notFound(tenant);
        }
        if (asked.getLanguage().equals(tenant.defaultLocale().getLanguage())) {
          // The default edition has no language segment: one URL per page.
          String rest = request.path().substring(page.tenant().length() + 4);
          String query = request.query() == null ? "" : "?" + request.query();
          return Reply.redirect("/" + page.tenant() + (rest.isEmpty() ? "/" : rest) + query);
        }
        language = asked;
      }
      return edition(page, language);
    }

    private Reply edition(SitePath page, Locale language) {
      if (page.kind() == Kind.ARTICLE) {
        return article(page.slug(), language);
      }
      ArticleQuery published = ArticleQuery.published();
      Optional<Listed> listed;
      switch (page.kind()) {
        case HOME:
          listed =
              Optional.of(new Listed(ListingSubject.latest(), published, FeedScope.all(language)));
          break;
        case SECTION:
          listed =
              request
                  .site()
                  .sections()
                  .findBySlug(page.slug())
                  .map(
                      s ->
                          new Listed(
                              ListingSubject.of(s),
                              published.inSection(s.id()),
                              FeedScope.section(s, language)));
          break;
        case TAG:
          listed =
              request
                  .site()
                  .tags()
                  .findBySlug(page.slug())
                  .map(
                      t ->
                          new Listed(
                              ListingSubject.of(t),
                              published.withTag(t.id()),
                              FeedScope.tag(t, language)));
          break;
        case AUTHOR:
          listed =
              request
                  .site()
                  .authors()
                  .findBySlug(page.slug())
                  .map(a -> new Listed(ListingSubject.of(a), published.byAuthor(a.id()), null));
          break;
        case LOCATION:
          listed =
              request
                  .site()
                  .locations()
                  .findBySlug(page.slug())
                  .map(l -> new Listed(ListingSubject.of(l), published.atLocation(l.id()), null));
          break;
        default:
          listed = Optional.empty();
          break;
      }
      return listed
          .map(
              l ->
                  page.feed() != null && l.feed() != null
                      ? feed(l.feed(), page.feed())
                      : listing(l.subject(), l.query(), language))
          .orElseGet(() -> notFound(tenant));
    }

    private Reply article(String slug, Locale language) {
      Optional<Article> found = request.site().articles().findPublishedBySlug(slug);
      if (found.isEmpty()) {
        return notFound(tenant);
      }
      Article article = found.get();
      if (!article.language().getLanguage().equals(language.getLanguage())) {
        return Reply.redirect(request.urls().article(tenant, article));
      }
      var counter = cms.viewCounter();
      if (!request.head()) {
        counter.record(tenant.id(), article.id(), null, request.userAgent());
      }
      var view =
          renderer
              .article(tenant, article, request.site().articles().references(List.of(article)))
              .viewCount(counter.count(tenant.id(), article.id()))
              .translations(request.site().articles().translations(article.id()))
              .mostRead(mostRead(language))
              .locale(language)
              .build();
      return new Reply(
          200,
          Reply.HTML,
          renderer.articlePage(view).getBytes(StandardCharsets.UTF_8),
          Map.of("Cache-Control", "no-cache"));
    }

    private Reply listing(ListingSubject subject, ArticleQuery query, Locale language) {
      PageCursor cursor;
      try {
        cursor = request.after() == null ? null : PageCursor.decode(request.after());
      } catch (ValidationException e) {
        return Reply.text(
            400,
            Reply.HTML,
            SitePages.error(
                400,
                "Bad page link",
                "The page link is damaged; start again from the first page.",
                request.urls().home(tenant, language),
                tenant.publicationName()));
      }
      ArticleListing listing =
          request.site().articles().list(query.inLanguage(language).limit(PAGE_SIZE).after(cursor));
      Map<ArticleId, Long> counts =
          cms.viewCounter()
              .counts(tenant.id(), listing.articles().stream().map(Article::id).toList());
      var view =
          renderer
              .listing(tenant, subject, listing)
              .viewCounts(counts)
              .current(cursor)
              .mostRead(mostRead(language))
              .locale(language)
              .build();
      return Reply.text(200, Reply.HTML, renderer.listingPage(view));
    }

    /** The most read articles of the last week in this edition's language. */
    private List<HeadlineView> mostRead(Locale language) {
      List<ViewTotal> top =
          cms.viewCounter().mostRead(tenant.id(), ViewPeriod.LAST_7_DAYS, MOST_READ * 4);
      List<Article> articles = new ArrayList<>();
      Map<ArticleId, Long> counts = new HashMap<>();
      for (ViewTotal total : top) {
        request
            .site()
            .articles()
            .find(total.articleId())
            .filter(Article::isPublished)
            .filter(a -> a.language().getLanguage().equals(language.getLanguage()))
            .ifPresent(
                a -> {
                  articles.add(a);
                  counts.put(a.id(), total.views());
                });
        if (articles.size() == MOST_READ) {
          break;
        }
      }
      if (articles.isEmpty()) {
        return List.of();
      }
      // The list shows the same count as the article page: stored views plus this node's unsent.
      counts.putAll(cms.viewCounter().counts(tenant.id(), counts.keySet()));
      ArticleListing listing =
          new ArticleListing(articles, request.site().articles().references(articles), null);
      return renderer.mostRead(tenant, listing, counts, language, MOST_READ);
    }

    private Reply feed(FeedScope scope, Feed format) {
      ArticleQuery query = ArticleQuery.published().inLanguage(scope.language()).limit(FEED_SIZE);
      if (scope.section() != null) {
        query = query.inSection(scope.section().id());
      }
      if (scope.tag() != null) {
        query = query.withTag(scope.tag().id());
      }
      ArticleListing listing = request.site().articles().list(query);
      FeedFormat feedFormat = format == Feed.RSS ? FeedFormat.RSS : FeedFormat.ATOM;
      String xml = renderer.feed(tenant, scope, feedFormat, listing);
      return Reply.revalidatable(
          request.headers(),
          format == Feed.RSS ? Reply.RSS : Reply.ATOM,
          xml,
          newest(listing.articles()));
    }

    private Reply sitemap(int part) {
      List<Article> published = allPublished();
      List<SitemapUrl> urls = new ArrayList<>();
      for (Locale language : tenant.supportedLocales()) {
        urls.add(new SitemapUrl(request.urls().home(tenant, language), newest(published)));
      }
      published.forEach(a -> renderer.sitemapUrl(tenant, a).ifPresent(urls::add));
      return sitemapReply(renderer.sitemap(tenant, urls), part, newest(published));
    }

    private Reply newsSitemap(int part) {
      List<Article> recent = allPublished();
      return sitemapReply(renderer.newsSitemap(tenant, recent), part, newest(recent));
    }

    private Reply sitemapReply(SitemapSet set, int part, Instant modified) {
      if (part == 0) {
        return Reply.revalidatable(request.headers(), Reply.XML, set.root(), modified);
      }
      if (!set.isIndexed() || part > set.parts().size()) {
        return notFound(tenant);
      }
      return Reply.revalidatable(request.headers(), Reply.XML, set.part(part), modified);
    }

    /** Every published article, page by page: the demo's tenants are small. */
    private List<Article> allPublished() {
      List<Article> all = new ArrayList<>();
      PageCursor cursor = null;
      do {
        ArticleListing page =
            request
                .site()
                .articles()
                .list(ArticleQuery.published().limit(ArticleQuery.MAX_LIMIT).after(cursor));
        all.addAll(page.articles());
        cursor = page.next();
      } while (cursor != null);
      return all;
    }
  }

  private static Instant newest(List<Article> articles) {
    return articles.stream()
        .map(a -> a.updatedAt().isAfter(a.publishAt()) ? a.updatedAt() : a.publishAt())
        .max(Instant::compareTo)
        .orElse(null);
  }

  private Reply notFound(Tenant tenant) {
    String home = tenant == null ? "/" : renderer.urls(tenant).home(tenant, tenant.defaultLocale());
    String label = tenant == null ? "All publications" : tenant.publicationName();
    return Reply.text(
        404,
        Reply.HTML,
        SitePages.error(404, "Page not found", "There is no page at this address.", home, label));
  }

  private static String query(String rawQuery, String name) {
    if (rawQuery == null) {
      return null;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
