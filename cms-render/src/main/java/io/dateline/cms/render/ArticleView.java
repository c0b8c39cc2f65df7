package io.dateline.cms.render;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.internal.ImageRenditions;
import io.dateline.cms.render.internal.SafeUrls;
import io.dateline.cms.render.internal.ViewAssembler;
import io.dateline.cms.render.spi.UrlStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Everything an article page shows, resolved and formatted: names in the page's language, times in
 * the tenant's zone, counts with the locale's plural forms, absolute URLs already checked. Text
 * values are plain text: a template escapes them (jte does so by context); only {@link #body()}
 * needs rendering, through {@code DatelineRenderer} or {@code ArticlePage#body()}.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable. Build it with {@link #builder} or {@code
 * DatelineRenderer.article(...)}; it never talks to storage. To change a few values of a built view
 * (a theme's own title, say), use {@link #toBuilder()} or {@link #with(Consumer)}.
 *
 * <p>A class rather than a record, so that adding a value is not a breaking change. It behaves like
 * a record otherwise: one accessor per value, named after it, and {@link #equals(Object)}, {@link
 * #hashCode()} and {@link #toString()} over all values.
 *
 * @since 0.1.0
 */
public final class ArticleView {
  private final Tenant tenant;
  private final Article article;
  private final Locale locale;
  private final String language;
  private final String url;
  private final String canonicalUrl;
  private final String title;
  private final String description;
  private final boolean noIndex;
  private final String headline;
  private final String lead;
  private final boolean exclusive;
  private final TimeView published;
  private final TimeView modified;
  private final boolean updated;
  private final @Nullable LinkView dateline;
  private final String datelineText;
  private final long viewCount;
  private final String viewCountText;
  private final List<Block> body;
  private final List<TextRun> attribution;
  private final List<LinkView> authors;
  private final List<LinkView> sections;
  private final List<LinkView> tags;
  private final List<LinkView> places;
  private final @Nullable ImageView image;
  private final PageImages images;
  private final List<AlternateLink> alternates;
  private final List<FeedLink> feeds;
  private final List<HeadlineView> mostRead;
  private final List<HeadlineView> related;
  private final String relatedTitle;
  private final List<NoticeView> notices;
  private final Labels labels;
  private final String homeUrl;
  private final @Nullable String beaconUrl;

  private ArticleView(FieldBuilder b) {
    this.tenant = Objects.requireNonNull(b.tenant, "tenant");
    this.article = Objects.requireNonNull(b.article, "article");
    this.locale = Objects.requireNonNull(b.locale, "locale");
    this.language = Objects.requireNonNull(b.language, "language");
    this.url = Objects.requireNonNull(b.url, "url");
    this.canonicalUrl = Objects.requireNonNull(b.canonicalUrl, "canonicalUrl");
    this.title = Objects.requireNonNull(b.title, "title");
    this.description = Objects.requireNonNull(b.description, "description");
    this.noIndex = b.noIndex;
    this.headline = Objects.requireNonNull(b.headline, "headline");
    this.lead = Objects.requireNonNull(b.lead, "lead");
    this.exclusive = b.exclusive;
    this.published = Objects.requireNonNull(b.published, "published");
    this.modified = Objects.requireNonNull(b.modified, "modified");
    this.updated = b.updated;
    this.dateline = b.dateline;
    this.datelineText = Objects.requireNonNull(b.datelineText, "datelineText");
    this.viewCount = b.viewCount;
    this.viewCountText = Objects.requireNonNull(b.viewCountText, "viewCountText");
    this.body = List.copyOf(b.body);
    this.attribution = List.copyOf(b.attribution);
    this.authors = List.copyOf(b.authors);
    this.sections = List.copyOf(b.sections);
    this.tags = List.copyOf(b.tags);
    this.places = List.copyOf(b.places);
    this.image = b.image;
    this.images = b.images;
    this.alternates = List.copyOf(b.alternates);
    this.feeds = List.copyOf(b.feeds);
    this.mostRead = List.copyOf(b.mostRead);
    this.related = List.copyOf(b.related);
    this.relatedTitle = Objects.requireNonNull(b.relatedTitle, "relatedTitle");
    this.notices = List.copyOf(b.notices);
    this.labels = Objects.requireNonNull(b.labels, "labels");
    this.homeUrl = Objects.requireNonNull(b.homeUrl, "homeUrl");
    this.beaconUrl = b.beaconUrl;
  }

  /**
   * Returns {@code tenant}.
   *
   * @return the tenant; never {@code null}
   */
  public Tenant tenant() {
    return tenant;
  }

  /**
   * Returns {@code article}.
   *
   * @return the article the view was built from, for templates that need more
   */
  public Article article() {
    return article;
  }

  /**
   * Returns {@code locale}.
   *
   * @return the page's locale (labels, numbers, dates)
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns {@code language}.
   *
   * @return the article's language as a BCP 47 tag ({@code html lang}, {@code inLanguage})
   */
  public String language() {
    return language;
  }

  /**
   * Returns {@code url}.
   *
   * @return the article's own URL
   */
  public String url() {
    return url;
  }

  /**
   * Returns {@code canonicalUrl}.
   *
   * @return the canonical URL: the SEO override when set, else {@link #url()}
   */
  public String canonicalUrl() {
    return canonicalUrl;
  }

  /**
   * Returns {@code title}.
   *
   * @return the SEO title when set, else the headline
   */
  public String title() {
    return title;
  }

  /**
   * Returns {@code description}.
   *
   * @return the SEO description when set, else the lead
   */
  public String description() {
    return description;
  }

  /**
   * Returns {@code noIndex}.
   *
   * @return whether search engines are asked not to index the page
   */
  public boolean noIndex() {
    return noIndex;
  }

  /**
   * Returns {@code headline}.
   *
   * @return the headline
   */
  public String headline() {
    return headline;
  }

  /**
   * Returns {@code lead}.
   *
   * @return the lead; may be empty
   */
  public String lead() {
    return lead;
  }

  /**
   * Returns {@code exclusive}.
   *
   * @return whether to show the "Exclusive" badge
   */
  public boolean exclusive() {
    return exclusive;
  }

  /**
   * Returns {@code published}.
   *
   * @return when it was published
   */
  public TimeView published() {
    return published;
  }

  /**
   * Returns {@code modified}.
   *
   * @return when it last changed; equals {@link #published()} when it has not
   */
  public TimeView modified() {
    return modified;
  }

  /**
   * Returns {@code updated}.
   *
   * @return whether to show the update time (it differs from the publish time)
   */
  public boolean updated() {
    return updated;
  }

  /**
   * Returns {@code dateline}.
   *
   * @return the dateline's place, or {@code null}
   */
  public @Nullable LinkView dateline() {
    return dateline;
  }

  /**
   * Returns {@code datelineText}.
   *
   * @return the dateline: "Kyiv • UNN", or the publication name without a place
   */
  public String datelineText() {
    return datelineText;
  }

  /**
   * Returns {@code viewCount}.
   *
   * @return the number of views
   */
  public long viewCount() {
    return viewCount;
  }

  /**
   * Returns {@code viewCountText}.
   *
   * @return the views in words ("30,138 views")
   */
  public String viewCountText() {
    return viewCountText;
  }

  /**
   * Returns {@code body}.
   *
   * @return the body blocks
   */
  public List<Block> body() {
    return body;
  }

  /**
   * Returns {@code attribution}.
   *
   * @return the source attribution as runs; empty without sources
   */
  public List<TextRun> attribution() {
    return attribution;
  }

  /**
   * Returns {@code authors}.
   *
   * @return the byline, in order
   */
  public List<LinkView> authors() {
    return authors;
  }

  /**
   * Returns {@code sections}.
   *
   * @return the sections, primary first
   */
  public List<LinkView> sections() {
    return sections;
  }

  /**
   * Returns {@code tags}.
   *
   * @return the tags
   */
  public List<LinkView> tags() {
    return tags;
  }

  /**
   * Returns {@code places}.
   *
   * @return the places
   */
  public List<LinkView> places() {
    return places;
  }

  /**
   * Returns {@code image}.
   *
   * @return the featured image, or {@code null}
   */
  public @Nullable ImageView image() {
    return image;
  }

  /**
   * The page's other images: body images by asset, the authors' portraits, the publication's logo
   * and icon.
   *
   * @return the images; never {@code null}
   * @since 0.1.0
   */
  public PageImages images() {
    return images;
  }

  /**
   * Returns {@code alternates}.
   *
   * @return language versions including this one and {@code x-default}; empty without translations
   */
  public List<AlternateLink> alternates() {
    return alternates;
  }

  /**
   * Returns {@code feeds}.
   *
   * @return feeds the page advertises
   */
  public List<FeedLink> feeds() {
    return feeds;
  }

  /**
   * Returns {@code mostRead}.
   *
   * @return a "most read" list for the page; may be empty
   */
  public List<HeadlineView> mostRead() {
    return mostRead;
  }

  /**
   * Returns {@code related}.
   *
   * @return the related news shown under the article: the editors' picks first, then automatic
   *     matches; may be empty
   * @since 0.1.0
   */
  public List<HeadlineView> related() {
    return related;
  }

  /**
   * Returns {@code relatedTitle}.
   *
   * @return the heading of the related news box in the page's language ("Related news")
   * @since 0.1.0
   */
  public String relatedTitle() {
    return relatedTitle;
  }

  /**
   * Returns {@code notices}.
   *
   * @return the article's corrections, updates, clarifications and editor's notes, in the editors'
   *     order; may be empty
   * @since 0.1.0
   */
  public List<NoticeView> notices() {
    return notices;
  }

  /**
   * Returns {@code labels}.
   *
   * @return the theme's words in the page's language
   */
  public Labels labels() {
    return labels;
  }

  /**
   * Returns {@code homeUrl}.
   *
   * @return the front page of the article's edition
   */
  public String homeUrl() {
    return homeUrl;
  }

  /**
   * Returns {@code beaconUrl}.
   *
   * @return where the page reports a view (a view beacon, so that pages served from a cache are
   *     still counted), or {@code null} for none; always http(s) or site-relative
   */
  public @Nullable String beaconUrl() {
    return beaconUrl;
  }

  /**
   * Starts building a view from values already resolved and formatted, each set on the builder.
   * Most code wants {@link #builder(Tenant, Article, References)}, which works them out.
   *
   * @param tenant the tenant
   * @param article the article the view shows
   * @return a builder with empty lists and no values otherwise; {@link FieldBuilder#build()}
   *     requires every value that is never {@code null}
   */
  public static FieldBuilder fieldBuilder(Tenant tenant, Article article) {
    return new FieldBuilder(tenant, article);
  }

  /**
   * Starts a builder holding this view's values.
   *
   * @return a new builder
   */
  public FieldBuilder toBuilder() {
    FieldBuilder b = new FieldBuilder(tenant, article);
    b.locale = locale;
    b.language = language;
    b.url = url;
    b.canonicalUrl = canonicalUrl;
    b.title = title;
    b.description = description;
    b.noIndex = noIndex;
    b.headline = headline;
    b.lead = lead;
    b.exclusive = exclusive;
    b.published = published;
    b.modified = modified;
    b.updated = updated;
    b.dateline = dateline;
    b.datelineText = datelineText;
    b.viewCount = viewCount;
    b.viewCountText = viewCountText;
    b.body = body;
    b.attribution = attribution;
    b.authors = authors;
    b.sections = sections;
    b.tags = tags;
    b.places = places;
    b.image = image;
    b.images = images;
    b.alternates = alternates;
    b.feeds = feeds;
    b.mostRead = mostRead;
    b.related = related;
    b.relatedTitle = relatedTitle;
    b.notices = notices;
    b.labels = labels;
    b.homeUrl = homeUrl;
    b.beaconUrl = beaconUrl;
    return b;
  }

  /**
   * A copy of this view with some values changed: {@code view.with(v -> v.title("Live: " +
   * view.headline()))}. Short for {@code toBuilder()}, the changes, {@code build()}.
   *
   * @param change sets the values to change on a builder holding this view's values
   * @return the changed copy; this view is left as it is
   */
  public ArticleView with(Consumer<FieldBuilder> change) {
    FieldBuilder b = toBuilder();
    change.accept(b);
    return b.build();
  }

  /**
   * Compares all values, as a record would.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code ArticleView} with equal values
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ArticleView that)) {
      return false;
    }
    return Objects.equals(tenant, that.tenant)
        && Objects.equals(article, that.article)
        && Objects.equals(locale, that.locale)
        && Objects.equals(language, that.language)
        && Objects.equals(url, that.url)
        && Objects.equals(canonicalUrl, that.canonicalUrl)
        && Objects.equals(title, that.title)
        && Objects.equals(description, that.description)
        && noIndex == that.noIndex
        && Objects.equals(headline, that.headline)
        && Objects.equals(lead, that.lead)
        && exclusive == that.exclusive
        && Objects.equals(published, that.published)
        && Objects.equals(modified, that.modified)
        && updated == that.updated
        && Objects.equals(dateline, that.dateline)
        && Objects.equals(datelineText, that.datelineText)
        && viewCount == that.viewCount
        && Objects.equals(viewCountText, that.viewCountText)
        && Objects.equals(body, that.body)
        && Objects.equals(attribution, that.attribution)
        && Objects.equals(authors, that.authors)
        && Objects.equals(sections, that.sections)
        && Objects.equals(tags, that.tags)
        && Objects.equals(places, that.places)
        && Objects.equals(image, that.image)
        && Objects.equals(images, that.images)
        && Objects.equals(alternates, that.alternates)
        && Objects.equals(feeds, that.feeds)
        && Objects.equals(mostRead, that.mostRead)
        && Objects.equals(related, that.related)
        && Objects.equals(relatedTitle, that.relatedTitle)
        && Objects.equals(notices, that.notices)
        && Objects.equals(labels, that.labels)
        && Objects.equals(homeUrl, that.homeUrl)
        && Objects.equals(beaconUrl, that.beaconUrl);
  }

  /**
   * Hashes all values, consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        tenant,
        article,
        locale,
        language,
        url,
        canonicalUrl,
        title,
        description,
        noIndex,
        headline,
        lead,
        exclusive,
        published,
        modified,
        updated,
        dateline,
        datelineText,
        viewCount,
        viewCountText,
        body,
        attribution,
        authors,
        sections,
        tags,
        places,
        image,
        images,
        alternates,
        feeds,
        mostRead,
        related,
        relatedTitle,
        notices,
        labels,
        homeUrl,
        beaconUrl);
  }

  /**
   * Lists all values, in the form a record would: {@code ArticleView[tenant=..., ...]}.
   *
   * @return the values as text
   */
  @Override
  public String toString() {
    return "ArticleView["
        + "tenant="
        + tenant
        + ", article="
        + article
        + ", locale="
        + locale
        + ", language="
        + language
        + ", url="
        + url
        + ", canonicalUrl="
        + canonicalUrl
        + ", title="
        + title
        + ", description="
        + description
        + ", noIndex="
        + noIndex
        + ", headline="
        + headline
        + ", lead="
        + lead
        + ", exclusive="
        + exclusive
        + ", published="
        + published
        + ", modified="
        + modified
        + ", updated="
        + updated
        + ", dateline="
        + dateline
        + ", datelineText="
        + datelineText
        + ", viewCount="
        + viewCount
        + ", viewCountText="
        + viewCountText
        + ", body="
        + body
        + ", attribution="
        + attribution
        + ", authors="
        + authors
        + ", sections="
        + sections
        + ", tags="
        + tags
        + ", places="
        + places
        + ", image="
        + image
        + ", images="
        + images
        + ", alternates="
        + alternates
        + ", feeds="
        + feeds
        + ", mostRead="
        + mostRead
        + ", related="
        + related
        + ", relatedTitle="
        + relatedTitle
        + ", notices="
        + notices
        + ", labels="
        + labels
        + ", homeUrl="
        + homeUrl
        + ", beaconUrl="
        + beaconUrl
        + "]";
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
    private List<HeadlineView> related = List.of();
    private @Nullable String beaconUrl;
    private ImageRenditions renditions = ImageRenditions.standard();

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

    /** Sets where image renditions are; the renderer passes its own. */
    Builder renditions(ImageRenditions renditions) {
      this.renditions = Objects.requireNonNull(renditions, "renditions");
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
     * Sets the related news shown under the article, in order (build it with {@code
     * DatelineRenderer.headlines} from {@code ArticleService.related}).
     *
     * @param related the headlines; never {@code null}
     * @return this builder
     * @since 0.1.0
     */
    public Builder related(List<HeadlineView> related) {
      this.related = List.copyOf(related);
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
              tenant,
              article,
              references,
              urls,
              page,
              viewCount,
              translations,
              mostRead,
              beaconUrl,
              renditions)
          .with(v -> v.related(related));
    }
  }

  /**
   * Builder of an {@link ArticleView} from its values as they are shown, for {@link #toBuilder()}
   * and for code that resolves and formats them itself; not thread-safe. Lists are copied when
   * built and must not hold {@code null}. Values are taken as given: unlike {@link Builder}, it
   * checks no URL, so code that sets one from outside input checks it first.
   */
  public static final class FieldBuilder {
    private Tenant tenant;
    private Article article;
    private @Nullable Locale locale;
    private @Nullable String language;
    private @Nullable String url;
    private @Nullable String canonicalUrl;
    private @Nullable String title;
    private @Nullable String description;
    private boolean noIndex;
    private @Nullable String headline;
    private @Nullable String lead;
    private boolean exclusive;
    private @Nullable TimeView published;
    private @Nullable TimeView modified;
    private boolean updated;
    private @Nullable LinkView dateline;
    private @Nullable String datelineText;
    private long viewCount;
    private @Nullable String viewCountText;
    private List<Block> body = List.of();
    private List<TextRun> attribution = List.of();
    private List<LinkView> authors = List.of();
    private List<LinkView> sections = List.of();
    private List<LinkView> tags = List.of();
    private List<LinkView> places = List.of();
    private @Nullable ImageView image;
    private PageImages images = PageImages.NONE;
    private List<AlternateLink> alternates = List.of();
    private List<FeedLink> feeds = List.of();
    private List<HeadlineView> mostRead = List.of();
    private List<HeadlineView> related = List.of();
    private String relatedTitle = "";
    private List<NoticeView> notices = List.of();
    private @Nullable Labels labels;
    private @Nullable String homeUrl;
    private @Nullable String beaconUrl;

    private FieldBuilder(Tenant tenant, Article article) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
      this.article = Objects.requireNonNull(article, "article");
    }

    /**
     * Sets {@code tenant}.
     *
     * @param tenant the tenant; never {@code null}
     * @return this builder
     */
    public FieldBuilder tenant(Tenant tenant) {
      this.tenant = Objects.requireNonNull(tenant, "tenant");
      return this;
    }

    /**
     * Sets {@code article}.
     *
     * @param article the article the view was built from, for templates that need more
     * @return this builder
     */
    public FieldBuilder article(Article article) {
      this.article = Objects.requireNonNull(article, "article");
      return this;
    }

    /**
     * Sets {@code locale}.
     *
     * @param locale the page's locale (labels, numbers, dates)
     * @return this builder
     */
    public FieldBuilder locale(Locale locale) {
      this.locale = locale;
      return this;
    }

    /**
     * Sets {@code language}.
     *
     * @param language the article's language as a BCP 47 tag ({@code html lang}, {@code
     *     inLanguage})
     * @return this builder
     */
    public FieldBuilder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets {@code url}.
     *
     * @param url the article's own URL
     * @return this builder
     */
    public FieldBuilder url(String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets {@code canonicalUrl}.
     *
     * @param canonicalUrl the canonical URL: the SEO override when set, else {@link #url()}
     * @return this builder
     */
    public FieldBuilder canonicalUrl(String canonicalUrl) {
      this.canonicalUrl = canonicalUrl;
      return this;
    }

    /**
     * Sets {@code title}.
     *
     * @param title the SEO title when set, else the headline
     * @return this builder
     */
    public FieldBuilder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets {@code description}.
     *
     * @param description the SEO description when set, else the lead
     * @return this builder
     */
    public FieldBuilder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets {@code noIndex}.
     *
     * @param noIndex whether search engines are asked not to index the page
     * @return this builder
     */
    public FieldBuilder noIndex(boolean noIndex) {
      this.noIndex = noIndex;
      return this;
    }

    /**
     * Sets {@code headline}.
     *
     * @param headline the headline
     * @return this builder
     */
    public FieldBuilder headline(String headline) {
      this.headline = headline;
      return this;
    }

    /**
     * Sets {@code lead}.
     *
     * @param lead the lead; may be empty
     * @return this builder
     */
    public FieldBuilder lead(String lead) {
      this.lead = lead;
      return this;
    }

    /**
     * Sets {@code exclusive}.
     *
     * @param exclusive whether to show the "Exclusive" badge
     * @return this builder
     */
    public FieldBuilder exclusive(boolean exclusive) {
      this.exclusive = exclusive;
      return this;
    }

    /**
     * Sets {@code published}.
     *
     * @param published when it was published
     * @return this builder
     */
    public FieldBuilder published(TimeView published) {
      this.published = published;
      return this;
    }

    /**
     * Sets {@code modified}.
     *
     * @param modified when it last changed; equals {@link #published()} when it has not
     * @return this builder
     */
    public FieldBuilder modified(TimeView modified) {
      this.modified = modified;
      return this;
    }

    /**
     * Sets {@code updated}.
     *
     * @param updated whether to show the update time (it differs from the publish time)
     * @return this builder
     */
    public FieldBuilder updated(boolean updated) {
      this.updated = updated;
      return this;
    }

    /**
     * Sets {@code dateline}.
     *
     * @param dateline the dateline's place, or {@code null}
     * @return this builder
     */
    public FieldBuilder dateline(@Nullable LinkView dateline) {
      this.dateline = dateline;
      return this;
    }

    /**
     * Sets {@code datelineText}.
     *
     * @param datelineText the dateline: "Kyiv • UNN", or the publication name without a place
     * @return this builder
     */
    public FieldBuilder datelineText(String datelineText) {
      this.datelineText = datelineText;
      return this;
    }

    /**
     * Sets {@code viewCount}.
     *
     * @param viewCount the number of views
     * @return this builder
     */
    public FieldBuilder viewCount(long viewCount) {
      this.viewCount = viewCount;
      return this;
    }

    /**
     * Sets {@code viewCountText}.
     *
     * @param viewCountText the views in words ("30,138 views")
     * @return this builder
     */
    public FieldBuilder viewCountText(String viewCountText) {
      this.viewCountText = viewCountText;
      return this;
    }

    /**
     * Sets {@code body}.
     *
     * @param body the body blocks
     * @return this builder
     */
    public FieldBuilder body(List<Block> body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Sets {@code attribution}.
     *
     * @param attribution the source attribution as runs; empty without sources
     * @return this builder
     */
    public FieldBuilder attribution(List<TextRun> attribution) {
      this.attribution = Objects.requireNonNull(attribution, "attribution");
      return this;
    }

    /**
     * Sets {@code authors}.
     *
     * @param authors the byline, in order
     * @return this builder
     */
    public FieldBuilder authors(List<LinkView> authors) {
      this.authors = Objects.requireNonNull(authors, "authors");
      return this;
    }

    /**
     * Sets {@code sections}.
     *
     * @param sections the sections, primary first
     * @return this builder
     */
    public FieldBuilder sections(List<LinkView> sections) {
      this.sections = Objects.requireNonNull(sections, "sections");
      return this;
    }

    /**
     * Sets {@code tags}.
     *
     * @param tags the tags
     * @return this builder
     */
    public FieldBuilder tags(List<LinkView> tags) {
      this.tags = Objects.requireNonNull(tags, "tags");
      return this;
    }

    /**
     * Sets {@code places}.
     *
     * @param places the places
     * @return this builder
     */
    public FieldBuilder places(List<LinkView> places) {
      this.places = Objects.requireNonNull(places, "places");
      return this;
    }

    /**
     * Sets {@code image}.
     *
     * @param image the featured image, or {@code null}
     * @return this builder
     */
    public FieldBuilder image(@Nullable ImageView image) {
      this.image = image;
      return this;
    }

    /**
     * Sets {@code images}.
     *
     * @param images the page's other images; never {@code null}
     * @return this builder
     * @since 0.1.0
     */
    public FieldBuilder images(PageImages images) {
      this.images = Objects.requireNonNull(images, "images");
      return this;
    }

    /**
     * Sets {@code alternates}.
     *
     * @param alternates language versions including this one and {@code x-default}; empty without
     *     translations
     * @return this builder
     */
    public FieldBuilder alternates(List<AlternateLink> alternates) {
      this.alternates = Objects.requireNonNull(alternates, "alternates");
      return this;
    }

    /**
     * Sets {@code feeds}.
     *
     * @param feeds feeds the page advertises
     * @return this builder
     */
    public FieldBuilder feeds(List<FeedLink> feeds) {
      this.feeds = Objects.requireNonNull(feeds, "feeds");
      return this;
    }

    /**
     * Sets {@code mostRead}.
     *
     * @param mostRead a "most read" list for the page; may be empty
     * @return this builder
     */
    public FieldBuilder mostRead(List<HeadlineView> mostRead) {
      this.mostRead = Objects.requireNonNull(mostRead, "mostRead");
      return this;
    }

    /**
     * Sets {@code related}.
     *
     * @param related the related news under the article, in order; may be empty
     * @return this builder
     * @since 0.1.0
     */
    public FieldBuilder related(List<HeadlineView> related) {
      this.related = Objects.requireNonNull(related, "related");
      return this;
    }

    /**
     * Sets {@code relatedTitle}.
     *
     * @param relatedTitle the heading of the related news box; empty by default
     * @return this builder
     * @since 0.1.0
     */
    public FieldBuilder relatedTitle(String relatedTitle) {
      this.relatedTitle = Objects.requireNonNull(relatedTitle, "relatedTitle");
      return this;
    }

    /**
     * Sets {@code notices}.
     *
     * @param notices the article's notices as shown; may be empty
     * @return this builder
     * @since 0.1.0
     */
    public FieldBuilder notices(List<NoticeView> notices) {
      this.notices = Objects.requireNonNull(notices, "notices");
      return this;
    }

    /**
     * Sets {@code labels}.
     *
     * @param labels the theme's words in the page's language
     * @return this builder
     */
    public FieldBuilder labels(Labels labels) {
      this.labels = labels;
      return this;
    }

    /**
     * Sets {@code homeUrl}.
     *
     * @param homeUrl the front page of the article's edition
     * @return this builder
     */
    public FieldBuilder homeUrl(String homeUrl) {
      this.homeUrl = homeUrl;
      return this;
    }

    /**
     * Sets {@code beaconUrl}.
     *
     * @param beaconUrl where the page reports a view (a view beacon, so that pages served from a
     *     cache are still counted), or {@code null} for none; always http(s) or site-relative
     * @return this builder
     */
    public FieldBuilder beaconUrl(@Nullable String beaconUrl) {
      this.beaconUrl = beaconUrl;
      return this;
    }

    /**
     * Builds the view.
     *
     * @return the view
     * @throws NullPointerException naming the first value that is never {@code null} and was not
     *     set, or a list that holds {@code null}
     */
    public ArticleView build() {
      return new ArticleView(this);
    }
  }
}
