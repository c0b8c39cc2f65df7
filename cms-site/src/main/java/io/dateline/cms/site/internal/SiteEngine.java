package io.dateline.cms.site.internal;

import static io.dateline.cms.site.internal.LastModifieds.latest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.TimedChange;
import io.dateline.cms.TranslatedArticle;
import io.dateline.cms.ValidationException;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.changes.ChangeSubscription;
import io.dateline.cms.media.RenditionPaths;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Seo;
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
import io.dateline.cms.render.spi.UrlStrategy;
import io.dateline.cms.search.SearchIndex;
import io.dateline.cms.site.SitePage;
import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.SiteResponse;
import io.dateline.cms.site.UrlParser;
import io.dateline.cms.site.internal.TenantRoutes.Match;
import io.dateline.cms.site.internal.TenantRoutes.Route;
import io.dateline.cms.views.ViewCounter;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.cms.views.ViewedArticle;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request path behind {@code DatelineSite}: route, look up (cached), assemble, render, answer.
 *
 * <p>Caching. Everything cached belongs to one tenant and records the tenant's generation when its
 * loading started; every change the feed reports for a tenant raises the generation, so an entry
 * loaded before a change can never be served after it, even when its loading raced the change.
 * Cached are the assembled views (article with translations and references; a listing page with its
 * references; the most-read box), and whole documents where nothing on them is live (feeds,
 * sitemaps). View counts are not cached here: the view counter answers them from memory.
 *
 * <p>Storage statements per page when nothing is cached (tenants are loaded when the site starts):
 * an article page reads the article with its translations, the most-read list, and the references
 * of both in one go: 3, plus the view counter's count; a listing reads the listed object by slug
 * (none for the home page), the page, the most-read list and the references of both: at most 4,
 * plus the view counter's counts. When cached: none besides view counting.
 *
 * @since 0.1.0
 */
public final class SiteEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SiteEngine.class);
  private static final int MAX_PATH = 2048;
  private static final String ETAG_VERSION = "d1";
  private static final String PREVIEW = "preview/";
  private static final Duration MAX_PREVIEW_TTL = Duration.ofDays(30);

  /** A transparent 1×1 GIF, answered to the beacon's no-script image. */
  private static final byte[] PIXEL = {
    71, 73, 70, 56, 57, 97, 1, 0, 1, 0, -128, 0, 0, 0, 0, 0, -1, -1, -1, 33, -7, 4, 1, 0, 0, 0, 0,
    44, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 68, 1, 0, 59
  };

  /**
   * The site's settings, as {@code DatelineSite.Builder} collected them.
   *
   * @param basePath where the site's own resources live
   * @param urlParser the inverse of the URL strategy
   * @param pageSize articles per listing page
   * @param feedSize items per feed
   * @param mostReadPeriod the most-read box's period
   * @param mostReadSize the most-read box's size; 0 for none
   * @param maxEntries the most cache entries
   * @param maxBytes the most cached bytes
   * @param maxAge freshness lifetime for caches
   * @param staleWhileRevalidate the grace period for caches
   * @param compression whether to gzip
   * @param viewBeacon whether views are counted by the beacon
   * @param beaconRatePerMinute the beacon's limit per client
   * @param changePollInterval how often to read the change feed
   * @param countViews whether serving an article counts a view
   * @param mostReadRefresh how long a most-read box is reused before its ranking is read again
   * @param corsOrigins the origins the content API allows cross-origin reads from ({@code *} for
   *     any); empty for none
   * @param relatedArticles the most automatic related articles under an article (after the editors'
   *     picks); 0 for picks only
   */
  public record Settings(
      String basePath,
      UrlParser urlParser,
      int pageSize,
      int feedSize,
      ViewPeriod mostReadPeriod,
      int mostReadSize,
      long maxEntries,
      long maxBytes,
      Duration maxAge,
      Duration staleWhileRevalidate,
      boolean compression,
      boolean viewBeacon,
      int beaconRatePerMinute,
      Duration changePollInterval,
      boolean countViews,
      Duration mostReadRefresh,
      List<String> corsOrigins,
      int relatedArticles) {
    /** Copies the origins. */
    public Settings {
      corsOrigins = List.copyOf(corsOrigins);
    }
  }

  private final Dateline cms;
  private final DatelineRenderer renderer;
  private final Settings settings;
  private final @Nullable ViewCounter counter; // null when the Dateline counts no views
  private final Cache<Key, Entry> cache;
  private final Cache<String, AtomicInteger> beaconClients;
  private final Map<TenantId, AtomicLong> generations = new ConcurrentHashMap<>();
  private final Map<TenantId, Instant> lastChanges = new ConcurrentHashMap<>();
  private final LastModifieds lastModifieds;
  private final @Nullable PreviewTokens previews; // null when previews are off

  /**
   * The time of the newest change in the feed when the engine started (or the start time itself
   * when the feed was pruned); {@code null} for an empty feed. Listings, feeds and sitemaps are
   * never older than it: a story retracted before this node started must not let a page's {@code
   * Last-Modified} fall back to before the retraction, where an {@code If-Modified-Since} of the
   * page that still showed the story would get a 304.
   */
  private final @Nullable Instant startFloor;

  private final StaticFile stylesheet;
  private final StaticFile beaconScript;
  private final String pageCacheControl;
  private final String articleCacheControl;
  private volatile TenantRoutes routes;
  private final ChangeSubscription changes;
  private final ContentApi contentApi;
  private final @Nullable SiteMeters meters; // null without a MeterRegistry
  private final @Nullable SiteSearch search;
  private final @Nullable SearchApi searchApi;
  private final RenditionServer renditions;

  /**
   * Starts the engine: loads the tenants and starts following the change feed.
   *
   * @param cms the content
   * @param renderer the renderer
   * @param settings the settings
   * @param registry where to record the site's meters; {@code null} for none
   * @param searchIndex the search index, or {@code null} for no search (its URLs are 404)
   */
  public SiteEngine(
      Dateline cms,
      DatelineRenderer renderer,
      Settings settings,
      @Nullable MeterRegistry registry,
      @Nullable SearchIndex searchIndex) {
    this(
        cms,
        renderer,
        settings,
        registry,
        searchIndex,
        null,
        Path.of("dateline-renditions"),
        RenditionPaths.DEFAULT_WIDTHS);
  }

  /**
   * Starts the engine with preview links and the embedded resizer's settings: loads the tenants and
   * starts following the change feed.
   *
   * @param cms the content
   * @param renderer the renderer
   * @param settings the settings
   * @param registry where to record the site's meters; {@code null} for none
   * @param searchIndex the search index, or {@code null} for no search (its URLs are 404)
   * @param previewSecret the key preview links are signed with (at least 32 bytes; copied), or
   *     {@code null} for no previews
   * @param renditionCache the directory renditions are cached in
   * @param renditionWidths the widths renditions are served at; others are 404
   * @throws IllegalArgumentException when the secret is too short
   */
  public SiteEngine(
      Dateline cms,
      DatelineRenderer renderer,
      Settings settings,
      @Nullable MeterRegistry registry,
      @Nullable SearchIndex searchIndex,
      byte @Nullable [] previewSecret,
      Path renditionCache,
      List<Integer> renditionWidths) {
    this.previews = previewSecret == null ? null : new PreviewTokens(previewSecret);
    this.renditions = new RenditionServer(renditionCache, renditionWidths);
    this.search =
        searchIndex == null ? null : new SiteSearch(searchIndex, renderer, settings.pageSize());
    this.searchApi =
        search == null
            ? null
            : new SearchApi(search, renderer, settings.basePath(), settings.pageSize());
    this.cms = cms;
    this.renderer = renderer;
    this.settings = settings;
    this.counter = viewCounterOf(cms);
    long perEntry = Math.max(1, settings.maxBytes() / Math.max(1, settings.maxEntries()));
    // One weight bounds both: an entry weighs its estimated bytes, but never less than its share
    // of the byte budget, so the cache also holds at most maxEntries entries.
    Caffeine<Key, Entry> cacheBuilder =
        Caffeine.newBuilder()
            .maximumWeight(settings.maxBytes())
            .weigher(
                (Key k, Entry e) ->
                    (int) Math.min(Integer.MAX_VALUE, Math.max(perEntry, e.bytes())));
    this.meters = registry == null ? null : new SiteMeters(registry);
    // Statistics cost a few counter increments per look-up: kept only when someone reads them.
    this.cache = meters == null ? cacheBuilder.build() : cacheBuilder.recordStats().build();
    this.lastModifieds = new LastModifieds(settings.maxEntries(), cms.clock());
    this.beaconClients =
        Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
    this.stylesheet = new StaticFile(Answer.CSS, JteTheme.standardStylesheet());
    this.beaconScript = new StaticFile(Answer.JS, JteTheme.standardBeaconScript());
    long swr = settings.staleWhileRevalidate().toSeconds();
    long maxAge = settings.maxAge().toSeconds();
    this.pageCacheControl =
        maxAge > 0
            ? "public, max-age="
                + maxAge
                + ", s-maxage="
                + maxAge
                + ", stale-while-revalidate="
                + swr
            : "public, max-age=0, must-revalidate";
    // Without the beacon, serving the page is what counts the view: every request must reach us.
    this.articleCacheControl = settings.viewBeacon() ? pageCacheControl : "no-cache";
    this.routes = TenantRoutes.load(cms);
    long head = cms.changes().head();
    this.startFloor = newestChange(cms, head);
    this.changes = cms.changes().follow(head, settings.changePollInterval(), this::apply);
    this.contentApi = new ContentApi(this);
    if (meters != null) {
      meters.monitor(cache);
      meters.follow(cms, changes);
    }
  }

  private static @Nullable Instant newestChange(Dateline cms, long head) {
    if (head == 0) {
      return null;
    }
    List<Change> newest = cms.changes().read(head - 1, 1);
    return newest.isEmpty() ? cms.clock().instant() : newest.get(0).time();
  }

  /** When a tenant last changed, as far as this engine can tell. */
  @Nullable Instant changedAt(TenantId tenant) {
    return latest(lastChanges.get(tenant), startFloor);
  }

  private static @Nullable ViewCounter viewCounterOf(Dateline cms) {
    try {
      return cms.viewCounter();
    } catch (IllegalStateException e) {
      return null; // view counting is off: pages show no counts
    }
  }

  // ---- the change feed ----

  private void apply(List<Change> batch) {
    boolean tenantsChanged = false;
    for (Change change : batch) {
      generation(change.tenantId()).incrementAndGet();
      lastChanges.merge(change.tenantId(), change.time(), (a, b) -> a.isAfter(b) ? a : b);
      tenantsChanged |= change.kind() == ChangeKind.TENANT_SAVED;
    }
    if (meters != null) {
      meters.applied(batch, cms.clock().instant());
    }
    if (tenantsChanged) {
      routes = TenantRoutes.load(cms);
    }
  }

  /**
   * Reads the change feed now.
   *
   * @return how many changes were read
   */
  public int refresh() {
    return changes.poll();
  }

  /** Drops everything cached. */
  public void invalidateAll() {
    generations.values().forEach(AtomicLong::incrementAndGet);
    cache.invalidateAll();
    routes = TenantRoutes.load(cms);
  }

  @Override
  public void close() {
    changes.close();
    if (meters != null) {
      meters.close();
    }
  }

  // ---- what the content API (ContentApi) shares with the pages ----

  Dateline cms() {
    return cms;
  }

  DatelineRenderer renderer() {
    return renderer;
  }

  Settings settings() {
    return settings;
  }

  TenantRoutes routes() {
    return routes;
  }

  /** The {@code Cache-Control} of listings, which the API's answers share. */
  String pageCacheControl() {
    return pageCacheControl;
  }

  private AtomicLong generation(TenantId tenant) {
    return generations.computeIfAbsent(tenant, t -> new AtomicLong());
  }

  // ---- requests ----

  /**
   * Answers a request.
   *
   * @param request the request
   * @return the response
   */
  public SiteResponse handle(SiteRequest request) {
    long started = meters == null ? 0 : System.nanoTime();
    Answer answer;
    SiteResponse response;
    try {
      answer = route(request);
      response = answer.finish(request, settings.compression());
    } catch (RuntimeException e) {
      LOG.error("Failed to serve {}", request, e);
      answer = error(500, null);
      response = answer.finish(request, settings.compression());
    }
    if (meters != null) {
      meters.served(answer.kind(), response.status(), started);
    }
    return response;
  }

  private Answer route(SiteRequest request) {
    String path = request.rawPath();
    String base = settings.basePath();
    if (path.startsWith(base + "_views/")) {
      return beacon(request, path.substring(base.length() + "_views/".length()))
          .kind(ServedKind.BEACON);
    }
    if (path.startsWith(base + ContentApi.PREFIX)) {
      Answer api = contentApi.answer(request, path.substring(base.length()));
      if (api != null) {
        return api.kind(ServedKind.API);
      }
    }
    String method = request.method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return error(405, null).header("Allow", "GET, HEAD");
    }
    if (path.length() > MAX_PATH || !path.startsWith("/")) {
      return error(404, null);
    }
    if (previews != null && path.startsWith(base + PREVIEW)) {
      return preview(previews, path.substring(base.length() + PREVIEW.length()))
          .kind(ServedKind.PREVIEW);
    }
    TenantRoutes current = routes;
    if (path.startsWith(base + RenditionPaths.PREFIX)) {
      Answer rendition =
          renditions.answer(
              path.substring(base.length() + RenditionPaths.PREFIX.length()), current);
      return (rendition == null ? error(404, null) : rendition).kind(ServedKind.ASSET);
    }
    if (searchApi != null && searchApi.owns(path)) {
      return contentApi.withCors(request, searchApi.answer(request, current)).kind(ServedKind.API);
    }
    if (path.startsWith(base)) {
      String own = path.substring(base.length());
      switch (own) {
        case "assets/dateline.css":
          return stylesheet.answer().kind(ServedKind.ASSET);
        case "assets/dateline-beacon.js":
          return beaconScript.answer().kind(ServedKind.ASSET);
        case "favicon.ico":
          return Answer.status(200)
              .body("image/x-icon", Favicon.ICO)
              .etag("\"" + Http.hash(Favicon.ICO) + "\"")
              .cacheControl("public, max-age=86400")
              .kind(ServedKind.ASSET);
        case "robots.txt":
          if (base.equals("/")) {
            return robots(current).kind(ServedKind.ROBOTS);
          }
          break;
        case "":
          if (!current.ownsPath(base)) {
            return tenantsPage(current).kind(ServedKind.TENANTS);
          }
          break;
        default:
          break;
      }
    }
    Match match = current.match(request);
    if (match == null) {
      return error(404, null);
    }
    Route route = match.route();
    Optional<SitePage> page = settings.urlParser().parse(route.tenant(), match.rest());
    if (page.isEmpty()) {
      return error(404, route.tenant());
    }
    return new TenantRequest(request, route).serve(page.get()).kind(kindOf(page.get()));
  }

  private static ServedKind kindOf(SitePage page) {
    if (page instanceof SitePage.Article) {
      return ServedKind.ARTICLE;
    }
    if (page instanceof SitePage.Home) {
      return ServedKind.HOME;
    }
    if (page instanceof SitePage.Listing) {
      return ServedKind.LISTING;
    }
    if (page instanceof SitePage.Feed) {
      return ServedKind.FEED;
    }
    return page instanceof SitePage.Sitemap ? ServedKind.SITEMAP : ServedKind.NEWS_SITEMAP;
  }

  private Answer robots(TenantRoutes current) {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    for (Tenant t : current.tenants()) {
      UrlStrategy urls = renderer.urls(t);
      text.append("Sitemap: ").append(urls.sitemap(t)).append('\n');
      text.append("Sitemap: ").append(urls.newsSitemap(t)).append('\n');
    }
    byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
    return Answer.status(200)
        .body(Answer.TEXT, body)
        .etag("\"" + Http.hash(body) + "\"")
        .cacheControl("public, max-age=3600");
  }

  private Answer tenantsPage(TenantRoutes current) {
    byte[] body = renderer.tenantsPageBytes(current.tenants(), Locale.ENGLISH);
    return Answer.status(200)
        .body(Answer.HTML, body)
        .etag("W/\"" + Http.hash(body) + "\"")
        .cacheControl(pageCacheControl)
        .surrogateKeys(List.of("tenants"));
  }

  private Answer error(int status, @Nullable Tenant tenant) {
    Locale locale = tenant == null ? Locale.ENGLISH : tenant.defaultLocale();
    String home = tenant == null ? settings.basePath() : renderer.urls(tenant).home(tenant, locale);
    Answer answer =
        Answer.status(status)
            .body(Answer.HTML, renderer.errorPageBytes(tenant, status, locale, home));
    if (status >= 500 || status == 429) {
      return answer.cacheControl("no-store");
    }
    return answer.cacheControl("no-cache");
  }

  // ---- preview links ----

  /**
   * A preview link of an article of any status.
   *
   * @param tenant the tenant
   * @param article the article
   * @param ttl how long the link works, up to 30 days
   * @return the absolute URL, on the tenant's scheme and host
   * @throws IllegalStateException when previews are off
   * @throws IllegalArgumentException when the ttl is not positive or longer than 30 days
   * @throws io.dateline.cms.NotFoundException when the tenant is unknown
   */
  public String previewUrl(TenantId tenant, ArticleId article, Duration ttl) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(ttl, "ttl");
    PreviewTokens tokens = previewTokens(ttl);
    return previewLink(tokens, tenant, article, null, ttl);
  }

  /**
   * A preview link of the article's pending scheduled update, as the article will look once the
   * update goes live. The link names that one update: once it is replaced, cancelled or applied the
   * link is a 404.
   *
   * @param tenant the tenant
   * @param article the article
   * @param ttl how long the link works, up to 30 days
   * @return the absolute URL, on the tenant's scheme and host
   * @throws IllegalStateException when previews are off
   * @throws IllegalArgumentException when the ttl is not positive or longer than 30 days
   * @throws io.dateline.cms.NotFoundException when the tenant or the article is unknown, or the
   *     article has no scheduled update
   */
  public String previewScheduledUpdateUrl(TenantId tenant, ArticleId article, Duration ttl) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(ttl, "ttl");
    PreviewTokens tokens = previewTokens(ttl);
    if (cms.findTenant(tenant).isEmpty()) {
      throw new io.dateline.cms.NotFoundException("tenant", tenant, null);
    }
    TimedChange update =
        scheduledUpdate(cms.tenant(tenant), article, null)
            .orElseThrow(
                () ->
                    new io.dateline.cms.NotFoundException(
                        "scheduled update of article", article, tenant));
    return previewLink(tokens, tenant, article, update.id(), ttl);
  }

  private PreviewTokens previewTokens(Duration ttl) {
    PreviewTokens tokens = previews;
    if (tokens == null) {
      throw new IllegalStateException(
          "previews are off: set DatelineSite.Builder.previewSecret to sign preview links");
    }
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_PREVIEW_TTL) > 0) {
      throw new IllegalArgumentException("ttl must be positive and at most 30 days: " + ttl);
    }
    return tokens;
  }

  private String previewLink(
      PreviewTokens tokens,
      TenantId tenant,
      ArticleId article,
      @Nullable UUID update,
      Duration ttl) {
    Tenant found =
        cms.findTenant(tenant)
            .orElseThrow(() -> new io.dateline.cms.NotFoundException("tenant", tenant, null));
    // Whole seconds, rounded up: the link never expires before the time asked for.
    Instant expires =
        cms.clock().instant().plus(ttl).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    String token = tokens.mint(new PreviewTokens.Grant(tenant, article, null, update, expires));
    URI base = found.baseUrl();
    return base.getScheme()
        + "://"
        + base.getRawAuthority()
        + settings.basePath()
        + PREVIEW
        + token;
  }

  /**
   * The article's pending scheduled update, the one with the given id if {@code id} is set; empty
   * when there is none (or the article is gone).
   */
  private static Optional<TimedChange> scheduledUpdate(
      TenantContent content, ArticleId article, @Nullable UUID id) {
    List<TimedChange> pending;
    try {
      pending = content.revisions().timedChanges(article);
    } catch (io.dateline.cms.NotFoundException e) {
      return Optional.empty();
    }
    return pending.stream()
        .filter(c -> c.kind() == TimedChange.Kind.UPDATE && c.content() != null)
        .filter(c -> id == null || c.id().equals(id))
        .findFirst();
  }

  /**
   * The article a valid token names, rendered with the theme and {@code noindex}, never cached; a
   * malformed, tampered, expired or unknown one is the themed 404.
   */
  private Answer preview(PreviewTokens tokens, String token) {
    PreviewTokens.Grant grant = tokens.verify(token, cms.clock().instant());
    Route route = grant == null ? null : routes.get(grant.tenant());
    if (grant == null || route == null || grant.revision() != null) {
      // A revision's preview needs the revision store; until the site reads it, such a token
      // (which this version never mints) is refused like a bad one.
      return privately(error(404, null));
    }
    Tenant tenant = route.tenant();
    Optional<Article> stored = route.content().articles().find(grant.article());
    UUID updateId = grant.update();
    // A scheduled update's link shows that update only: replaced, cancelled or applied, it is gone
    // from the pending changes and the link is a 404 like any stale one.
    Optional<Article> found =
        updateId == null || stored.isEmpty()
            ? stored
            : scheduledUpdate(route.content(), grant.article(), updateId)
                .map(update -> asUpdated(stored.get(), update));
    if (found.isEmpty()) {
      return privately(error(404, tenant));
    }
    Seo seo = found.get().seo();
    Article shown =
        found.get().toBuilder()
            .seo(new Seo(seo.title(), seo.description(), seo.canonicalUrl(), true))
            .build();
    References refs = route.content().articles().references(List.of(shown));
    byte[] html =
        renderer.articlePageBytes(
            renderer.article(tenant, shown, refs).locale(shown.language()).build(), null);
    return privately(Answer.status(200).body(Answer.HTML, html));
  }

  /**
   * The article as it will be once {@code update} goes live: the update's prepared content, with
   * the lifecycle the article has now (status, publication times, notices, version) and the due
   * time as its last update, as the timed update itself stores it.
   */
  private static Article asUpdated(Article current, TimedChange update) {
    Article prepared = Objects.requireNonNull(update.content(), "content");
    return prepared.toBuilder()
        .id(current.id())
        .status(current.status())
        .publishAt(current.publishAt())
        .firstPublishedAt(current.firstPublishedAt())
        .notices(current.notices())
        .createdAt(current.createdAt())
        .updatedAt(
            update.dueAt().isAfter(current.updatedAt()) ? update.dueAt() : current.updatedAt())
        .version(current.version())
        .build();
  }

  /** Preview answers are for one reader: never stored, never indexed, never sent on as referrer. */
  private static Answer privately(Answer answer) {
    return answer
        .cacheControl("private, no-store")
        .header("X-Robots-Tag", "noindex")
        .header("Referrer-Policy", "no-referrer");
  }

  // ---- the view beacon ----

  private Answer beacon(SiteRequest request, String rest) {
    boolean post = request.method().equals("POST");
    if (!post && !request.method().equals("GET")) {
      return error(405, null).header("Allow", "GET, POST");
    }
    if (!settings.viewBeacon() || counter == null) {
      return error(404, null);
    }
    int slash = rest.indexOf('/');
    if (slash <= 0 || rest.indexOf('/', slash + 1) >= 0) {
      return error(404, null);
    }
    TenantId tenantId;
    ArticleId articleId;
    try {
      tenantId = TenantId.of(rest.substring(0, slash));
      articleId = ArticleId.parse(rest.substring(slash + 1));
    } catch (RuntimeException e) {
      return error(404, null);
    }
    Route route = routes.get(tenantId);
    if (route == null || !isPublished(route, articleId)) {
      return error(404, route == null ? null : route.tenant());
    }
    String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress();
    AtomicInteger used = beaconClients.get(client, c -> new AtomicInteger());
    if (used.incrementAndGet() > settings.beaconRatePerMinute()) {
      return error(429, route.tenant()).header("Retry-After", "60");
    }
    counter.record(tenantId, articleId, client, request.header("user-agent"));
    Answer answer = post ? Answer.status(204) : Answer.status(200).body("image/gif", PIXEL);
    return answer.cacheControl("no-store");
  }

  private boolean isPublished(Route route, ArticleId id) {
    Key key = new Key(route.tenant().id(), "published", id.toString());
    PublishedFlag flag =
        (PublishedFlag)
            cached(
                key,
                gen ->
                    new PublishedFlag(
                        gen,
                        route
                            .content()
                            .articles()
                            .find(id)
                            .filter(Article::isPublished)
                            .isPresent()));
    return flag.published();
  }

  // ---- caching ----

  /** What the cache holds. */
  interface Entry {
    long generation();

    long bytes();
  }

  record Key(TenantId tenant, String kind, String id) {}

  interface Loader {
    Entry load(long generation);
  }

  /** The cached entry, loaded (and cached) when absent or older than the tenant's last change. */
  Entry cached(Key key, Loader loader) {
    return cached(key, loader, e -> true);
  }

  /**
   * Like {@link #cached(Key, Loader)}, for entries that also age: one loaded since the tenant's
   * last change is used only while {@code usable} accepts it.
   */
  Entry cached(Key key, Loader loader, Predicate<Entry> usable) {
    long generation = generation(key.tenant()).get();
    Entry entry = cache.getIfPresent(key);
    if (entry != null && entry.generation() == generation && usable.test(entry)) {
      return entry;
    }
    Entry loaded = loader.load(generation);
    // Put only if nothing changed while loading; otherwise serve it once and let the next request
    // load again.
    if (generation(key.tenant()).get() == generation) {
      cache.put(key, loaded);
    }
    return loaded;
  }

  private record PublishedFlag(long generation, boolean published) implements Entry {
    @Override
    public long bytes() {
      return 64;
    }
  }

  private record ArticleEntry(
      long generation,
      Article article,
      List<Article> translations,
      List<Article> related,
      References references,
      String identity,
      @Nullable Instant lastModified)
      implements Entry {
    @Override
    public long bytes() {
      return 2048 + (long) article.body().size() * 512 + related.size() * 1024L;
    }
  }

  private record MostReadEntry(
      long generation,
      List<ViewedArticle> items,
      References references,
      String identity,
      long loadedNanos)
      implements Entry {
    @Override
    public long bytes() {
      return 512 + items.size() * 1024L;
    }

    List<Article> articles() {
      return items.stream().map(ViewedArticle::article).toList();
    }
  }

  private record ListingEntry(
      long generation,
      ListingSubject subject,
      ArticleListing listing,
      @Nullable Instant lastModified,
      String identity)
      implements Entry {
    @Override
    public long bytes() {
      return 1024 + listing.articles().size() * 1536L;
    }
  }

  private record DocumentEntry(
      long generation, byte[] body, byte[] gzipped, String etag, @Nullable Instant lastModified)
      implements Entry {
    /** A document as it is served: its UTF-8 bytes, their gzip form and entity tag, made once. */
    static DocumentEntry of(long generation, String xml, @Nullable Instant lastModified) {
      byte[] body = xml.getBytes(StandardCharsets.UTF_8);
      return new DocumentEntry(
          generation, body, Http.gzip(body), "\"" + Http.hash(body) + "\"", lastModified);
    }

    @Override
    public long bytes() {
      return 128 + body.length + (gzipped == null ? 0 : gzipped.length);
    }
  }

  /**
   * A sitemap's files as served: {@code files.get(0)} is the root, and when it is an index, {@code
   * files.get(n)} is part {@code n}.
   */
  private record SitemapEntry(long generation, List<DocumentEntry> files, boolean indexed)
      implements Entry {
    static SitemapEntry of(long generation, SitemapSet set, @Nullable Instant lastModified) {
      List<DocumentEntry> files = new ArrayList<>(set.parts().size() + 1);
      files.add(DocumentEntry.of(generation, set.root(), lastModified));
      if (set.isIndexed()) {
        for (String part : set.parts()) {
          files.add(DocumentEntry.of(generation, part, lastModified));
        }
      }
      return new SitemapEntry(generation, List.copyOf(files), set.isIndexed());
    }

    @Override
    public long bytes() {
      long n = 64;
      for (DocumentEntry file : files) {
        n += file.bytes();
      }
      return n;
    }
  }

  private record NotFound(long generation) implements Entry {
    @Override
    public long bytes() {
      return 64;
    }
  }

  /** A former slug: the page moved to {@code location} (slug history). */
  private record Moved(long generation, String location) implements Entry {
    @Override
    public long bytes() {
      return 128 + location.length() * 2L;
    }
  }

  /** A retracted article: {@code 410 Gone}. */
  private record Gone(long generation) implements Entry {
    @Override
    public long bytes() {
      return 64;
    }
  }

  /** A resource that never changes while the site runs. */
  private static final class StaticFile {
    private final String type;
    private final byte[] body;
    private final byte[] gzipped;
    private final String etag;

    StaticFile(String type, byte[] body) {
      this.type = type;
      this.body = body;
      this.gzipped = Http.gzip(body);
      this.etag = "\"" + Http.hash(body) + "\"";
    }

    Answer answer() {
      return Answer.status(200)
          .body(type, body, gzipped)
          .etag(etag)
          .cacheControl("public, max-age=86400");
    }
  }

  // ---- one tenant's pages ----

  /** One request for a tenant's page. */
  private final class TenantRequest {
    private final SiteRequest request;
    private final Tenant tenant;
    private final TenantContent content;
    private final UrlStrategy urls;

    TenantRequest(SiteRequest request, Route route) {
      this.request = request;
      this.tenant = route.tenant();
      this.content = route.content();
      this.urls = renderer.urls(tenant);
    }

    Answer serve(SitePage page) {
      if (page instanceof SitePage.Article a) {
        return article(a);
      }
      if (page instanceof SitePage.Home h) {
        return canonical(urls.home(tenant, h.language()))
            .orElseGet(() -> listing(h.language(), null, null));
      }
      if (page instanceof SitePage.Listing l) {
        return listing(l.language(), l.kind(), l.slug());
      }
      if (page instanceof SitePage.Feed f) {
        return feed(f);
      }
      if (page instanceof SitePage.Search s) {
        return search == null
            ? error(404, tenant)
            : canonical(urls.search(tenant, s.language()))
                .orElseGet(
                    () ->
                        search
                            .page(request, tenant, content, s.language())
                            .kind(ServedKind.SEARCH));
      }
      if (page instanceof SitePage.Sitemap s) {
        return canonical(s.part() == 0 ? urls.sitemap(tenant) : urls.sitemapPart(tenant, s.part()))
            .orElseGet(() -> sitemap(false, s.part()));
      }
      SitePage.NewsSitemap n = (SitePage.NewsSitemap) page;
      return canonical(
              n.part() == 0 ? urls.newsSitemap(tenant) : urls.newsSitemapPart(tenant, n.part()))
          .orElseGet(() -> sitemap(true, n.part()));
    }

    /** Where the header's search box sends its query, or {@code null} without search. */
    private @Nullable String searchUrl(Locale language) {
      return search == null ? null : urls.search(tenant, language);
    }

    /** A 301 to the canonical URL when the request used another form of it. */
    private Optional<Answer> canonical(String canonicalUrl) {
      String canonicalPath = URI.create(canonicalUrl).getRawPath();
      if (canonicalPath == null || canonicalPath.isEmpty()) {
        canonicalPath = "/";
      }
      if (canonicalPath.equals(request.rawPath())) {
        return Optional.empty();
      }
      String query = request.rawQuery() == null ? "" : "?" + request.rawQuery();
      return Optional.of(
          Answer.status(301)
              .header("Location", canonicalUrl + query)
              .cacheControl("public, max-age=3600"));
    }

    /** A 301 from a former slug to the current URL, query kept. */
    private Answer moved(Moved moved) {
      String query = request.rawQuery() == null ? "" : "?" + request.rawQuery();
      return Answer.status(301)
          .header("Location", moved.location() + query)
          .cacheControl("public, max-age=3600");
    }

    /** The themed {@code 410} of a retracted article. */
    private Answer gone() {
      return error(410, tenant).header("X-Robots-Tag", "noindex");
    }

    // -- article --

    private Answer article(SitePage.Article page) {
      Key articleKey = new Key(tenant.id(), "article", page.slug());
      Entry found = cache.getIfPresent(articleKey);
      long generation = generation(tenant.id()).get();
      Locale language = page.language();
      if (found == null || found.generation() != generation) {
        found = loadArticle(articleKey, page.slug(), generation);
      }
      if (found instanceof Moved moved) {
        return moved(moved);
      }
      if (found instanceof Gone) {
        return gone();
      }
      if (!(found instanceof ArticleEntry entry)) {
        return error(404, tenant);
      }
      Article article = entry.article();
      Optional<Answer> redirect = canonical(urls.article(tenant, article));
      if (redirect.isPresent()) {
        return redirect.get();
      }
      language = article.language();
      MostReadEntry mostRead = mostRead(language);
      boolean countHere =
          !settings.viewBeacon()
              && settings.countViews()
              && counter != null
              && !request.method().equals("HEAD");
      if (countHere && counter != null) {
        counter.record(
            tenant.id(), article.id(), request.remoteAddress(), request.header("user-agent"));
      }
      Instant modified = entry.lastModified();
      // The page links its translations (hreflang) and shows the most-read box: it goes stale with
      // either, so a CDN purge by any of their keys reaches it.
      List<String> keys = new ArrayList<>();
      keys.add("tenant-" + tenant.id());
      keys.add("article-" + article.id());
      for (Article t : entry.translations()) {
        keys.add("article-" + t.id());
      }
      for (Article r : entry.related()) {
        keys.add("article-" + r.id());
      }
      keys.add("most-read-" + tenant.id());
      Answer answer =
          Answer.status(200)
              .etag(
                  "W/\"" + ETAG_VERSION + Http.hash(entry.identity() + mostRead.identity()) + "\"")
              .lastModified(modified)
              .cacheControl(articleCacheControl)
              .surrogateKeys(keys);
      if (answer.notModifiedFor(request)) {
        return answer;
      }
      // One count call for the article and the box: the counter answers from memory when warm.
      List<Article> counted = new ArrayList<>(mostRead.articles());
      counted.add(article);
      counted.addAll(entry.related());
      Map<ArticleId, Long> counts = liveCounts(counted);
      var view =
          renderer
              .article(tenant, article, entry.references())
              .viewCount(counts.getOrDefault(article.id(), 0L))
              .translations(entry.translations())
              .mostRead(headlines(mostRead, language, counts))
              .related(
                  entry.related().isEmpty()
                      ? List.of()
                      : renderer.headlines(
                          tenant,
                          new ArticleListing(entry.related(), entry.references(), null),
                          counts,
                          language))
              .locale(language);
      if (settings.viewBeacon()) {
        view.beaconUrl(settings.basePath() + "_views/" + tenant.id() + "/" + article.id());
      }
      long started = meters == null ? 0 : System.nanoTime();
      byte[] html = renderer.articlePageBytes(view.build(), searchUrl(language));
      if (meters != null) {
        meters.rendered(ServedKind.ARTICLE, started);
      }
      return answer.body(Answer.HTML, html);
    }

    /**
     * Loads an article with its translations and, when the most-read box is not cached either, the
     * box too, so that the references of both load in one statement.
     */
    private Entry loadArticle(Key key, String slug, long generation) {
      Optional<TranslatedArticle> any = content.articles().findWithTranslations(slug);
      if (any.isEmpty()) {
        // Only on a miss: a former slug leads to the article's current URL (or to its 410).
        Entry history =
            content
                .redirects()
                .article(slug)
                .map(
                    a ->
                        a.isPublished()
                            ? new Moved(generation, urls.article(tenant, a))
                            : Redirects.isRetracted(a) ? new Gone(generation) : null)
                .orElse(null);
        if (history != null) {
          store(key, history);
          return history;
        }
        return new NotFound(generation);
      }
      if (!any.get().article().isPublished()) {
        if (Redirects.isRetracted(any.get().article())) {
          Gone gone = new Gone(generation);
          store(key, gone);
          return gone;
        }
        return new NotFound(generation);
      }
      Optional<TranslatedArticle> found = any;
      Article article = found.get().article();
      List<Article> translations =
          found.get().translations().stream().filter(Article::isPublished).toList();
      Key mostReadKey = mostReadKey(article.language());
      List<ViewedArticle> mostReadItems = null;
      Entry cachedMostRead = cache.getIfPresent(mostReadKey);
      List<Article> toResolve = new ArrayList<>();
      toResolve.add(article);
      // Related news: at most one statement, and its references load with the page's.
      List<Article> related = content.articles().related(article, settings.relatedArticles());
      toResolve.addAll(related);
      if (settings.mostReadSize() > 0 && !usable(cachedMostRead, generation)) {
        mostReadItems = loadMostReadItems(article.language());
        mostReadItems.forEach(v -> toResolve.add(v.article()));
      }
      References refs = content.articles().references(toResolve);
      if (mostReadItems != null) {
        store(mostReadKey, mostReadEntry(generation, mostReadItems, refs));
      }
      StringBuilder identity = new StringBuilder();
      identity.append(article.id()).append(':').append(article.version());
      for (Article t : translations) {
        identity.append('|').append(t.id()).append(':').append(t.version());
      }
      identity.append("|r");
      for (Article r : related) {
        identity.append('|').append(r.id()).append(':').append(r.version());
      }
      identity.append('|').append(Http.hash(refs.toString()));
      // Every translation counts, published or not: unpublishing one changes this page (its
      // hreflang links) and must move Last-Modified forwards, never back to an older one's time.
      Instant modified = latest(article.updatedAt(), article.publishAt());
      for (Article t : found.get().translations()) {
        modified = latest(modified, t.updatedAt());
      }
      modified = lastModifieds.next(key, identity.toString(), modified, changedAt(tenant.id()));
      ArticleEntry entry =
          new ArticleEntry(
              generation, article, translations, related, refs, identity.toString(), modified);
      store(key, entry);
      return entry;
    }

    private void store(Key key, Entry entry) {
      if (generation(key.tenant()).get() == entry.generation()) {
        cache.put(key, entry);
      }
    }

    // -- most read --

    /**
     * Whether a cached most-read box can be used: loaded since the tenant's last change, and
     * recently, since its ranking moves with views rather than with content changes.
     */
    private boolean usable(@Nullable Entry entry, long generation) {
      return entry instanceof MostReadEntry m
          && m.generation() == generation
          && System.nanoTime() - m.loadedNanos() < settings.mostReadRefresh().toNanos();
    }

    private Key mostReadKey(Locale language) {
      return new Key(tenant.id(), "most-read", language.getLanguage());
    }

    private List<ViewedArticle> loadMostReadItems(Locale language) {
      if (settings.mostReadSize() == 0 || counter == null) {
        return List.of();
      }
      return content
          .articles()
          .mostRead(language, settings.mostReadPeriod(), settings.mostReadSize());
    }

    private MostReadEntry mostReadEntry(
        long generation, List<ViewedArticle> items, References refs) {
      StringBuilder identity = new StringBuilder("mr");
      for (ViewedArticle v : items) {
        identity.append('|').append(v.article().id()).append(':').append(v.article().version());
      }
      return new MostReadEntry(generation, items, refs, identity.toString(), System.nanoTime());
    }

    /**
     * The most-read box of a language, cached until the tenant changes and at most for the
     * Dateline's most-read cache time (its ranking moves with views, not with content changes).
     */
    private MostReadEntry mostRead(Locale language) {
      Key key = mostReadKey(language);
      long generation = generation(tenant.id()).get();
      Entry cachedEntry = cache.getIfPresent(key);
      if (cachedEntry != null && usable(cachedEntry, generation)) {
        return (MostReadEntry) cachedEntry;
      }
      List<ViewedArticle> items = loadMostReadItems(language);
      References refs =
          items.isEmpty()
              ? References.NONE
              : content.articles().references(items.stream().map(ViewedArticle::article).toList());
      MostReadEntry entry = mostReadEntry(generation, items, refs);
      store(key, entry);
      return entry;
    }

    private List<HeadlineView> headlines(
        MostReadEntry mostRead, Locale language, Map<ArticleId, Long> counts) {
      if (mostRead.items().isEmpty()) {
        return List.of();
      }
      List<Article> articles = mostRead.articles();
      return renderer.mostRead(
          tenant,
          new ArticleListing(articles, mostRead.references(), null),
          counts,
          language,
          settings.mostReadSize());
    }

    private Map<ArticleId, Long> liveCounts(Collection<Article> articles) {
      if (counter == null || articles.isEmpty()) {
        return Map.of();
      }
      return counter.countsOf(articles);
    }

    // -- listings --

    private Answer listing(
        Locale language, SitePage.@Nullable ListingKind kind, @Nullable String slug) {
      String token = queryParameter("after");
      PageCursor cursor = null;
      if (token != null) {
        try {
          cursor = PageCursor.decode(token);
        } catch (ValidationException | IllegalArgumentException | DateTimeException e) {
          return error(400, tenant);
        }
      }
      String keyId =
          language.getLanguage() + "/" + kind + "/" + slug + "/" + (token == null ? "" : token);
      Key key = new Key(tenant.id(), "listing", keyId);
      PageCursor after = cursor;
      Entry found = cache.getIfPresent(key);
      long generation = generation(tenant.id()).get();
      if (found == null || found.generation() != generation) {
        found = loadListing(key, language, kind, slug, after, generation);
      }
      if (found instanceof Moved moved) {
        return moved(moved);
      }
      if (!(found instanceof ListingEntry entry)) {
        return error(404, tenant);
      }
      if (kind != null) {
        Optional<Answer> redirect = canonical(subjectUrl(entry.subject(), language));
        if (redirect.isPresent()) {
          return redirect.get();
        }
      }
      MostReadEntry mostRead = mostRead(language);
      Answer answer =
          Answer.status(200)
              .etag(
                  "W/\"" + ETAG_VERSION + Http.hash(entry.identity() + mostRead.identity()) + "\"")
              .lastModified(latest(entry.lastModified(), changedAt(tenant.id())))
              .cacheControl(pageCacheControl)
              .surrogateKeys(
                  List.of(
                      "tenant-" + tenant.id(),
                      "listings-" + tenant.id(),
                      "most-read-" + tenant.id()));
      if (answer.notModifiedFor(request)) {
        return answer;
      }
      List<Article> counted = new ArrayList<>(entry.listing().articles());
      counted.addAll(mostRead.articles());
      Map<ArticleId, Long> counts = liveCounts(counted);
      var view =
          renderer
              .listing(tenant, entry.subject(), entry.listing())
              .viewCounts(counts)
              .current(after)
              .mostRead(headlines(mostRead, language, counts))
              .locale(language)
              .build();
      long started = meters == null ? 0 : System.nanoTime();
      byte[] html = renderer.listingPageBytes(view, searchUrl(language));
      if (meters != null) {
        meters.rendered(kind == null ? ServedKind.HOME : ServedKind.LISTING, started);
      }
      return answer.body(Answer.HTML, html);
    }

    private String subjectUrl(ListingSubject subject, Locale language) {
      if (subject.section() != null) {
        return urls.section(tenant, subject.section(), language);
      }
      if (subject.tag() != null) {
        return urls.tag(tenant, subject.tag(), language);
      }
      if (subject.author() != null) {
        return urls.author(tenant, subject.author(), language);
      }
      if (subject.location() != null) {
        return urls.location(tenant, subject.location(), language);
      }
      return urls.home(tenant, language);
    }

    private Entry loadListing(
        Key key,
        Locale language,
        SitePage.@Nullable ListingKind kind,
        @Nullable String slug,
        @Nullable PageCursor after,
        long generation) {
      Optional<Subject> subject = subject(kind, slug, language);
      if (subject.isEmpty()) {
        // Only on a miss: a former slug of the section, tag, author or location moved.
        Optional<String> moved =
            kind == null || slug == null
                ? Optional.empty()
                : Redirects.listing(content.redirects(), kind, slug)
                    .map(s -> subjectUrl(s, language));
        if (moved.isPresent()) {
          Moved entry = new Moved(generation, moved.get());
          store(key, entry);
          return entry;
        }
        return new NotFound(generation);
      }
      ArticleQuery query =
          subject.get().query().inLanguage(language).limit(settings.pageSize()).after(after);
      Key mostReadKey = mostReadKey(language);
      Entry cachedMostRead = cache.getIfPresent(mostReadKey);
      List<ViewedArticle> mostReadItems = null;
      if (settings.mostReadSize() > 0 && !usable(cachedMostRead, generation)) {
        mostReadItems = loadMostReadItems(language);
      }
      // The references of the page and of the most-read box load in one statement.
      List<Article> alsoReferenced =
          mostReadItems == null
              ? List.of()
              : mostReadItems.stream().map(ViewedArticle::article).toList();
      ArticleListing listing = content.articles().list(query, alsoReferenced);
      if (mostReadItems != null) {
        store(mostReadKey, mostReadEntry(generation, mostReadItems, listing.references()));
      }
      Instant modified = null;
      StringBuilder identity = new StringBuilder(subject.get().identity());
      for (Article a : listing.articles()) {
        modified = latest(modified, latest(a.updatedAt(), a.publishAt()));
        identity.append('|').append(a.id()).append(':').append(a.version());
      }
      identity.append('|').append(Http.hash(listing.references().toString()));
      ListingEntry entry =
          new ListingEntry(
              generation, subject.get().subject(), listing, modified, identity.toString());
      store(key, entry);
      return entry;
    }

    /** What a listing lists, and how to query it. */
    private record Subject(ListingSubject subject, ArticleQuery query, String identity) {}

    private Optional<Subject> subject(
        SitePage.@Nullable ListingKind kind, @Nullable String slug, Locale language) {
      ArticleQuery published = ArticleQuery.published();
      if (kind == null) {
        return Optional.of(new Subject(ListingSubject.latest(), published, "home"));
      }
      // The URL parser gives every listing of a kind its slug.
      String present = Objects.requireNonNull(slug, "slug");
      switch (kind) {
        case SECTION:
          return content
              .sections()
              .findBySlug(present)
              .map(
                  s ->
                      new Subject(ListingSubject.of(s), published.inSection(s.id()), s.toString()));
        case TAG:
          return content
              .tags()
              .findBySlug(present)
              .map(t -> new Subject(ListingSubject.of(t), published.withTag(t.id()), t.toString()));
        case AUTHOR:
          return content
              .authors()
              .findBySlug(present)
              .map(
                  a -> new Subject(ListingSubject.of(a), published.byAuthor(a.id()), a.toString()));
        default:
          return content
              .locations()
              .findBySlug(present)
              .map(
                  l ->
                      new Subject(
                          ListingSubject.of(l), published.atLocation(l.id()), l.toString()));
      }
    }

    // -- feeds --

    private Answer feed(SitePage.Feed page) {
      Key key =
          new Key(
              tenant.id(),
              "feed",
              page.language().getLanguage()
                  + "/"
                  + page.kind()
                  + "/"
                  + page.slug()
                  + "/"
                  + page.format());
      Entry found =
          cached(
              key,
              gen -> {
                Optional<FeedScope> scope = feedScope(page);
                if (scope.isEmpty()) {
                  // A former section or tag slug: the feed moved with it.
                  return Redirects.feedScope(content.redirects(), page)
                      .<Entry>map(s -> new Moved(gen, urls.feed(tenant, s, page.format())))
                      .orElseGet(() -> new NotFound(gen));
                }
                ArticleQuery query =
                    ArticleQuery.published().inLanguage(page.language()).limit(settings.feedSize());
                if (scope.get().section() != null) {
                  query = query.inSection(scope.get().section().id());
                }
                if (scope.get().tag() != null) {
                  query = query.withTag(scope.get().tag().id());
                }
                ArticleListing listing = content.articles().list(query);
                String canonicalUrl = urls.feed(tenant, scope.get(), page.format());
                return new CanonicalDocument(
                    DocumentEntry.of(
                        gen,
                        renderer.feed(tenant, scope.get(), page.format(), listing),
                        newest(listing.articles())),
                    canonicalUrl);
              });
      if (found instanceof Moved moved) {
        return moved(moved);
      }
      if (!(found instanceof CanonicalDocument doc)) {
        return error(404, tenant);
      }
      return canonical(doc.canonicalUrl())
          .orElseGet(
              () ->
                  document(
                      doc.document(), page.format() == FeedFormat.RSS ? Answer.RSS : Answer.ATOM));
    }

    private Optional<FeedScope> feedScope(SitePage.Feed page) {
      if (page.kind() == null) {
        return Optional.of(FeedScope.all(page.language()));
      }
      String slug = Objects.requireNonNull(page.slug(), "slug");
      if (page.kind() == SitePage.ListingKind.SECTION) {
        return content.sections().findBySlug(slug).map(s -> FeedScope.section(s, page.language()));
      }
      return content.tags().findBySlug(slug).map(t -> FeedScope.tag(t, page.language()));
    }

    private Answer document(DocumentEntry doc, String type) {
      return Answer.status(200)
          .body(type, doc.body(), doc.gzipped())
          .etag(doc.etag())
          .lastModified(latest(doc.lastModified(), changedAt(tenant.id())))
          .cacheControl(pageCacheControl)
          .surrogateKeys(List.of("tenant-" + tenant.id(), "listings-" + tenant.id()));
    }

    // -- sitemaps --

    private Answer sitemap(boolean news, int part) {
      Key key = new Key(tenant.id(), news ? "news-sitemap" : "sitemap", "");
      SitemapEntry entry =
          (SitemapEntry)
              cached(
                  key,
                  gen -> {
                    List<Article> published =
                        published(
                            news
                                ? cms.clock().instant().minus(DatelineRenderer.NEWS_WINDOW)
                                : null);
                    SitemapSet set =
                        news
                            ? renderer.newsSitemap(tenant, published)
                            : SitemapSet.forArticles(renderer, tenant, published);
                    return SitemapEntry.of(gen, set, newest(published));
                  });
      if (part < 0 || (part > 0 && (!entry.indexed() || part >= entry.files().size()))) {
        return error(404, tenant);
      }
      return document(entry.files().get(part), Answer.XML);
    }

    /**
     * Published articles, newest first, a page of the largest size at a time: all of them, or those
     * published since a time (pages stop at the first older one).
     */
    private List<Article> published(@Nullable Instant since) {
      List<Article> published = new ArrayList<>();
      PageCursor cursor = null;
      do {
        ArticleListing page =
            content
                .articles()
                .list(ArticleQuery.published().limit(ArticleQuery.MAX_LIMIT).after(cursor));
        for (Article a : page.articles()) {
          if (since != null && Objects.requireNonNull(a.publishAt(), "publishAt").isBefore(since)) {
            return published;
          }
          published.add(a);
        }
        cursor = page.next();
      } while (cursor != null);
      return published;
    }

    private @Nullable String queryParameter(String name) {
      String query = request.rawQuery();
      if (query == null) {
        return null;
      }
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).equals(name)) {
          try {
            return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          } catch (IllegalArgumentException e) {
            return "\u0000"; // a broken escape: decoded as a damaged cursor
          }
        }
      }
      return null;
    }
  }

  /** A document with the URL it must be served at. */
  private record CanonicalDocument(DocumentEntry document, String canonicalUrl) implements Entry {
    @Override
    public long generation() {
      return document.generation();
    }

    @Override
    public long bytes() {
      return document.bytes();
    }
  }

  private static @Nullable Instant newest(List<Article> articles) {
    Instant newest = null;
    for (Article a : articles) {
      newest = latest(newest, latest(a.updatedAt(), a.publishAt()));
    }
    return newest;
  }
}
