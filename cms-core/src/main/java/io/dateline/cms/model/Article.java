package io.dateline.cms.model;

import io.dateline.cms.validation.ArticleLimits;
import io.dateline.cms.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A news article as stored: content, references to the tenant's authors, sections, tags and places,
 * and its lifecycle state.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable copies. References are ids: resolve them
 * through the tenant's services (listing calls return them resolved). Build new instances with
 * {@link #builder()} or change one with {@link #toBuilder()} or {@link #with(Consumer)};
 * applications normally create and change articles through {@code ArticleService}, which validates
 * and stores them.
 *
 * <p>A class with a builder rather than a record, so that adding a value is not a breaking change.
 * It behaves like a record otherwise: one accessor per value, named after it, and {@link
 * #equals(Object)}, {@link #hashCode()} and {@link #toString()} over all values. Its Jakarta
 * Validation constraints sit on the fields; the size limits it shares with {@code ArticleDraft} are
 * those of {@link ArticleLimits}.
 *
 * @since 0.1.0
 */
public final class Article {
  @NotNull private final TenantId tenantId;
  @NotNull private final ArticleId id;
  @NotNull @Slug private final String slug;
  @NotNull private final Locale language;
  @NotNull private final ArticleId translationKey;

  @NotBlank
  @Size(max = ArticleLimits.HEADLINE)
  private final String headline;

  @NotNull
  @Size(max = ArticleLimits.LEAD)
  private final String lead;

  @NotNull private final List<@NotNull @Valid Block> body;

  @NotNull
  @Size(max = ArticleLimits.AUTHORS)
  private final List<@NotNull AuthorId> authors;

  private final @Nullable SectionId primarySection;

  @NotNull
  @Size(max = ArticleLimits.SECTIONS)
  private final List<@NotNull SectionId> sections;

  @NotNull
  @Size(max = ArticleLimits.TAGS)
  private final List<@NotNull TagId> tags;

  private final @Nullable LocationId dateline;

  @NotNull
  @Size(max = ArticleLimits.PLACES)
  private final List<@NotNull LocationId> places;

  @NotNull
  @Size(max = ArticleLimits.SOURCES)
  private final List<@NotNull @Valid Source> sources;

  private final boolean exclusive;
  @Valid private final @Nullable Image featuredImage;
  @NotNull @Valid private final Seo seo;

  @NotNull
  @Size(max = ArticleLimits.RELATED)
  private final List<@NotNull ArticleId> related;

  @NotNull
  @Size(max = ArticleLimits.NOTICES)
  private final List<@NotNull @Valid Notice> notices;

  @NotNull private final ArticleStatus status;
  private final @Nullable Instant publishAt;
  private final @Nullable Instant firstPublishedAt;
  @NotNull private final Instant createdAt;
  @NotNull private final Instant updatedAt;
  private final long version;

  /** Copies lists and keeps the primary section first among the sections. */
  private Article(Builder b) {
    this.tenantId = Objects.requireNonNull(b.tenantId, "tenantId");
    this.id = Objects.requireNonNull(b.id, "id");
    this.slug = Objects.requireNonNull(b.slug, "slug");
    this.language = Objects.requireNonNull(b.language, "language");
    this.translationKey = b.translationKey != null ? b.translationKey : id;
    this.headline = Objects.requireNonNull(b.headline, "headline");
    this.lead = b.lead != null ? b.lead : "";
    this.body = copy(b.body);
    this.authors = copy(b.authors);
    this.tags = copy(b.tags);
    this.dateline = b.dateline;
    this.places = copy(b.places);
    this.sources = copy(b.sources);
    this.exclusive = b.exclusive;
    this.featuredImage = b.featuredImage;
    this.seo = b.seo != null ? b.seo : Seo.NONE;
    this.related = copy(b.related);
    this.notices = copy(b.notices);
    this.status = b.status;
    this.publishAt = b.publishAt;
    this.firstPublishedAt = b.firstPublishedAt;
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
    this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt");
    this.version = b.version;
    List<SectionId> sections = copy(b.sections);
    SectionId primary = b.primarySection;
    if (primary != null && (sections.isEmpty() || !primary.equals(sections.get(0)))) {
      List<SectionId> ordered = new ArrayList<>();
      ordered.add(primary);
      for (SectionId s : sections) {
        if (!primary.equals(s)) {
          ordered.add(s);
        }
      }
      sections = Collections.unmodifiableList(ordered); // may hold nulls; see copy()
    } else if (primary == null && !sections.isEmpty()) {
      primary = sections.get(0);
    }
    this.sections = sections;
    this.primarySection = primary;
  }

  private static <T> List<T> copy(@Nullable List<T> list) {
    // Nulls are kept so that validation can name them instead of failing here.
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Returns {@code tenantId}.
   *
   * @return owning tenant; never {@code null}
   */
  public TenantId tenantId() {
    return tenantId;
  }

  /**
   * Returns {@code id}.
   *
   * @return the article's id; never {@code null}
   */
  public ArticleId id() {
    return id;
  }

  /**
   * Returns {@code slug}.
   *
   * @return unique among the tenant's articles; used in the article's URL
   */
  public String slug() {
    return slug;
  }

  /**
   * Returns {@code language}.
   *
   * @return the language the article is written in
   */
  public Locale language() {
    return language;
  }

  /**
   * Returns {@code translationKey}.
   *
   * @return shared by an article and its translations (the id of the first one); never {@code null}
   */
  public ArticleId translationKey() {
    return translationKey;
  }

  /**
   * Returns {@code headline}.
   *
   * @return the headline; plain text
   */
  public String headline() {
    return headline;
  }

  /**
   * Returns {@code lead}.
   *
   * @return the one-paragraph summary under the headline; plain text, may be empty
   */
  public String lead() {
    return lead;
  }

  /**
   * Returns {@code body}.
   *
   * @return the body blocks in order; the article as a whole fits {@link
   *     io.dateline.cms.validation.ContentBudget#ARTICLE}
   */
  public List<Block> body() {
    return body;
  }

  /**
   * Returns {@code authors}.
   *
   * @return the byline, in order
   */
  public List<AuthorId> authors() {
    return authors;
  }

  /**
   * Returns {@code primarySection}.
   *
   * @return the main rubric, or {@code null}; when present it is the first of {@link #sections()}
   */
  public @Nullable SectionId primarySection() {
    return primarySection;
  }

  /**
   * Returns {@code sections}.
   *
   * @return all rubrics, primary first
   */
  public List<SectionId> sections() {
    return sections;
  }

  /**
   * Returns {@code tags}.
   *
   * @return tags in editorial order
   */
  public List<TagId> tags() {
    return tags;
  }

  /**
   * Returns {@code dateline}.
   *
   * @return the place the story is filed from ("Kyiv"), or {@code null}
   */
  public @Nullable LocationId dateline() {
    return dateline;
  }

  /**
   * Returns {@code places}.
   *
   * @return places the article is about
   */
  public List<LocationId> places() {
    return places;
  }

  /**
   * Returns {@code sources}.
   *
   * @return cited sources ("citing Le Monde")
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * Returns {@code exclusive}.
   *
   * @return shown with an "Exclusive" badge
   */
  public boolean exclusive() {
    return exclusive;
  }

  /**
   * Returns {@code featuredImage}.
   *
   * @return the lead image, or {@code null}
   */
  public @Nullable Image featuredImage() {
    return featuredImage;
  }

  /**
   * Returns {@code seo}.
   *
   * @return search-engine overrides; never {@code null}
   */
  public Seo seo() {
    return seo;
  }

  /**
   * Returns {@code related}.
   *
   * @return hand-picked related articles, in order
   */
  public List<ArticleId> related() {
    return related;
  }

  /**
   * Returns {@code notices}.
   *
   * @return corrections, updates, clarifications and editor's notes, in the order the editors gave
   * @since 0.1.0
   */
  public List<Notice> notices() {
    return notices;
  }

  /**
   * Returns {@code status}.
   *
   * @return lifecycle status
   */
  public ArticleStatus status() {
    return status;
  }

  /**
   * Returns {@code publishAt}.
   *
   * @return when the article became (or will become) visible; {@code null} for a draft never
   *     scheduled. Listings sort by it, newest first
   */
  public @Nullable Instant publishAt() {
    return publishAt;
  }

  /**
   * Returns {@code firstPublishedAt}.
   *
   * @return when it was first published; kept across unpublish and republish; {@code null} before
   */
  public @Nullable Instant firstPublishedAt() {
    return firstPublishedAt;
  }

  /**
   * Returns {@code createdAt}.
   *
   * @return when it was created
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Returns {@code updatedAt}.
   *
   * @return when its content or status last changed
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * Returns {@code version}.
   *
   * @return optimistic-lock version: 0 on insert, incremented by every stored change
   */
  public long version() {
    return version;
  }

  /**
   * Whether readers can see the article now.
   *
   * @return {@code true} when {@link ArticleStatus#PUBLISHED}
   */
  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }

  /**
   * Starts a builder with empty lists, {@link ArticleStatus#DRAFT}, version 0.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this article's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.tenantId = tenantId;
    b.id = id;
    b.slug = slug;
    b.language = language;
    b.translationKey = translationKey;
    b.headline = headline;
    b.lead = lead;
    b.body = body;
    b.authors = authors;
    b.primarySection = primarySection;
    b.sections = sections;
    b.tags = tags;
    b.dateline = dateline;
    b.places = places;
    b.sources = sources;
    b.exclusive = exclusive;
    b.featuredImage = featuredImage;
    b.seo = seo;
    b.related = related;
    b.notices = notices;
    b.status = status;
    b.publishAt = publishAt;
    b.firstPublishedAt = firstPublishedAt;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.version = version;
    return b;
  }

  /**
   * A copy of this article with some values changed: {@code article.with(a ->
   * a.headline("New").exclusive(true))}. Short for {@code toBuilder()}, the changes, {@code
   * build()}.
   *
   * @param change sets the values to change on a builder holding this article's values
   * @return the changed copy; this article is left as it is
   * @throws NullPointerException when {@code change} leaves a required value unset
   */
  public Article with(Consumer<Builder> change) {
    Builder b = toBuilder();
    change.accept(b);
    return b.build();
  }

  /**
   * Compares all values, as a record would.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code Article} with equal values
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Article that)) {
      return false;
    }
    return Objects.equals(tenantId, that.tenantId)
        && Objects.equals(id, that.id)
        && Objects.equals(slug, that.slug)
        && Objects.equals(language, that.language)
        && Objects.equals(translationKey, that.translationKey)
        && Objects.equals(headline, that.headline)
        && Objects.equals(lead, that.lead)
        && Objects.equals(body, that.body)
        && Objects.equals(authors, that.authors)
        && Objects.equals(primarySection, that.primarySection)
        && Objects.equals(sections, that.sections)
        && Objects.equals(tags, that.tags)
        && Objects.equals(dateline, that.dateline)
        && Objects.equals(places, that.places)
        && Objects.equals(sources, that.sources)
        && exclusive == that.exclusive
        && Objects.equals(featuredImage, that.featuredImage)
        && Objects.equals(seo, that.seo)
        && Objects.equals(related, that.related)
        && Objects.equals(notices, that.notices)
        && Objects.equals(status, that.status)
        && Objects.equals(publishAt, that.publishAt)
        && Objects.equals(firstPublishedAt, that.firstPublishedAt)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt)
        && version == that.version;
  }

  /**
   * Hashes all values, consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        tenantId,
        id,
        slug,
        language,
        translationKey,
        headline,
        lead,
        body,
        authors,
        primarySection,
        sections,
        tags,
        dateline,
        places,
        sources,
        exclusive,
        featuredImage,
        seo,
        related,
        notices,
        status,
        publishAt,
        firstPublishedAt,
        createdAt,
        updatedAt,
        version);
  }

  /**
   * Lists all values, in the form a record would: {@code Article[tenantId=..., ...]}.
   *
   * @return the values as text
   */
  @Override
  public String toString() {
    return "Article["
        + "tenantId="
        + tenantId
        + ", id="
        + id
        + ", slug="
        + slug
        + ", language="
        + language
        + ", translationKey="
        + translationKey
        + ", headline="
        + headline
        + ", lead="
        + lead
        + ", body="
        + body
        + ", authors="
        + authors
        + ", primarySection="
        + primarySection
        + ", sections="
        + sections
        + ", tags="
        + tags
        + ", dateline="
        + dateline
        + ", places="
        + places
        + ", sources="
        + sources
        + ", exclusive="
        + exclusive
        + ", featuredImage="
        + featuredImage
        + ", seo="
        + seo
        + ", related="
        + related
        + ", notices="
        + notices
        + ", status="
        + status
        + ", publishAt="
        + publishAt
        + ", firstPublishedAt="
        + firstPublishedAt
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + ", version="
        + version
        + "]";
  }

  /** Mutable builder of {@link Article}; not thread-safe. */
  public static final class Builder {
    private @Nullable TenantId tenantId;
    private @Nullable ArticleId id;
    private @Nullable String slug;
    private @Nullable Locale language;
    private @Nullable ArticleId translationKey;
    private @Nullable String headline;
    private String lead = "";
    private List<Block> body = List.of();
    private List<AuthorId> authors = List.of();
    private @Nullable SectionId primarySection;
    private List<SectionId> sections = List.of();
    private List<TagId> tags = List.of();
    private @Nullable LocationId dateline;
    private List<LocationId> places = List.of();
    private List<Source> sources = List.of();
    private boolean exclusive;
    private @Nullable Image featuredImage;
    private Seo seo = Seo.NONE;
    private List<ArticleId> related = List.of();
    private List<Notice> notices = List.of();
    private ArticleStatus status = ArticleStatus.DRAFT;
    private @Nullable Instant publishAt;
    private @Nullable Instant firstPublishedAt;
    private @Nullable Instant createdAt;
    private @Nullable Instant updatedAt;
    private long version;

    private Builder() {}

    /**
     * Sets tenantId.
     *
     * @param tenantId owning tenant; never {@code null}
     * @return this builder
     */
    public Builder tenantId(TenantId tenantId) {
      this.tenantId = tenantId;
      return this;
    }

    /**
     * Sets id.
     *
     * @param id the article's id; never {@code null}
     * @return this builder
     */
    public Builder id(ArticleId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets slug.
     *
     * @param slug unique among the tenant's articles; used in the article's URL
     * @return this builder
     */
    public Builder slug(String slug) {
      this.slug = slug;
      return this;
    }

    /**
     * Sets language.
     *
     * @param language the language the article is written in
     * @return this builder
     */
    public Builder language(Locale language) {
      this.language = language;
      return this;
    }

    /**
     * Sets translationKey.
     *
     * @param translationKey shared by an article and its translations (the id of the first one);
     *     never {@code null}
     * @return this builder
     */
    public Builder translationKey(@Nullable ArticleId translationKey) {
      this.translationKey = translationKey;
      return this;
    }

    /**
     * Sets headline.
     *
     * @param headline the headline; plain text
     * @return this builder
     */
    public Builder headline(String headline) {
      this.headline = headline;
      return this;
    }

    /**
     * Sets lead.
     *
     * @param lead the one-paragraph summary under the headline; plain text, may be empty
     * @return this builder
     */
    public Builder lead(String lead) {
      this.lead = lead;
      return this;
    }

    /**
     * Sets body.
     *
     * @param body the body blocks in order; the article as a whole fits {@link
     *     io.dateline.cms.validation.ContentBudget#ARTICLE}
     * @return this builder
     */
    public Builder body(List<Block> body) {
      this.body = body;
      return this;
    }

    /**
     * Sets authors.
     *
     * @param authors the byline, in order
     * @return this builder
     */
    public Builder authors(List<AuthorId> authors) {
      this.authors = authors;
      return this;
    }

    /**
     * Sets primarySection.
     *
     * @param primarySection the main rubric, or {@code null}; when present it is the first of
     *     {@link #sections()}
     * @return this builder
     */
    public Builder primarySection(@Nullable SectionId primarySection) {
      this.primarySection = primarySection;
      return this;
    }

    /**
     * Sets sections.
     *
     * @param sections all rubrics, primary first
     * @return this builder
     */
    public Builder sections(List<SectionId> sections) {
      this.sections = sections;
      return this;
    }

    /**
     * Sets tags.
     *
     * @param tags tags in editorial order
     * @return this builder
     */
    public Builder tags(List<TagId> tags) {
      this.tags = tags;
      return this;
    }

    /**
     * Sets dateline.
     *
     * @param dateline the place the story is filed from ("Kyiv"), or {@code null}
     * @return this builder
     */
    public Builder dateline(@Nullable LocationId dateline) {
      this.dateline = dateline;
      return this;
    }

    /**
     * Sets places.
     *
     * @param places places the article is about
     * @return this builder
     */
    public Builder places(List<LocationId> places) {
      this.places = places;
      return this;
    }

    /**
     * Sets sources.
     *
     * @param sources cited sources ("citing Le Monde")
     * @return this builder
     */
    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    /**
     * Sets exclusive.
     *
     * @param exclusive shown with an "Exclusive" badge
     * @return this builder
     */
    public Builder exclusive(boolean exclusive) {
      this.exclusive = exclusive;
      return this;
    }

    /**
     * Sets featuredImage.
     *
     * @param featuredImage the lead image, or {@code null}
     * @return this builder
     */
    public Builder featuredImage(@Nullable Image featuredImage) {
      this.featuredImage = featuredImage;
      return this;
    }

    /**
     * Sets seo.
     *
     * @param seo search-engine overrides; never {@code null}
     * @return this builder
     */
    public Builder seo(@Nullable Seo seo) {
      this.seo = seo != null ? seo : Seo.NONE;
      return this;
    }

    /**
     * Sets related.
     *
     * @param related hand-picked related articles, in order
     * @return this builder
     */
    public Builder related(List<ArticleId> related) {
      this.related = related;
      return this;
    }

    /**
     * Sets notices.
     *
     * @param notices corrections, updates, clarifications and editor's notes, in the order the
     *     editors gave
     * @return this builder
     * @since 0.1.0
     */
    public Builder notices(List<Notice> notices) {
      this.notices = notices;
      return this;
    }

    /**
     * Sets status.
     *
     * @param status lifecycle status
     * @return this builder
     */
    public Builder status(ArticleStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Sets publishAt.
     *
     * @param publishAt when the article became (or will become) visible; {@code null} for a draft
     *     never scheduled. Listings sort by it, newest first
     * @return this builder
     */
    public Builder publishAt(@Nullable Instant publishAt) {
      this.publishAt = publishAt;
      return this;
    }

    /**
     * Sets firstPublishedAt.
     *
     * @param firstPublishedAt when it was first published; kept across unpublish and republish;
     *     {@code null} before
     * @return this builder
     */
    public Builder firstPublishedAt(@Nullable Instant firstPublishedAt) {
      this.firstPublishedAt = firstPublishedAt;
      return this;
    }

    /**
     * Sets createdAt.
     *
     * @param createdAt when it was created
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets updatedAt.
     *
     * @param updatedAt when its content or status last changed
     * @return this builder
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = updatedAt;
      return this;
    }

    /**
     * Sets version.
     *
     * @param version optimistic-lock version: 0 on insert, incremented by every stored change
     * @return this builder
     */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /**
     * Builds the article. Only ids are checked here; use the services for full validation.
     *
     * @return the article
     */
    public Article build() {
      return new Article(this);
    }
  }
}
