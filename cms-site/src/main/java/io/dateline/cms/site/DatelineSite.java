package io.dateline.cms.site;

import io.dateline.cms.Dateline;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.media.RenditionPaths;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.render.PageKind;
import io.dateline.cms.render.spi.HeadContributor;
import io.dateline.cms.search.SearchIndex;
import io.dateline.cms.site.internal.SiteEngine;
import io.dateline.cms.views.ViewPeriod;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every public page of every tenant, behind one method: {@link #handle(SiteRequest)} turns an HTTP
 * request into a response. Mount it with the servlet adapter ({@code
 * io.dateline.cms.site.servlet.DatelineServlet}), the Spring Boot starter, or any server that can
 * build a {@link SiteRequest}.
 *
 * <pre>{@code
 * DatelineSite site = DatelineSite.builder(cms, renderer).build();
 * SiteResponse response = site.handle(SiteRequest.get("/dnipro-news/news/svitlo"));
 * }</pre>
 *
 * <p>What it serves, for each tenant, at the URLs the renderer's {@code UrlStrategy} gives (the
 * standard layout is parsed out of the box; {@link Builder#urlParser} installs the inverse of a
 * custom one): the home page of every language edition, article, section, tag, author and location
 * pages with cursor pages, RSS and Atom feeds, the sitemap (with its index and parts) and the
 * Google News sitemap. Under {@link Builder#basePath} it also serves the list of tenants, {@code
 * robots.txt} naming every sitemap (when the base path is {@code /}), the theme's stylesheet, a
 * favicon, and the view beacon. Under {@code {basePath}api/v1/{tenantId}/} it serves the read-only
 * JSON content API (published articles by id and slug, listings, directories, most read and the
 * tenant's change feed; see {@code docs/content-api.md}), with CORS when {@link
 * Builder#corsAllowedOrigins} allows it.
 *
 * <p>Pages are assembled within a fixed number of storage statements and cached; the caches follow
 * the change feed, so a change made on any node is served by this one within {@link
 * Builder#changePollInterval} (at once for changes made through this node's {@link Dateline}). View
 * counts on pages stay live. Every answer carries validators ({@code ETag}, {@code Last-Modified})
 * and {@code Cache-Control}; pages also carry {@code Surrogate-Key} and {@code Cache-Tag} headers
 * naming what they depend on, for purging a CDN precisely.
 *
 * <p>Thread-safe. {@link #close()} stops following the change feed; it does not close the {@link
 * Dateline} or the storage.
 *
 * @since 0.1.0
 */
public final class DatelineSite implements AutoCloseable {
  private final SiteEngine engine;

  private DatelineSite(Builder b) {
    this.engine =
        new SiteEngine(
            b.cms,
            b.renderer,
            new SiteEngine.Settings(
                b.basePath,
                b.urlParser,
                b.pageSize,
                b.feedSize,
                b.mostReadPeriod,
                b.mostReadSize,
                b.maxCachedPages,
                b.maxCacheBytes,
                b.pageMaxAge,
                b.staleWhileRevalidate,
                b.compression,
                b.viewBeacon,
                b.beaconRatePerMinute,
                b.changePollInterval,
                b.countViews,
                b.mostReadRefresh,
                b.corsOrigins,
                b.relatedArticles),
            b.meterRegistry,
            b.search,
            b.previewSecret,
            b.renditionCache,
            b.renditionWidths);
  }

  /**
   * Starts a builder.
   *
   * @param cms the content to serve; its view counter is used when it has one
   * @param renderer renders pages, with the URL strategies the site parses
   * @return a builder with the defaults described on each setter
   */
  public static Builder builder(Dateline cms, DatelineRenderer renderer) {
    return new Builder(cms, renderer);
  }

  /**
   * A head contributor that links the theme's stylesheet and, on article pages, the view beacon's
   * script, as this site serves them under a base path. Install it on the renderer the site uses:
   *
   * <pre>{@code
   * DatelineRenderer renderer = DatelineRenderer.builder()
   *     .headContributor(DatelineSite.standardAssets("/"))
   *     .build();
   * }</pre>
   *
   * @param basePath the site's {@link Builder#basePath}
   * @return the contributor
   */
  public static HeadContributor standardAssets(String basePath) {
    Objects.requireNonNull(basePath, "basePath");
    String base = basePath.endsWith("/") ? basePath : basePath + "/";
    return (page, head) -> {
      head.link("stylesheet", base + "assets/dateline.css");
      if (page.kind() == PageKind.ARTICLE) {
        head.script(base + "assets/dateline-beacon.js");
      }
    };
  }

  /**
   * The surrogate keys (as sent in {@code Surrogate-Key} and {@code Cache-Tag}) of the pages a
   * change makes stale, for an application that purges a CDN as it follows the change feed: an
   * article change affects its own page, every listing, feed and sitemap of its tenant and the
   * most-read boxes; a change to a tenant or its directory (names appear on every page) affects the
   * whole tenant.
   *
   * @param change a change from the feed
   * @return the keys to purge
   */
  public static List<String> surrogateKeys(Change change) {
    Objects.requireNonNull(change, "change");
    String tenant = change.tenantId().toString();
    if (change.kind().subject() == ChangeKind.Subject.ARTICLE) {
      return List.of("article-" + change.subjectId(), "listings-" + tenant, "most-read-" + tenant);
    }
    return List.of("tenant-" + tenant);
  }

  /**
   * Answers a request. Never throws for anything a client can send: unknown paths get 404, other
   * methods 405, damaged cursors 400, and an unexpected failure is logged and answered with 500.
   *
   * @param request the request
   * @return the response
   */
  public SiteResponse handle(SiteRequest request) {
    return engine.handle(Objects.requireNonNull(request, "request"));
  }

  /**
   * Reads the change feed now and drops whatever it made stale, on the caller's thread. The site
   * does this by itself every {@link Builder#changePollInterval}; call it when that is {@link
   * Duration#ZERO}.
   *
   * @return how many changes were read
   */
  public int refresh() {
    return engine.refresh();
  }

  /**
   * A signed link that shows one article as it is stored now, whatever its status (a draft, a
   * scheduled story), rendered with the theme, marked {@code noindex} and never cached: {@code
   * {scheme}://{tenant's host}{basePath}preview/{token}}. The token is an HMAC-SHA256 signature,
   * made with {@link Builder#previewSecret}, over the tenant, the article and the expiry; a link
   * that is altered, has expired, or names an article that no longer exists answers the themed 404.
   * Anyone holding the link can read the article until it expires: hand it out as a secret.
   *
   * @param tenant the tenant
   * @param article the article, any status
   * @param ttl how long the link works: more than zero, at most 30 days
   * @return the absolute URL
   * @throws IllegalStateException when the site has no preview secret
   * @throws IllegalArgumentException when {@code ttl} is out of range
   * @throws io.dateline.cms.NotFoundException when the tenant does not exist
   * @since 0.1.0
   */
  public String previewUrl(TenantId tenant, ArticleId article, Duration ttl) {
    return engine.previewUrl(tenant, article, ttl);
  }

  /**
   * A signed link that shows the article's pending scheduled update (see {@link
   * io.dateline.cms.RevisionService#scheduleUpdate}) as the article will look when the update goes
   * live: the prepared content with the article's current status and publication times, rendered
   * with the theme, marked {@code noindex} and never cached, on the same {@code preview/{token}}
   * path as {@link #previewUrl}. The token names that one update: when the update is replaced by
   * another, cancelled or applied, or the article is deleted, the link answers the themed 404 (a
   * new link is needed for a new update), as it does when altered or expired. The public page keeps
   * showing the article as stored until the update goes live.
   *
   * @param tenant the tenant
   * @param article the article, which must have a scheduled update
   * @param ttl how long the link works: more than zero, at most 30 days
   * @return the absolute URL
   * @throws IllegalStateException when the site has no preview secret
   * @throws IllegalArgumentException when {@code ttl} is out of range
   * @throws io.dateline.cms.NotFoundException when the tenant does not exist, or the article does
   *     not exist or has no scheduled update
   * @since 0.1.0
   */
  public String previewScheduledUpdateUrl(TenantId tenant, ArticleId article, Duration ttl) {
    return engine.previewScheduledUpdateUrl(tenant, article, ttl);
  }

  /** Drops every cached page and view. */
  public void invalidateAll() {
    engine.invalidateAll();
  }

  /** Stops following the change feed. Idempotent. */
  @Override
  public void close() {
    engine.close();
  }

  /** Configures a {@link DatelineSite}; not thread-safe. */
  public static final class Builder {
    private final Dateline cms;
    private final DatelineRenderer renderer;
    private String basePath = "/";
    private UrlParser urlParser = UrlParser.standard();
    private int pageSize = 20;
    private int feedSize = 30;
    private ViewPeriod mostReadPeriod = ViewPeriod.LAST_7_DAYS;
    private int mostReadSize = 5;
    private long maxCachedPages = 10_000;
    private long maxCacheBytes = 64L * 1024 * 1024;
    private Duration pageMaxAge = Duration.ZERO;
    private Duration staleWhileRevalidate = Duration.ofSeconds(60);
    private boolean compression = true;
    private boolean viewBeacon;
    private int beaconRatePerMinute = 120;
    private Duration changePollInterval = Duration.ofMillis(500);
    private boolean countViews = true;
    private Duration mostReadRefresh = Duration.ofSeconds(10);
    private List<String> corsOrigins = List.of();
    private int relatedArticles = 5;
    private @Nullable MeterRegistry meterRegistry;
    private @Nullable SearchIndex search;
    private byte @Nullable [] previewSecret;
    private Path renditionCache = Path.of("dateline-renditions");
    private List<Integer> renditionWidths = RenditionPaths.DEFAULT_WIDTHS;

    private Builder(Dateline cms, DatelineRenderer renderer) {
      this.cms = Objects.requireNonNull(cms, "cms");
      this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * Where the site's own resources live: the tenant list, {@code robots.txt}, the stylesheet, the
     * favicon and the view beacon. Tenants' pages live at their base URLs, wherever those are.
     * Default {@code /}.
     *
     * @param path an absolute path ending in {@code /}, such as {@code /news/}
     * @return this builder
     * @throws IllegalArgumentException when the path does not start and end with {@code /}
     */
    public Builder basePath(String path) {
      Objects.requireNonNull(path, "path");
      if (!path.startsWith("/") || !path.endsWith("/")) {
        throw new IllegalArgumentException("basePath must start and end with '/': " + path);
      }
      this.basePath = path;
      return this;
    }

    /**
     * Installs the inverse of a custom {@code UrlStrategy}. Default: {@link UrlParser#standard()}.
     *
     * @param parser the parser
     * @return this builder
     */
    public Builder urlParser(UrlParser parser) {
      this.urlParser = Objects.requireNonNull(parser, "parser");
      return this;
    }

    /**
     * Articles per listing page. Default 20.
     *
     * @param size 1 to 100
     * @return this builder
     */
    public Builder pageSize(int size) {
      this.pageSize = range("pageSize", size, 1, 100);
      return this;
    }

    /**
     * Items per feed. Default 30.
     *
     * @param size 1 to 100
     * @return this builder
     */
    public Builder feedSize(int size) {
      this.feedSize = range("feedSize", size, 1, 100);
      return this;
    }

    /**
     * The "most read" box on article and listing pages. Default: 5 articles of the last 7 days.
     *
     * @param period the period
     * @param size 0 (no box) to 20
     * @return this builder
     */
    public Builder mostRead(ViewPeriod period, int size) {
      this.mostReadPeriod = Objects.requireNonNull(period, "period");
      this.mostReadSize = range("mostRead size", size, 0, 20);
      return this;
    }

    /**
     * Related news under every article: the editors' picks ({@code Article.related()}) that are
     * published in the article's language, then up to this many of the newest published articles of
     * that language sharing one of its tags or its primary section. Loading it costs an article
     * page at most one storage statement when the page is not cached. Default 5.
     *
     * @param count 0 (picks only) to 20
     * @return this builder
     * @since 0.1.0
     */
    public Builder relatedArticles(int count) {
      this.relatedArticles = range("relatedArticles", count, 0, 20);
      return this;
    }

    /**
     * How long a most-read box is reused before its ranking is read again; content changes drop it
     * at once. Default 10 seconds.
     *
     * @param refresh the time; {@link Duration#ZERO} reads the ranking for every page
     * @return this builder
     */
    public Builder mostReadRefresh(Duration refresh) {
      this.mostReadRefresh = nonNegative("mostReadRefresh", refresh);
      return this;
    }

    /**
     * Bounds the page cache. Defaults: 10,000 entries and 64 MiB (estimated).
     *
     * @param maxEntries the most cached pages and views
     * @param maxBytes the most bytes they may take
     * @return this builder
     */
    public Builder cacheLimits(long maxEntries, long maxBytes) {
      if (maxEntries < 0 || maxBytes < 0) {
        throw new IllegalArgumentException("cache limits must not be negative");
      }
      this.maxCachedPages = maxEntries;
      this.maxCacheBytes = maxBytes;
      return this;
    }

    /**
     * How long browsers and CDNs may use a page without asking again ({@code max-age}; for CDNs
     * also {@code s-maxage}), and for how long after that a stale page may be served while it is
     * fetched anew ({@code stale-while-revalidate}). Defaults: 0 (always revalidate, which is cheap
     * with the ETag) and 60 seconds. Article pages are only cacheable when the {@link #viewBeacon}
     * is on, since otherwise a cached page would not count its view.
     *
     * @param maxAge the freshness lifetime
     * @param staleWhileRevalidate the grace period
     * @return this builder
     */
    public Builder caching(Duration maxAge, Duration staleWhileRevalidate) {
      this.pageMaxAge = nonNegative("maxAge", maxAge);
      this.staleWhileRevalidate = nonNegative("staleWhileRevalidate", staleWhileRevalidate);
      return this;
    }

    /**
     * Whether to gzip text answers for clients that accept it. Default on.
     *
     * @param on whether to compress
     * @return this builder
     */
    public Builder compression(boolean on) {
      this.compression = on;
      return this;
    }

    /**
     * Counts article views through a beacon the page calls instead of when the page is served, so
     * that article pages can be cached by a CDN and views are still counted exactly. The beacon
     * accepts only published articles of the tenant it is addressed to and at most {@code
     * perClientPerMinute} views a minute from one client address. Default off.
     *
     * @param perClientPerMinute the rate limit per client address, at least 1
     * @return this builder
     */
    public Builder viewBeacon(int perClientPerMinute) {
      this.viewBeacon = true;
      this.beaconRatePerMinute = range("perClientPerMinute", perClientPerMinute, 1, 100_000);
      return this;
    }

    /**
     * Whether serving an article page counts a view (when the beacon is off). Default on; turn it
     * off for previews or crawls.
     *
     * @param on whether to count
     * @return this builder
     */
    public Builder countViews(boolean on) {
      this.countViews = on;
      return this;
    }

    /**
     * How often the site reads the change feed to drop stale pages. Default 500 ms; {@link
     * Duration#ZERO} reads only when {@link DatelineSite#refresh()} is called.
     *
     * @param interval the interval
     * @return this builder
     */
    public Builder changePollInterval(Duration interval) {
      this.changePollInterval = nonNegative("changePollInterval", interval);
      return this;
    }

    /**
     * Lets web pages on other origins read the JSON content API ({@code
     * {basePath}api/v1/{tenantId}/...}, see {@code docs/content-api.md}) with CORS: an API answer
     * to a request whose {@code Origin} is listed carries {@code Access-Control-Allow-Origin}, and
     * a preflight {@code OPTIONS} to an API path is answered. Pages, feeds and assets are not
     * affected. Default: no origin (CORS off).
     *
     * @param allowedOrigins origins as browsers send them ({@code https://app.example}, no path or
     *     trailing slash), or {@code *} for any origin; an empty list turns CORS off
     * @return this builder
     * @throws IllegalArgumentException when an origin is not {@code *} nor a scheme and host with
     *     an optional port
     */
    public Builder corsAllowedOrigins(List<String> allowedOrigins) {
      Objects.requireNonNull(allowedOrigins, "allowedOrigins");
      for (String origin : allowedOrigins) {
        Objects.requireNonNull(origin, "allowedOrigins element");
        if (!origin.equals("*") && !origin.matches("(?i)https?://[a-z0-9.\\[\\]:-]+")) {
          throw new IllegalArgumentException(
              "allowedOrigins must hold '*' or origins such as https://app.example, was " + origin);
        }
      }
      this.corsOrigins = List.copyOf(allowedOrigins);
      return this;
    }

    /**
     * Records the site's meters in a Micrometer registry: requests by kind of page and status (with
     * their times), page render times, the page cache's statistics and hit ratio, and the lag of
     * the site's change-feed follower. Names and tags are listed in docs/observability.md; the view
     * counter's and the scheduler's meters are set on {@code Dateline.builder()}. {@link
     * DatelineSite#close()} removes them from the registry.
     *
     * <p>Without a registry (the default) nothing is measured, the cache keeps no statistics, and
     * Micrometer need not be on the class path.
     *
     * @param registry the registry; never {@code null}
     * @return this builder
     * @since 0.1.0
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Serves search on an index: the search page of each edition ({@code [/{lang}]/search?q=} in
     * the standard layout, with {@code noindex}; a query the index refuses is a {@code 400} page)
     * with a search box in the theme's header, and the JSON endpoint {@code
     * {basePath}api/v1/{tenantId}/search?q=&lang=&after=}. Without an index both are {@code 404}
     * and pages have no search box. The site only queries the index; keeping it current is the
     * index's business (for {@code cms-search-lucene}, {@code LuceneSearchIndex.follow}).
     *
     * @param index the index, or {@code null} for no search
     * @return this builder
     * @since 0.1.0
     */
    public Builder search(@Nullable SearchIndex index) {
      this.search = index;
      return this;
    }

    /**
     * Turns on preview links ({@link DatelineSite#previewUrl}) signed with this secret. Without a
     * secret, previews are off and their URLs are 404. Every node serving the same site needs the
     * same secret; changing it invalidates every link handed out. The secret is copied, never
     * logged and never shown by {@code toString}.
     *
     * @param secret at least 32 bytes, random (from a secret store, not the source code)
     * @return this builder
     * @throws IllegalArgumentException when shorter than 32 bytes
     * @since 0.1.0
     */
    public Builder previewSecret(byte[] secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.length < 32) {
        throw new IllegalArgumentException("previewSecret must have at least 32 bytes");
      }
      this.previewSecret = secret.clone();
      return this;
    }

    /**
     * Sets where the embedded resizer keeps the renditions it made. The site answers {@code
     * {basePath}_media/{tenant}/{image}/{version}/{ratio}/{width}.{jpg|png}} (the URLs that {@code
     * io.dateline.cms.media.embedded.SiteRenditionUrls} gives pages) by cropping the original
     * around its focal point and scaling it down, once; later requests read the file. Renditions
     * are answered with {@code Cache-Control: public, max-age=31536000, immutable} and a strong
     * {@code ETag}. Default: {@code dateline-renditions} in the working directory, created on the
     * first rendition. The directory can be emptied at any time; renditions are made again.
     *
     * @param directory the cache directory
     * @return this builder
     * @since 0.1.0
     */
    public Builder renditionCache(Path directory) {
      this.renditionCache = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Turns on preview links with a secret given as text, used as its UTF-8 bytes; see {@link
     * #previewSecret(byte[])}.
     *
     * @param secret at least 32 bytes in UTF-8
     * @return this builder
     * @throws IllegalArgumentException when shorter than 32 bytes
     * @since 0.1.0
     */
    public Builder previewSecret(String secret) {
      Objects.requireNonNull(secret, "secret");
      return previewSecret(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Sets the widths the embedded resizer serves; any other width is a 404, so that requests
     * cannot fill the cache with sizes no page links to. Must be the widths of the {@code
     * RenditionUrls} the renderer uses. Default: {@link RenditionPaths#DEFAULT_WIDTHS}. A width
     * larger than an image's crop is served at the crop's own size: renditions are never enlarged.
     *
     * @param widths the widths, each 1 to 10000
     * @return this builder
     * @since 0.1.0
     */
    public Builder renditionWidths(List<Integer> widths) {
      List<Integer> copy = List.copyOf(widths);
      if (copy.isEmpty()) {
        throw new IllegalArgumentException("renditionWidths must not be empty");
      }
      copy.forEach(w -> range("renditionWidths", w, 1, 10_000));
      this.renditionWidths = copy;
      return this;
    }

    /**
     * Builds the site and loads the tenants.
     *
     * @return the site
     */
    public DatelineSite build() {
      return new DatelineSite(this);
    }

    private static int range(String name, int value, int min, int max) {
      if (value < min || value > max) {
        throw new IllegalArgumentException(
            name + " must be " + min + " to " + max + ", was " + value);
      }
      return value;
    }

    private static Duration nonNegative(String name, Duration d) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + d);
      }
      return d;
    }
  }
}
