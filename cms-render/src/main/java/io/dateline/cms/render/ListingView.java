package io.dateline.cms.render;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.render.internal.ImageRenditions;
import io.dateline.cms.render.internal.ViewAssembler;
import io.dateline.cms.render.spi.UrlStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything a listing page shows: the latest headlines, or a section's, tag's, author's or
 * location's articles, with "Exclusive" badges, view counts and a cursor link to the next page.
 *
 * <p>Immutable and thread-safe. Text values are plain text for a template to escape.
 *
 * @param tenant the tenant; never {@code null}
 * @param subject what is listed
 * @param locale the page's locale
 * @param language the page's language as a BCP 47 tag
 * @param title the page's heading ("Politics", "Latest news")
 * @param url this page's canonical URL (with its cursor, after the first page)
 * @param firstPageUrl the listing's first page
 * @param items the headlines, newest first
 * @param nextUrl the next page, or {@code null} on the last page
 * @param mostRead a "most read" list; may be empty
 * @param feeds feeds the page advertises
 * @param alternates the same listing in the tenant's other languages, with {@code x-default}; empty
 *     for a single-language tenant
 * @param labels the theme's words
 * @param homeUrl the edition's front page
 * @param images the publication's logo and icon (the listing's thumbnails are on its items)
 * @since 0.1.0
 */
public record ListingView(
    Tenant tenant,
    ListingSubject subject,
    Locale locale,
    String language,
    String title,
    String url,
    String firstPageUrl,
    List<HeadlineView> items,
    @Nullable String nextUrl,
    List<HeadlineView> mostRead,
    List<FeedLink> feeds,
    List<AlternateLink> alternates,
    Labels labels,
    String homeUrl,
    PageImages images) {

  /** Copies the lists. */
  public ListingView {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(subject, "subject");
    items = List.copyOf(items);
    mostRead = List.copyOf(mostRead);
    feeds = List.copyOf(feeds);
    alternates = List.copyOf(alternates);
    images = images == null ? PageImages.NONE : images;
  }

  /**
   * A listing view without images, as before image assets existed.
   *
   * @param tenant the tenant
   * @param subject what is listed
   * @param locale the page's locale
   * @param language the page's language as a BCP 47 tag
   * @param title the page's heading
   * @param url this page's canonical URL
   * @param firstPageUrl the listing's first page
   * @param items the headlines
   * @param nextUrl the next page, or {@code null}
   * @param mostRead a "most read" list
   * @param feeds feeds the page advertises
   * @param alternates the same listing in other languages
   * @param labels the theme's words
   * @param homeUrl the edition's front page
   */
  public ListingView(
      Tenant tenant,
      ListingSubject subject,
      Locale locale,
      String language,
      String title,
      String url,
      String firstPageUrl,
      List<HeadlineView> items,
      @Nullable String nextUrl,
      List<HeadlineView> mostRead,
      List<FeedLink> feeds,
      List<AlternateLink> alternates,
      Labels labels,
      String homeUrl) {
    this(
        tenant,
        subject,
        locale,
        language,
        title,
        url,
        firstPageUrl,
        items,
        nextUrl,
        mostRead,
        feeds,
        alternates,
        labels,
        homeUrl,
        PageImages.NONE);
  }

  /**
   * Starts building a listing view.
   *
   * @param tenant the tenant
   * @param subject what is listed
   * @param listing one page of articles with their references and the next cursor
   * @return a builder using {@link UrlStrategy#standard()} and the tenant's default locale until
   *     told otherwise
   */
  public static Builder builder(Tenant tenant, ListingSubject subject, ArticleListing listing) {
    return new Builder(tenant, subject, listing);
  }

  /** Builder of {@link ListingView}; not thread-safe. */
  public static final class Builder {
    private final Tenant tenant;
    private final ListingSubject subject;
    private final ArticleListing listing;
    private UrlStrategy urls = UrlStrategy.standard();
    private @Nullable Locale locale;
    private Map<ArticleId, Long> viewCounts = Map.of();
    private @Nullable PageCursor current;
    private List<HeadlineView> mostRead = List.of();
    private ImageRenditions renditions = ImageRenditions.standard();

    private Builder(Tenant tenant, ListingSubject subject, ArticleListing listing) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
      this.subject = Objects.requireNonNull(subject, "subject");
      this.listing = Objects.requireNonNull(listing, "listing");
    }

    /**
     * Sets the URL strategy.
     *
     * @param urls the strategy; never {@code null}
     * @return this builder
     */
    public Builder urls(UrlStrategy urls) {
      this.urls = Objects.requireNonNull(urls, "urls");
      return this;
    }

    /** Sets where image renditions are; the renderer passes its own. */
    Builder renditions(ImageRenditions renditions) {
      this.renditions = Objects.requireNonNull(renditions, "renditions");
      return this;
    }

    /**
     * Sets the page's locale (its language edition). Defaults to the tenant's default locale.
     *
     * @param locale the locale; {@code null} restores the default
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets view counts by article; articles without one show 0 views.
     *
     * @param viewCounts counts; never {@code null}
     * @return this builder
     */
    public Builder viewCounts(Map<ArticleId, Long> viewCounts) {
      this.viewCounts = Map.copyOf(viewCounts);
      return this;
    }

    /**
     * Sets the cursor this page was requested with, for its canonical URL.
     *
     * @param current the cursor, or {@code null} for the first page
     * @return this builder
     */
    public Builder current(@Nullable PageCursor current) {
      this.current = current;
      return this;
    }

    /**
     * Sets the "most read" list shown beside the listing.
     *
     * @param mostRead the list; never {@code null}
     * @return this builder
     */
    public Builder mostRead(List<HeadlineView> mostRead) {
      this.mostRead = List.copyOf(mostRead);
      return this;
    }

    /**
     * Builds the view.
     *
     * @return the view
     */
    public ListingView build() {
      Locale page = locale != null ? locale : tenant.defaultLocale();
      return ViewAssembler.listing(
          tenant, subject, listing, urls, page, viewCounts, current, mostRead, renditions);
    }
  }
}
