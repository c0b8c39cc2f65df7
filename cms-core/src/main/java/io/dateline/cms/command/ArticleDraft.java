package io.dateline.cms.command;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.TagId;
import io.dateline.cms.validation.ArticleLimits;
import io.dateline.cms.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The editable content of an article: what {@code ArticleService.create} and {@code update} take.
 * Lifecycle fields (status, times, version) are not here; they change only through lifecycle
 * commands.
 *
 * <p>Immutable and thread-safe. Validated in full before anything is stored; references must name
 * objects of the article's own tenant.
 *
 * @param slug the URL slug, or {@code null} to derive a unique one from the headline
 * @param language the article's language; one the tenant supports
 * @param translationOf an article of the same tenant this one translates, or {@code null}
 * @param headline the headline; plain text
 * @param lead the summary under the headline; plain text; {@code null} means none
 * @param body the body blocks; with the headline and lead within {@link
 *     io.dateline.cms.validation.ContentBudget#ARTICLE}
 * @param authors the byline, in order
 * @param primarySection the main rubric, or {@code null}
 * @param sections further rubrics
 * @param tags tags in editorial order
 * @param dateline where the story is filed from, or {@code null}
 * @param places places the story is about
 * @param sources cited sources
 * @param exclusive whether to show the Exclusive badge
 * @param featuredImage the lead image, or {@code null}
 * @param seo search-engine overrides; {@code null} means none
 * @param related related articles of the same tenant
 * @param notices corrections, updates, clarifications and editor's notes shown with the article
 * @since 0.1.0
 */
public record ArticleDraft(
    @Slug @Nullable String slug,
    @NotNull Locale language,
    @Nullable ArticleId translationOf,
    @NotBlank @Size(max = ArticleLimits.HEADLINE) String headline,
    @Size(max = ArticleLimits.LEAD) @Nullable String lead,
    @NotNull List<@NotNull @Valid Block> body,
    @NotNull @Size(max = ArticleLimits.AUTHORS) List<@NotNull AuthorId> authors,
    @Nullable SectionId primarySection,
    @NotNull @Size(max = ArticleLimits.SECTIONS) List<@NotNull SectionId> sections,
    @NotNull @Size(max = ArticleLimits.TAGS) List<@NotNull TagId> tags,
    @Nullable LocationId dateline,
    @NotNull @Size(max = ArticleLimits.PLACES) List<@NotNull LocationId> places,
    @NotNull @Size(max = ArticleLimits.SOURCES) List<@NotNull @Valid Source> sources,
    boolean exclusive,
    @Valid @Nullable Image featuredImage,
    @Valid @Nullable Seo seo,
    @NotNull @Size(max = ArticleLimits.RELATED) List<@NotNull ArticleId> related,
    @NotNull @Size(max = ArticleLimits.NOTICES) List<@NotNull @Valid Notice> notices) {

  /** Copies the lists (keeping {@code null} elements, which validation reports). */
  public ArticleDraft {
    body = copy(body);
    authors = copy(authors);
    sections = copy(sections);
    tags = copy(tags);
    places = copy(places);
    sources = copy(sources);
    related = copy(related);
    notices = copy(notices);
  }

  /**
   * A draft without notices: the constructor of the first release, kept for compatibility.
   *
   * @param slug the URL slug, or {@code null} to derive a unique one from the headline
   * @param language the article's language; one the tenant supports
   * @param translationOf an article of the same tenant this one translates, or {@code null}
   * @param headline the headline; plain text
   * @param lead the summary under the headline; plain text; {@code null} means none
   * @param body the body blocks
   * @param authors the byline, in order
   * @param primarySection the main rubric, or {@code null}
   * @param sections further rubrics
   * @param tags tags in editorial order
   * @param dateline where the story is filed from, or {@code null}
   * @param places places the story is about
   * @param sources cited sources
   * @param exclusive whether to show the Exclusive badge
   * @param featuredImage the lead image, or {@code null}
   * @param seo search-engine overrides; {@code null} means none
   * @param related related articles of the same tenant
   */
  public ArticleDraft(
      @Nullable String slug,
      Locale language,
      @Nullable ArticleId translationOf,
      String headline,
      @Nullable String lead,
      List<Block> body,
      List<AuthorId> authors,
      @Nullable SectionId primarySection,
      List<SectionId> sections,
      List<TagId> tags,
      @Nullable LocationId dateline,
      List<LocationId> places,
      List<Source> sources,
      boolean exclusive,
      @Nullable Image featuredImage,
      @Nullable Seo seo,
      List<ArticleId> related) {
    this(
        slug,
        language,
        translationOf,
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
        List.of());
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /**
   * Starts a draft in a language with a headline.
   *
   * @param language the language
   * @param headline the headline
   * @return a builder
   */
  public static Builder builder(Locale language, String headline) {
    return new Builder().language(language).headline(headline);
  }

  /**
   * A draft holding an existing article's content, to change a few fields and update.
   *
   * @param article the article
   * @return a builder
   */
  public static Builder from(Article article) {
    return new Builder()
        .slug(article.slug())
        .language(article.language())
        .headline(article.headline())
        .lead(article.lead())
        .body(article.body())
        .authors(article.authors())
        .primarySection(article.primarySection())
        .sections(article.sections())
        .tags(article.tags())
        .dateline(article.dateline())
        .places(article.places())
        .sources(article.sources())
        .exclusive(article.exclusive())
        .featuredImage(article.featuredImage())
        .seo(article.seo())
        .related(article.related())
        .notices(article.notices());
  }

  /** Mutable builder of {@link ArticleDraft}; not thread-safe. */
  public static final class Builder {
    private @Nullable String slug;
    private @Nullable Locale language;
    private @Nullable ArticleId translationOf;
    private @Nullable String headline;
    private @Nullable String lead;
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
    private @Nullable Seo seo;
    private List<ArticleId> related = List.of();
    private List<Notice> notices = List.of();

    private Builder() {}

    /**
     * Sets slug.
     *
     * @param slug the URL slug, or {@code null} to derive a unique one from the headline
     * @return this builder
     */
    public Builder slug(@Nullable String slug) {
      this.slug = slug;
      return this;
    }

    /**
     * Sets language.
     *
     * @param language the article's language; one the tenant supports
     * @return this builder
     */
    public Builder language(Locale language) {
      this.language = language;
      return this;
    }

    /**
     * Sets translationOf.
     *
     * @param translationOf an article of the same tenant this one translates, or {@code null}
     * @return this builder
     */
    public Builder translationOf(@Nullable ArticleId translationOf) {
      this.translationOf = translationOf;
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
     * @param lead the summary under the headline; plain text; {@code null} means none
     * @return this builder
     */
    public Builder lead(@Nullable String lead) {
      this.lead = lead;
      return this;
    }

    /**
     * Sets body.
     *
     * @param body the body blocks; with the headline and lead within {@link
     *     io.dateline.cms.validation.ContentBudget#ARTICLE}
     * @return this builder
     */
    public Builder body(List<Block> body) {
      this.body = body;
      return this;
    }

    /**
     * Sets body.
     *
     * @param body the body blocks; with the headline and lead within {@link
     *     io.dateline.cms.validation.ContentBudget#ARTICLE}
     * @return this builder
     */
    public Builder body(Block... body) {
      this.body = Arrays.asList(body);
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
     * Sets authors.
     *
     * @param authors the byline, in order
     * @return this builder
     */
    public Builder authors(AuthorId... authors) {
      this.authors = Arrays.asList(authors);
      return this;
    }

    /**
     * Sets primarySection.
     *
     * @param primarySection the main rubric, or {@code null}
     * @return this builder
     */
    public Builder primarySection(@Nullable SectionId primarySection) {
      this.primarySection = primarySection;
      return this;
    }

    /**
     * Sets sections.
     *
     * @param sections further rubrics
     * @return this builder
     */
    public Builder sections(List<SectionId> sections) {
      this.sections = sections;
      return this;
    }

    /**
     * Sets sections.
     *
     * @param sections further rubrics
     * @return this builder
     */
    public Builder sections(SectionId... sections) {
      this.sections = Arrays.asList(sections);
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
     * Sets tags.
     *
     * @param tags tags in editorial order
     * @return this builder
     */
    public Builder tags(TagId... tags) {
      this.tags = Arrays.asList(tags);
      return this;
    }

    /**
     * Sets dateline.
     *
     * @param dateline where the story is filed from, or {@code null}
     * @return this builder
     */
    public Builder dateline(@Nullable LocationId dateline) {
      this.dateline = dateline;
      return this;
    }

    /**
     * Sets places.
     *
     * @param places places the story is about
     * @return this builder
     */
    public Builder places(List<LocationId> places) {
      this.places = places;
      return this;
    }

    /**
     * Sets places.
     *
     * @param places places the story is about
     * @return this builder
     */
    public Builder places(LocationId... places) {
      this.places = Arrays.asList(places);
      return this;
    }

    /**
     * Sets sources.
     *
     * @param sources cited sources
     * @return this builder
     */
    public Builder sources(List<Source> sources) {
      this.sources = sources;
      return this;
    }

    /**
     * Sets sources.
     *
     * @param sources cited sources
     * @return this builder
     */
    public Builder sources(Source... sources) {
      this.sources = Arrays.asList(sources);
      return this;
    }

    /**
     * Sets exclusive.
     *
     * @param exclusive whether to show the Exclusive badge
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
     * @param seo search-engine overrides; {@code null} means none
     * @return this builder
     */
    public Builder seo(@Nullable Seo seo) {
      this.seo = seo;
      return this;
    }

    /**
     * Sets related.
     *
     * @param related related articles of the same tenant
     * @return this builder
     */
    public Builder related(List<ArticleId> related) {
      this.related = related;
      return this;
    }

    /**
     * Sets related.
     *
     * @param related related articles of the same tenant
     * @return this builder
     */
    public Builder related(ArticleId... related) {
      this.related = Arrays.asList(related);
      return this;
    }

    /**
     * Sets notices.
     *
     * @param notices corrections, updates, clarifications and editor's notes shown with the article
     * @return this builder
     * @since 0.1.0
     */
    public Builder notices(List<Notice> notices) {
      this.notices = notices;
      return this;
    }

    /**
     * Sets notices.
     *
     * @param notices corrections, updates, clarifications and editor's notes shown with the article
     * @return this builder
     * @since 0.1.0
     */
    public Builder notices(Notice... notices) {
      this.notices = Arrays.asList(notices);
      return this;
    }

    /**
     * Builds the draft. Nothing is validated here; the services validate it.
     *
     * @return the draft
     */
    // A draft is input: a missing language or headline is reported by validation as a violation
    // naming the field (ArticleService), not thrown here, so build() passes them on as they are.
    @SuppressWarnings("NullAway")
    public ArticleDraft build() {
      return new ArticleDraft(
          slug,
          language,
          translationOf,
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
          notices);
    }
  }
}
