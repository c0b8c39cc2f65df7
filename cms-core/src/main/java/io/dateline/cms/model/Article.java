package io.dateline.cms.model;

import io.dateline.cms.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A news article as stored: content, references to the tenant's authors, sections, tags and places,
 * and its lifecycle state.
 *
 * <p>Immutable and thread-safe; lists are unmodifiable copies. References are ids: resolve them
 * through the tenant's services (listing calls return them resolved). Build new instances with
 * {@link #builder()} or change one with {@link #toBuilder()}; applications normally create and
 * change articles through {@code ArticleService}, which validates and stores them.
 *
 * @param tenantId owning tenant; never {@code null}
 * @param id the article's id; never {@code null}
 * @param slug unique among the tenant's articles; used in the article's URL
 * @param language the language the article is written in
 * @param translationKey shared by an article and its translations (the id of the first one); never
 *     {@code null}
 * @param headline the headline; plain text
 * @param lead the one-paragraph summary under the headline; plain text, may be empty
 * @param body the body blocks in order; the article as a whole fits {@link
 *     io.dateline.cms.validation.ContentBudget#ARTICLE}
 * @param authors the byline, in order
 * @param primarySection the main rubric, or {@code null}; when present it is the first of {@link
 *     #sections()}
 * @param sections all rubrics, primary first
 * @param tags tags in editorial order
 * @param dateline the place the story is filed from ("Kyiv"), or {@code null}
 * @param places places the article is about
 * @param sources cited sources ("citing Le Monde")
 * @param exclusive shown with an "Exclusive" badge
 * @param featuredImage the lead image, or {@code null}
 * @param seo search-engine overrides; never {@code null}
 * @param related hand-picked related articles, in order
 * @param status lifecycle status
 * @param publishAt when the article became (or will become) visible; {@code null} for a draft never
 *     scheduled. Listings sort by it, newest first
 * @param firstPublishedAt when it was first published; kept across unpublish and republish; {@code
 *     null} before
 * @param createdAt when it was created
 * @param updatedAt when its content or status last changed
 * @param version optimistic-lock version: 0 on insert, incremented by every stored change
 * @since 0.1.0
 */
public record Article(
    @NotNull TenantId tenantId,
    @NotNull ArticleId id,
    @NotNull @Slug String slug,
    @NotNull Locale language,
    @NotNull ArticleId translationKey,
    @NotBlank @Size(max = 300) String headline,
    @NotNull @Size(max = 2000) String lead,
    @NotNull List<@NotNull @Valid Block> body,
    @NotNull @Size(max = 50) List<@NotNull AuthorId> authors,
    @Nullable SectionId primarySection,
    @NotNull @Size(max = 20) List<@NotNull SectionId> sections,
    @NotNull @Size(max = 100) List<@NotNull TagId> tags,
    @Nullable LocationId dateline,
    @NotNull @Size(max = 50) List<@NotNull LocationId> places,
    @NotNull @Size(max = 50) List<@NotNull @Valid Source> sources,
    boolean exclusive,
    @Valid @Nullable Image featuredImage,
    @NotNull @Valid Seo seo,
    @NotNull @Size(max = 20) List<@NotNull ArticleId> related,
    @NotNull ArticleStatus status,
    @Nullable Instant publishAt,
    @Nullable Instant firstPublishedAt,
    @NotNull Instant createdAt,
    @NotNull Instant updatedAt,
    long version) {

  /** Copies lists and keeps the primary section first among the sections. */
  public Article {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
    translationKey = translationKey == null ? id : translationKey;
    seo = seo == null ? Seo.NONE : seo;
    lead = lead == null ? "" : lead;
    body = copy(body);
    authors = copy(authors);
    tags = copy(tags);
    places = copy(places);
    sources = copy(sources);
    related = copy(related);
    sections = copy(sections);
    if (primarySection != null && (sections.isEmpty() || !primarySection.equals(sections.get(0)))) {
      SectionId primary = primarySection;
      List<SectionId> ordered = new ArrayList<>();
      ordered.add(primary);
      sections.stream().filter(s -> !primary.equals(s)).forEach(ordered::add);
      sections = java.util.Collections.unmodifiableList(ordered); // may hold nulls; see copy()
    } else if (primarySection == null && !sections.isEmpty()) {
      primarySection = sections.get(0);
    }
  }

  private static <T> List<T> copy(List<T> list) {
    // Nulls are kept so that validation can name them instead of failing here.
    return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
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
    b.status = status;
    b.publishAt = publishAt;
    b.firstPublishedAt = firstPublishedAt;
    b.createdAt = createdAt;
    b.updatedAt = updatedAt;
    b.version = version;
    return b;
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
      ArticleId id = Objects.requireNonNull(this.id, "id");
      return new Article(
          Objects.requireNonNull(tenantId, "tenantId"),
          id,
          Objects.requireNonNull(slug, "slug"),
          Objects.requireNonNull(language, "language"),
          translationKey != null ? translationKey : id,
          Objects.requireNonNull(headline, "headline"),
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
          status,
          publishAt,
          firstPublishedAt,
          Objects.requireNonNull(createdAt, "createdAt"),
          Objects.requireNonNull(updatedAt, "updatedAt"),
          version);
    }
  }
}
