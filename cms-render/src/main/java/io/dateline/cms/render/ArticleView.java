package io.dateline.cms.render;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.internal.SafeUrls;
import io.dateline.cms.render.internal.ViewAssembler;
import io.dateline.cms.render.spi.UrlStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Everything an article page shows, resolved and formatted: names in the page's language, times in
 * the tenant's zone, counts with the locale's plural forms, absolute URLs already checked. Text
 * values are plain text: a template escapes them (jte does so by context); only {@link #body()}
 * needs rendering, through {@code DatelineRenderer} or {@code ArticlePage#body()}.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable. Build it with {@link #builder} or {@code
 * DatelineRenderer.article(...)}; it never talks to storage.
 *
 * @param tenant the tenant; never {@code null}
 * @param article the article the view was built from, for templates that need more
 * @param locale the page's locale (labels, numbers, dates)
 * @param language the article's language as a BCP 47 tag ({@code html lang}, {@code inLanguage})
 * @param url the article's own URL
 * @param canonicalUrl the canonical URL: the SEO override when set, else {@link #url()}
 * @param title the SEO title when set, else the headline
 * @param description the SEO description when set, else the lead
 * @param noIndex whether search engines are asked not to index the page
 * @param headline the headline
 * @param lead the lead; may be empty
 * @param exclusive whether to show the "Exclusive" badge
 * @param published when it was published
 * @param modified when it last changed; equals {@link #published()} when it has not
 * @param updated whether to show the update time (it differs from the publish time)
 * @param dateline the dateline's place, or {@code null}
 * @param datelineText the dateline: "Kyiv • UNN", or the publication name without a place
 * @param viewCount the number of views
 * @param viewCountText the views in words ("30,138 views")
 * @param body the body blocks
 * @param attribution the source attribution as runs; empty without sources
 * @param authors the byline, in order
 * @param sections the sections, primary first
 * @param tags the tags
 * @param places the places
 * @param image the featured image, or {@code null}
 * @param alternates language versions including this one and {@code x-default}; empty without
 *     translations
 * @param feeds feeds the page advertises
 * @param mostRead a "most read" list for the page; may be empty
 * @param labels the theme's words in the page's language
 * @param homeUrl the front page of the article's edition
 * @param beaconUrl where the page reports a view (a view beacon, so that pages served from a cache
 *     are still counted), or {@code null} for none; always http(s) or site-relative
 * @since 0.1.0
 */
public record ArticleView(
    Tenant tenant,
    Article article,
    Locale locale,
    String language,
    String url,
    String canonicalUrl,
    String title,
    String description,
    boolean noIndex,
    String headline,
    String lead,
    boolean exclusive,
    TimeView published,
    TimeView modified,
    boolean updated,
    @Nullable LinkView dateline,
    String datelineText,
    long viewCount,
    String viewCountText,
    List<Block> body,
    List<TextRun> attribution,
    List<LinkView> authors,
    List<LinkView> sections,
    List<LinkView> tags,
    List<LinkView> places,
    @Nullable ImageView image,
    List<AlternateLink> alternates,
    List<FeedLink> feeds,
    List<HeadlineView> mostRead,
    Labels labels,
    String homeUrl,
    @Nullable String beaconUrl) {

  /** Copies the lists. */
  public ArticleView {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(article, "article");
    body = List.copyOf(body);
    attribution = List.copyOf(attribution);
    authors = List.copyOf(authors);
    sections = List.copyOf(sections);
    tags = List.copyOf(tags);
    places = List.copyOf(places);
    alternates = List.copyOf(alternates);
    feeds = List.copyOf(feeds);
    mostRead = List.copyOf(mostRead);
  }

  /**
   * Starts building the view of an article.
   *
   * @param tenant the article's tenant
   * @param article the article
   * @param references its resolved authors, sections, tags and locations; ids that are missing are
   *     left out of the page
   * @return a builder using {@link UrlStrategy#standard()} until told otherwise
   */
  public static Builder builder(Tenant tenant, Article article, References references) {
    return new Builder(tenant, article, references);
  }

  /** Builder of {@link ArticleView}; not thread-safe. */
  public static final class Builder {
    private final Tenant tenant;
    private final Article article;
    private final References references;
    private UrlStrategy urls = UrlStrategy.standard();
    private @Nullable Locale locale;
    private long viewCount;
    private List<Article> translations = List.of();
    private List<HeadlineView> mostRead = List.of();
    private @Nullable String beaconUrl;

    private Builder(Tenant tenant, Article article, References references) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
      this.article = Objects.requireNonNull(article, "article");
      this.references = Objects.requireNonNull(references, "references");
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

    /**
     * Sets the page's locale. Defaults to the article's language.
     *
     * @param locale the locale; {@code null} restores the default
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets the view count.
     *
     * @param viewCount views so far, 0 or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder viewCount(long viewCount) {
      if (viewCount < 0) {
        throw new IllegalArgumentException("viewCount must not be negative: " + viewCount);
      }
      this.viewCount = viewCount;
      return this;
    }

    /**
     * Sets the article's translations. Only published ones with the same translation key become
     * {@code hreflang} alternates; the article itself may be in the list.
     *
     * @param translations the translations; never {@code null}
     * @return this builder
     */
    public Builder translations(List<Article> translations) {
      this.translations = List.copyOf(translations);
      return this;
    }

    /**
     * Sets the "most read" list shown beside the article.
     *
     * @param mostRead the list; never {@code null}
     * @return this builder
     */
    public Builder mostRead(List<HeadlineView> mostRead) {
      this.mostRead = List.copyOf(mostRead);
      return this;
    }

    /**
     * Sets the URL the page's view beacon reports to. The standard theme then writes, inside the
     * article, an element that {@code JteTheme.standardBeaconScript()} finds and a {@code
     * <noscript>} image for readers without scripts. Only http(s) URLs with a host and
     * site-relative paths are kept, the same rule as every other URL on the page; anything else is
     * ignored, as if {@code null} had been passed, so a bad setting loses the beacon rather than
     * the page.
     *
     * @param url the beacon's URL; {@code null} for no beacon (the default)
     * @return this builder
     * @since 0.1.0
     */
    public Builder beaconUrl(String url) {
      this.beaconUrl = SafeUrls.isSafeResource(url) ? url : null;
      return this;
    }

    /**
     * Builds the view.
     *
     * @return the view
     */
    public ArticleView build() {
      Locale page = locale != null ? locale : article.language();
      return ViewAssembler.article(
          tenant, article, references, urls, page, viewCount, translations, mostRead, beaconUrl);
    }
  }
}
