package io.dateline.cms.render;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.internal.BodyWriter;
import io.dateline.cms.render.internal.FeedWriter;
import io.dateline.cms.render.internal.HeadAssembler;
import io.dateline.cms.render.internal.ImageRenditions;
import io.dateline.cms.render.internal.LocalizedFormats;
import io.dateline.cms.render.internal.SafeUrls;
import io.dateline.cms.render.internal.SitemapWriter;
import io.dateline.cms.render.internal.ViewAssembler;
import io.dateline.cms.render.spi.BlockRenderer;
import io.dateline.cms.render.spi.HeadContributor;
import io.dateline.cms.render.spi.RenderListener;
import io.dateline.cms.render.spi.Theme;
import io.dateline.cms.render.spi.UrlStrategy;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.spi.RenditionUrls;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Renders what readers and search engines see: article and listing pages, a "most read" block, RSS
 * and Atom feeds, sitemaps and Google News sitemaps.
 *
 * <pre>{@code
 * DatelineRenderer renderer = DatelineRenderer.builder()
 *     .listener(adSlots)                       // optional hooks
 *     .build();
 * ArticleView view = renderer.article(tenant, article, references)
 *     .viewCount(30138).translations(translations).locale(Locale.ENGLISH).build();
 * byte[] html = renderer.articlePageBytes(view);   // UTF-8, what a server sends
 * }</pre>
 *
 * <p>The renderer never talks to storage: the caller loads the tenant, articles, references and
 * view counts and passes them in. Immutable and thread-safe once built; one instance serves all
 * tenants and requests.
 *
 * @since 0.1.0
 */
public final class DatelineRenderer {
  /** How far back a Google News sitemap reaches. */
  public static final Duration NEWS_WINDOW = Duration.ofDays(2);

  // Statuses with their own words; others fall back to the words of their class (4xx, 5xx).
  private static final Set<Integer> ERROR_STATUSES = Set.of(400, 404, 405, 410, 500, 503);

  private final Clock clock;
  private final UrlStrategy defaultUrls;
  private final Map<TenantId, UrlStrategy> tenantUrls;
  private final Theme theme;
  private final BodyWriter bodyWriter;
  private final HeadAssembler heads;
  private final ImageRenditions images;

  private DatelineRenderer(Builder b) {
    this.clock = b.clock;
    this.defaultUrls = b.urls;
    this.tenantUrls = Map.copyOf(b.tenantUrls);
    this.theme = b.theme;
    this.bodyWriter = new BodyWriter(b.renderers, b.listeners);
    this.heads = new HeadAssembler(b.contributors);
    this.images =
        b.renditionUrls == null ? ImageRenditions.standard() : new ImageRenditions(b.renditionUrls);
  }

  /**
   * Starts a builder with the standard URL strategy, the standard theme and the system clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The URL strategy of a tenant.
   *
   * @param tenant the tenant
   * @return the strategy installed for it, else the default one
   */
  public UrlStrategy urls(Tenant tenant) {
    return tenantUrls.getOrDefault(tenant.id(), defaultUrls);
  }

  // ---- view models ----

  /**
   * Starts the view of an article, with the tenant's URL strategy already set.
   *
   * @param tenant the tenant
   * @param article the article
   * @param references its resolved authors, sections, tags and locations
   * @return a builder; set the view count, translations and locale, then build
   */
  public ArticleView.Builder article(Tenant tenant, Article article, References references) {
    return ArticleView.builder(tenant, article, references).urls(urls(tenant)).renditions(images);
  }

  /**
   * Starts the view of a listing page, with the tenant's URL strategy already set.
   *
   * @param tenant the tenant
   * @param subject what is listed
   * @param listing one page of articles with references and the next cursor
   * @return a builder; set the view counts and locale, then build
   */
  public ListingView.Builder listing(
      Tenant tenant, ListingSubject subject, ArticleListing listing) {
    return ListingView.builder(tenant, subject, listing).urls(urls(tenant)).renditions(images);
  }

  /**
   * Headlines for a page of articles, in listing order.
   *
   * @param tenant the tenant
   * @param listing the articles
   * @param viewCounts views by article; missing ones count 0
   * @param locale the page's locale
   * @return the headlines
   */
  public List<HeadlineView> headlines(
      Tenant tenant, ArticleListing listing, Map<ArticleId, Long> viewCounts, Locale locale) {
    return ViewAssembler.headlines(tenant, listing, viewCounts, locale, urls(tenant), images);
  }

  /**
   * A "most read" list: the articles ordered by views, most first.
   *
   * @param tenant the tenant
   * @param listing the candidate articles (for example those {@code ViewCountStore.top} named)
   * @param viewCounts views by article
   * @param locale the page's locale
   * @param limit the most to keep
   * @return the list
   */
  public List<HeadlineView> mostRead(
      Tenant tenant,
      ArticleListing listing,
      Map<ArticleId, Long> viewCounts,
      Locale locale,
      int limit) {
    return ViewAssembler.mostRead(tenant, listing, viewCounts, locale, urls(tenant), limit, images);
  }

  // ---- pages ----

  /**
   * The parts of an article page, for a theme or an application's own engine.
   *
   * @param view the article
   * @return the page model
   */
  public ArticlePage articlePageModel(ArticleView view) {
    return new ArticlePage(
        view, heads.article(view), Html.lazy(out -> bodyWriter.write(view, out)));
  }

  /**
   * Renders an article page with the theme.
   *
   * @param view the article
   * @return a complete HTML document
   */
  public String articlePage(ArticleView view) {
    return theme.articlePage(articlePageModel(view));
  }

  /**
   * Renders an article page with the theme as UTF-8 bytes, the form a server sends. The same
   * document as {@link #articlePage}; with the standard theme it is written as bytes from the
   * start, without an intermediate string.
   *
   * @param view the article; never {@code null}
   * @return a complete HTML document, UTF-8
   * @since 0.1.0
   */
  public byte[] articlePageBytes(ArticleView view) {
    return theme.articlePageUtf8(articlePageModel(view));
  }

  /**
   * Renders an article page as UTF-8 bytes, with a search box in the header.
   *
   * @param view the article; never {@code null}
   * @param searchUrl where the search box sends its query, or {@code null} for no box
   * @return a complete HTML document, UTF-8
   * @since 0.1.0
   */
  public byte[] articlePageBytes(ArticleView view, @Nullable String searchUrl) {
    ArticlePage page = articlePageModel(view);
    return theme.articlePageUtf8(
        new ArticlePage(page.view(), page.head(), page.body(), safeOrNull(searchUrl)));
  }

  /**
   * The parts of a listing page.
   *
   * @param view the listing
   * @return the page model
   */
  public ListingPage listingPageModel(ListingView view) {
    return new ListingPage(view, heads.listing(view));
  }

  /**
   * Renders a listing page (latest headlines, section, tag, author or location) with the theme.
   *
   * @param view the listing
   * @return a complete HTML document
   */
  public String listingPage(ListingView view) {
    return theme.listingPage(listingPageModel(view));
  }

  /**
   * Renders a listing page with the theme as UTF-8 bytes. The same document as {@link
   * #listingPage}.
   *
   * @param view the listing; never {@code null}
   * @return a complete HTML document, UTF-8
   * @since 0.1.0
   */
  public byte[] listingPageBytes(ListingView view) {
    return theme.listingPageUtf8(listingPageModel(view));
  }

  /**
   * Renders a listing page as UTF-8 bytes, with a search box in the header.
   *
   * @param view the listing; never {@code null}
   * @param searchUrl where the search box sends its query, or {@code null} for no box
   * @return a complete HTML document, UTF-8
   * @since 0.1.0
   */
  public byte[] listingPageBytes(ListingView view, @Nullable String searchUrl) {
    ListingPage page = listingPageModel(view);
    return theme.listingPageUtf8(new ListingPage(page.view(), page.head(), safeOrNull(searchUrl)));
  }

  private static @Nullable String safeOrNull(@Nullable String url) {
    return url != null && SafeUrls.isSafeResource(url) ? url : null;
  }

  /**
   * The parts of a search results page of a language edition.
   *
   * @param tenant the tenant; never {@code null}
   * @param language the edition's language; never {@code null}
   * @param query the reader's query as typed; empty for none
   * @param hits the hits of this page, best first
   * @param articles the hits' articles by id, for their URLs; a hit whose article is missing is
   *     left out
   * @param nextCursor the search's cursor of the next page, or {@code null} on the last page
   * @param message a sentence for the reader instead of results (for example {@link
   *     #searchMessage}), or {@code null}
   * @return the page model
   * @since 0.1.0
   */
  public SearchResultsPage searchPageModel(
      Tenant tenant,
      Locale language,
      String query,
      List<SearchHit> hits,
      Map<ArticleId, Article> articles,
      @Nullable String nextCursor,
      @Nullable String message) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(query, "query");
    UrlStrategy urls = urls(tenant);
    LocalizedFormats words = LocalizedFormats.INSTANCE;
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language)
            .withZone(tenant.timeZone());
    List<SearchResultsPage.Result> results = new ArrayList<>();
    for (SearchHit hit : hits) {
      Article article = articles.get(hit.articleId());
      if (article == null) {
        continue;
      }
      // The index promises escaped text with <mark> only; cleaning again costs little and keeps a
      // faulty third-party index from injecting markup.
      String snippet = Jsoup.clean(hit.snippet(), Safelist.none().addTags("mark"));
      results.add(
          new SearchResultsPage.Result(
              urls.article(tenant, article),
              hit.title(),
              Html.trusted(snippet),
              dates.format(hit.publishAt()),
              hit.publishAt().toString()));
    }
    String searchUrl = urls.search(tenant, language);
    String nextUrl =
        nextCursor == null
            ? null
            : searchUrl
                + "?q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + "&after="
                + URLEncoder.encode(nextCursor, StandardCharsets.UTF_8);
    String shown = message;
    if (shown == null && results.isEmpty() && !query.isBlank()) {
      shown = words.text("search.none", language);
    }
    String title = words.text("search.title", language);
    return new SearchResultsPage(
        tenant,
        words.textLanguage(language),
        words.labels(language),
        heads.search(
            tenant,
            language,
            (query.isBlank() ? title : query + " \u2014 " + title)
                + " \u2014 "
                + tenant.publicationName()),
        urls.home(tenant, language),
        searchUrl,
        query,
        results,
        nextUrl,
        shown,
        new SearchResultsPage.Words(
            title,
            words.text("search.label", language),
            words.text("search.submit", language),
            words.text("search.results", language)));
  }

  /**
   * The sentence shown for a search that cannot be run (too long, no words, a damaged cursor).
   *
   * @param language the page's language
   * @return the sentence
   * @since 0.1.0
   */
  public String searchMessage(Locale language) {
    return LocalizedFormats.INSTANCE.text("search.bad", language);
  }

  /**
   * Renders a search results page with the theme as UTF-8 bytes.
   *
   * @param page the page model from {@link #searchPageModel}
   * @return a complete HTML document, UTF-8
   * @since 0.1.0
   */
  public byte[] searchPageBytes(SearchResultsPage page) {
    return theme.searchPageUtf8(page);
  }

  /**
   * The parts of an error page, for a theme or an application's own engine.
   *
   * @param tenant the tenant whose site failed, or {@code null} when the request matched no tenant
   * @param status the HTTP status, 400 to 599; 400, 404, 405, 410, 500 and 503 have their own
   *     words, other statuses get those of their class
   * @param locale the page's locale; never {@code null}
   * @param homeUrl where the link home goes, http(s) or site-relative; {@code null} for the
   *     tenant's front page in the page's language (its default language when it does not publish
   *     in that one), or {@code /} without a tenant
   * @return the page model
   * @throws IllegalArgumentException when {@code status} is not 400 to 599 or {@code homeUrl} is
   *     neither http(s) nor site-relative
   * @since 0.1.0
   */
  public ErrorPage errorPageModel(
      @Nullable Tenant tenant, int status, Locale locale, String homeUrl) {
    Objects.requireNonNull(locale, "locale");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException(
          "status must be an HTTP error status from 400 to 599: " + status);
    }
    String home = homeUrl;
    if (home == null) {
      home =
          tenant == null
              ? "/"
              : urls(tenant)
                  .home(tenant, tenant.supports(locale) ? locale : tenant.defaultLocale());
    }
    if (!SafeUrls.isSafeResource(home)) {
      throw new IllegalArgumentException(
          "homeUrl must be an http(s) URL with a host or a site-relative path: " + home);
    }
    LocalizedFormats words = LocalizedFormats.INSTANCE;
    String key =
        "error."
            + (ERROR_STATUSES.contains(status) ? Integer.toString(status) : status / 100 + "xx");
    String title = words.text(key + ".title", locale);
    String documentTitle =
        status + " " + title + (tenant == null ? "" : " \u2014 " + tenant.publicationName());
    return new ErrorPage(
        tenant,
        status,
        locale,
        words.textLanguage(locale),
        title,
        words.text(key + ".text", locale),
        home,
        words.text("home", locale),
        words.labels(locale),
        heads.error(tenant, locale, documentTitle));
  }

  /**
   * Renders an error page with the theme as UTF-8 bytes: the status in words and one sentence in
   * the page's language, a link home, {@code <meta name="robots" content="noindex">}, in the
   * theme's layout with what head contributors add. The caller sends it with the status.
   *
   * @param tenant the tenant whose site failed, or {@code null} when the request matched no tenant
   * @param status the HTTP status, 400 to 599
   * @param locale the page's locale; never {@code null}
   * @param homeUrl where the link home goes, or {@code null} for the default (see {@link
   *     #errorPageModel})
   * @return a complete HTML document, UTF-8
   * @throws IllegalArgumentException as {@link #errorPageModel} does
   * @since 0.1.0
   */
  public byte[] errorPageBytes(@Nullable Tenant tenant, int status, Locale locale, String homeUrl) {
    return theme.errorPageUtf8(errorPageModel(tenant, status, locale, homeUrl));
  }

  /**
   * The parts of the tenant index, for a theme or an application's own engine.
   *
   * @param tenants the tenants, in the order to list them; never {@code null}
   * @param locale the page's locale; never {@code null}
   * @return the page model
   * @throws IllegalStateException when a tenant's URL strategy returns an unusable front page URL
   * @since 0.1.0
   */
  public TenantsPage tenantsPageModel(List<Tenant> tenants, Locale locale) {
    Objects.requireNonNull(tenants, "tenants");
    Objects.requireNonNull(locale, "locale");
    LocalizedFormats words = LocalizedFormats.INSTANCE;
    String title = words.text("tenants.title", locale);
    return new TenantsPage(
        locale,
        words.textLanguage(locale),
        title,
        words.text("tenants.editions", locale),
        ViewAssembler.tenants(tenants, this::urls),
        words.labels(locale),
        heads.tenants(locale, title));
  }

  /**
   * Renders the tenant index with the theme as UTF-8 bytes: each tenant's publication name and
   * name, with links to the front page of every language edition (URLs from the tenant's {@link
   * UrlStrategy}), for the root of a site that serves several tenants.
   *
   * @param tenants the tenants, in the order to list them; never {@code null}
   * @param locale the page's locale; never {@code null}
   * @return a complete HTML document, UTF-8
   * @throws IllegalStateException when a tenant's URL strategy returns an unusable front page URL
   * @since 0.1.0
   */
  public byte[] tenantsPageBytes(List<Tenant> tenants, Locale locale) {
    return theme.tenantsPageUtf8(tenantsPageModel(tenants, locale));
  }

  /**
   * Renders a "most read" block on its own.
   *
   * @param items the list, for example from {@link #mostRead}
   * @param locale the page's locale
   * @return an HTML fragment
   */
  public String mostReadBlock(List<HeadlineView> items, Locale locale) {
    return theme.mostRead(items, LocalizedFormats.INSTANCE.labels(locale));
  }

  // ---- feeds ----

  /**
   * An RSS 2.0 feed.
   *
   * @param tenant the tenant
   * @param scope the edition, section or tag
   * @param listing the articles, newest first
   * @return the feed's XML
   */
  public String rss(Tenant tenant, FeedScope scope, ArticleListing listing) {
    return feed(tenant, scope, FeedFormat.RSS, listing);
  }

  /**
   * An Atom 1.0 feed.
   *
   * @param tenant the tenant
   * @param scope the edition, section or tag
   * @param listing the articles, newest first
   * @return the feed's XML
   */
  public String atom(Tenant tenant, FeedScope scope, ArticleListing listing) {
    return feed(tenant, scope, FeedFormat.ATOM, listing);
  }

  /**
   * A feed in either format.
   *
   * @param tenant the tenant
   * @param scope the edition, section or tag
   * @param format RSS or Atom
   * @param listing the articles, newest first
   * @return the feed's XML
   */
  public String feed(Tenant tenant, FeedScope scope, FeedFormat format, ArticleListing listing) {
    return FeedWriter.write(tenant, scope, format, listing, urls(tenant), clock.instant(), images);
  }

  // ---- sitemaps ----

  /**
   * The sitemap entry of an article, if it belongs in a sitemap: published, indexable, and not
   * pointing its canonical URL elsewhere.
   *
   * @param tenant the tenant
   * @param article the article
   * @return the entry, or empty
   */
  public Optional<SitemapUrl> sitemapUrl(Tenant tenant, Article article) {
    if (!article.isPublished() || article.seo().noIndex()) {
      return Optional.empty();
    }
    String url = urls(tenant).article(tenant, article);
    String canonical = SafeUrls.httpOrNull(article.seo().canonicalUrl());
    if (canonical != null && !canonical.equals(url)) {
      return Optional.empty();
    }
    Instant published = ViewAssembler.publishedAt(article);
    Instant modified =
        article.updatedAt() != null && article.updatedAt().isAfter(published)
            ? article.updatedAt()
            : published;
    return Optional.of(new SitemapUrl(url, modified));
  }

  /**
   * A sitemap of any URLs, split into files of at most 50,000 behind an index when needed.
   *
   * @param tenant the tenant
   * @param urls the URLs, iterated once
   * @return the files
   */
  public SitemapSet sitemap(Tenant tenant, Iterable<SitemapUrl> urls) {
    UrlStrategy strategy = urls(tenant);
    return SitemapWriter.sitemap(urls, tenant.timeZone(), n -> strategy.sitemapPart(tenant, n));
  }

  /**
   * A Google News sitemap: the published, indexable articles of the last two days by the renderer's
   * clock, newest first, at most 1,000 per file.
   *
   * @param tenant the tenant
   * @param articles candidate articles; others are filtered out
   * @return the files
   */
  public SitemapSet newsSitemap(Tenant tenant, Iterable<Article> articles) {
    Instant now = clock.instant();
    Instant since = now.minus(NEWS_WINDOW);
    List<Article> recent = new ArrayList<>();
    for (Article a : articles) {
      if (!a.isPublished() || a.seo().noIndex() || !a.tenantId().equals(tenant.id())) {
        continue;
      }
      Instant published = ViewAssembler.publishedAt(a);
      if (!published.isBefore(since) && !published.isAfter(now)) {
        recent.add(a);
      }
    }
    recent.sort(Comparator.comparing(ViewAssembler::publishedAt).reversed());
    UrlStrategy strategy = urls(tenant);
    return SitemapWriter.news(
        tenant, recent, a -> strategy.article(tenant, a), n -> strategy.newsSitemapPart(tenant, n));
  }

  /** Builder of {@link DatelineRenderer}; not thread-safe. Hooks run in the order installed. */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private UrlStrategy urls = UrlStrategy.standard();
    private final Map<TenantId, UrlStrategy> tenantUrls = new HashMap<>();
    private Theme theme = JteTheme.standard();
    private final List<BlockRenderer<?>> renderers = new ArrayList<>();
    private final List<HeadContributor> contributors = new ArrayList<>();
    private final List<RenderListener> listeners = new ArrayList<>();
    private @Nullable RenditionUrls renditionUrls;

    private Builder() {}

    /**
     * Sets where the renditions of image assets are fetched from: an image proxy or CDN. By default
     * they are the embedded resizer's paths of a site mounted at {@code /} ({@code
     * io.dateline.cms.media.embedded.SiteRenditionUrls}: {@code
     * /_media/{tenant}/{image}/{version}/{ratio}/{width}.jpg}); a site under another base path
     * passes {@code new SiteRenditionUrls(basePath, widths)} here. Relative URLs are resolved
     * against the tenant's base URL.
     *
     * @param renditionUrls the rendition service; thread-safe, without I/O
     * @return this builder
     * @throws IllegalArgumentException when it offers no positive width
     * @since 0.1.0
     */
    public Builder renditionUrls(RenditionUrls renditionUrls) {
      Objects.requireNonNull(renditionUrls, "renditionUrls");
      new ImageRenditions(renditionUrls); // checks the widths now rather than at the first page
      this.renditionUrls = renditionUrls;
      return this;
    }

    /**
     * Sets the clock that decides what the news sitemap's last two days are.
     *
     * @param clock the clock; never {@code null}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the URL strategy of every tenant without its own.
     *
     * @param urls the strategy; never {@code null}
     * @return this builder
     */
    public Builder urlStrategy(UrlStrategy urls) {
      this.urls = Objects.requireNonNull(urls, "urls");
      return this;
    }

    /**
     * Sets one tenant's URL strategy.
     *
     * @param tenant the tenant's id
     * @param urls the strategy
     * @return this builder
     */
    public Builder urlStrategy(TenantId tenant, UrlStrategy urls) {
      tenantUrls.put(
          Objects.requireNonNull(tenant, "tenant"), Objects.requireNonNull(urls, "urls"));
      return this;
    }

    /**
     * Sets the theme.
     *
     * @param theme the theme; never {@code null}
     * @return this builder
     */
    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /**
     * Installs a block renderer; it replaces the theme's for the blocks it {@linkplain
     * BlockRenderer#handles handles}.
     *
     * @param renderer the renderer
     * @return this builder
     */
    public Builder blockRenderer(BlockRenderer<?> renderer) {
      renderers.add(Objects.requireNonNull(renderer, "renderer"));
      return this;
    }

    /**
     * Installs a head contributor.
     *
     * @param contributor the contributor
     * @return this builder
     */
    public Builder headContributor(HeadContributor contributor) {
      contributors.add(Objects.requireNonNull(contributor, "contributor"));
      return this;
    }

    /**
     * Installs a render listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(RenderListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @return the renderer
     */
    public DatelineRenderer build() {
      return new DatelineRenderer(this);
    }
  }
}
