package io.dateline.cms.query;

import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which articles a listing returns, newest {@code publishAt} first (ties broken by id, descending).
 *
 * <p>Immutable and thread-safe: every {@code with}-style method returns a new query. Filters that
 * are {@code null} do not filter. A listing only returns articles that have a publish time; {@link
 * io.dateline.cms.spi.ArticleRepository#count count} semantics ignore {@link #limit()} and {@link
 * #after()}.
 *
 * <p>Start from {@link #published()}, {@link #withStatus}, {@link #anyStatus()} or {@link
 * #builder(Set)}, and narrow with the {@code with}-style methods ({@link #inSection}, {@link
 * #limit(int)} ...) or {@link #toBuilder()}.
 *
 * @since 0.1.0
 */
public final class ArticleQuery {

  /** The largest page a listing returns. */
  public static final int MAX_LIMIT = 200;

  /** The page size when none is set. */
  public static final int DEFAULT_LIMIT = 20;

  private final Set<ArticleStatus> statuses;
  private final @Nullable Locale language;
  private final @Nullable SectionId section;
  private final @Nullable TagId tag;
  private final @Nullable AuthorId author;
  private final @Nullable LocationId location;
  private final @Nullable Boolean exclusive;
  private final int limit;
  private final @Nullable PageCursor after;

  /** Checks the limit and copies the statuses. */
  private ArticleQuery(Builder b) {
    Objects.requireNonNull(b.statuses, "statuses");
    if (b.statuses.isEmpty()) {
      throw new IllegalArgumentException("statuses must not be empty");
    }
    if (b.limit < 1 || b.limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ": " + b.limit);
    }
    this.statuses = Set.copyOf(EnumSet.copyOf(b.statuses));
    this.language = b.language;
    this.section = b.section;
    this.tag = b.tag;
    this.author = b.author;
    this.location = b.location;
    this.exclusive = b.exclusive;
    this.limit = b.limit;
    this.after = b.after;
  }

  /**
   * Starts a query for articles in any of the given statuses: first page, {@link #DEFAULT_LIMIT}
   * per page, no other filter.
   *
   * @param statuses statuses to include; never empty (checked by {@link Builder#build()})
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder(Set<ArticleStatus> statuses) {
    return new Builder(statuses);
  }

  /**
   * A builder holding this query's values, to make a changed copy.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    Builder b = new Builder(statuses);
    b.language = language;
    b.section = section;
    b.tag = tag;
    b.author = author;
    b.location = location;
    b.exclusive = exclusive;
    b.limit = limit;
    b.after = after;
    return b;
  }

  /**
   * Published articles, first page, {@link #DEFAULT_LIMIT} per page.
   *
   * @return the query
   */
  public static ArticleQuery published() {
    return builder(Set.of(ArticleStatus.PUBLISHED)).build();
  }

  /**
   * Articles in any of the given statuses.
   *
   * @param first a status
   * @param more further statuses
   * @return the query
   */
  public static ArticleQuery withStatus(ArticleStatus first, ArticleStatus... more) {
    return builder(EnumSet.of(first, more)).build();
  }

  /**
   * Articles in every status.
   *
   * @return the query
   */
  public static ArticleQuery anyStatus() {
    return builder(EnumSet.allOf(ArticleStatus.class)).build();
  }

  /**
   * Statuses to include.
   *
   * @return an unmodifiable, never empty set
   */
  public Set<ArticleStatus> statuses() {
    return statuses;
  }

  /**
   * Only articles in this language. Only the language is compared, so {@code en} matches articles
   * in {@code en-GB} and {@code en-GB} matches {@code en}.
   *
   * @return the language, or {@code null} for all
   */
  public @Nullable Locale language() {
    return language;
  }

  /**
   * Only articles filed in this section (primary or secondary).
   *
   * @return the section, or {@code null}
   */
  public @Nullable SectionId section() {
    return section;
  }

  /**
   * Only articles with this tag.
   *
   * @return the tag, or {@code null}
   */
  public @Nullable TagId tag() {
    return tag;
  }

  /**
   * Only articles by this author.
   *
   * @return the author, or {@code null}
   */
  public @Nullable AuthorId author() {
    return author;
  }

  /**
   * Only articles with this dateline or place.
   *
   * @return the location, or {@code null}
   */
  public @Nullable LocationId location() {
    return location;
  }

  /**
   * Only exclusive ({@code true}) or non-exclusive ({@code false}) articles.
   *
   * @return the flag, or {@code null} for both
   */
  public @Nullable Boolean exclusive() {
    return exclusive;
  }

  /**
   * The page size.
   *
   * @return 1 to {@link #MAX_LIMIT}
   */
  public int limit() {
    return limit;
  }

  /**
   * Return articles strictly after this position.
   *
   * @return the cursor, or {@code null} for the first page
   */
  public @Nullable PageCursor after() {
    return after;
  }

  /**
   * Restricts to one language.
   *
   * @param language the language, or {@code null} for all
   * @return a new query
   */
  public ArticleQuery inLanguage(@Nullable Locale language) {
    return toBuilder().language(language).build();
  }

  /**
   * Restricts to a section.
   *
   * @param section the section, or {@code null}
   * @return a new query
   */
  public ArticleQuery inSection(@Nullable SectionId section) {
    return toBuilder().section(section).build();
  }

  /**
   * Restricts to a tag.
   *
   * @param tag the tag, or {@code null}
   * @return a new query
   */
  public ArticleQuery withTag(@Nullable TagId tag) {
    return toBuilder().tag(tag).build();
  }

  /**
   * Restricts to an author.
   *
   * @param author the author, or {@code null}
   * @return a new query
   */
  public ArticleQuery byAuthor(@Nullable AuthorId author) {
    return toBuilder().author(author).build();
  }

  /**
   * Restricts to a location (dateline or place).
   *
   * @param location the location, or {@code null}
   * @return a new query
   */
  public ArticleQuery atLocation(@Nullable LocationId location) {
    return toBuilder().location(location).build();
  }

  /**
   * Restricts to exclusive or non-exclusive articles.
   *
   * @param exclusive the flag, or {@code null} for both
   * @return a new query
   */
  public ArticleQuery exclusive(@Nullable Boolean exclusive) {
    return toBuilder().exclusive(exclusive).build();
  }

  /**
   * Sets the page size.
   *
   * @param limit 1 to {@link #MAX_LIMIT}
   * @return a new query
   */
  public ArticleQuery limit(int limit) {
    return toBuilder().limit(limit).build();
  }

  /**
   * Continues after a cursor.
   *
   * @param after the previous page's cursor, or {@code null} for the first page
   * @return a new query
   */
  public ArticleQuery after(@Nullable PageCursor after) {
    return toBuilder().after(after).build();
  }

  /**
   * Queries are equal when all their values are.
   *
   * @param o another object
   * @return whether it is an equal query
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || o instanceof ArticleQuery q
            && statuses.equals(q.statuses)
            && Objects.equals(language, q.language)
            && Objects.equals(section, q.section)
            && Objects.equals(tag, q.tag)
            && Objects.equals(author, q.author)
            && Objects.equals(location, q.location)
            && Objects.equals(exclusive, q.exclusive)
            && limit == q.limit
            && Objects.equals(after, q.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  @Override
  public String toString() {
    return "ArticleQuery[statuses="
        + statuses
        + ", language="
        + language
        + ", section="
        + section
        + ", tag="
        + tag
        + ", author="
        + author
        + ", location="
        + location
        + ", exclusive="
        + exclusive
        + ", limit="
        + limit
        + ", after="
        + after
        + "]";
  }

  /**
   * Mutable builder of {@link ArticleQuery}; not thread-safe. {@link #build()} checks the values.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Set<ArticleStatus> statuses;
    private @Nullable Locale language;
    private @Nullable SectionId section;
    private @Nullable TagId tag;
    private @Nullable AuthorId author;
    private @Nullable LocationId location;
    private @Nullable Boolean exclusive;
    private int limit = DEFAULT_LIMIT;
    private @Nullable PageCursor after;

    private Builder(Set<ArticleStatus> statuses) {
      this.statuses = statuses;
    }

    /**
     * Sets the statuses to include.
     *
     * @param statuses the statuses; never empty
     * @return this builder
     */
    public Builder statuses(Set<ArticleStatus> statuses) {
      this.statuses = statuses;
      return this;
    }

    /**
     * Restricts to one language; only the language is compared.
     *
     * @param language the language, or {@code null} for all
     * @return this builder
     */
    public Builder language(@Nullable Locale language) {
      this.language = language;
      return this;
    }

    /**
     * Restricts to a section (primary or secondary).
     *
     * @param section the section, or {@code null}
     * @return this builder
     */
    public Builder section(@Nullable SectionId section) {
      this.section = section;
      return this;
    }

    /**
     * Restricts to a tag.
     *
     * @param tag the tag, or {@code null}
     * @return this builder
     */
    public Builder tag(@Nullable TagId tag) {
      this.tag = tag;
      return this;
    }

    /**
     * Restricts to an author.
     *
     * @param author the author, or {@code null}
     * @return this builder
     */
    public Builder author(@Nullable AuthorId author) {
      this.author = author;
      return this;
    }

    /**
     * Restricts to a location (dateline or place).
     *
     * @param location the location, or {@code null}
     * @return this builder
     */
    public Builder location(@Nullable LocationId location) {
      this.location = location;
      return this;
    }

    /**
     * Restricts to exclusive or non-exclusive articles.
     *
     * @param exclusive the flag, or {@code null} for both
     * @return this builder
     */
    public Builder exclusive(@Nullable Boolean exclusive) {
      this.exclusive = exclusive;
      return this;
    }

    /**
     * Sets the page size; defaults to {@link ArticleQuery#DEFAULT_LIMIT}.
     *
     * @param limit 1 to {@link ArticleQuery#MAX_LIMIT}
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Continues after a cursor.
     *
     * @param after the previous page's cursor, or {@code null} for the first page
     * @return this builder
     */
    public Builder after(@Nullable PageCursor after) {
      this.after = after;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws NullPointerException when the statuses are {@code null}
     * @throws IllegalArgumentException when the statuses are empty or the limit is out of range
     */
    public ArticleQuery build() {
      return new ArticleQuery(this);
    }
  }
}
