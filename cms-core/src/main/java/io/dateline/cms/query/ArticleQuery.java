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
 * @param statuses statuses to include; never empty
 * @param language only articles in this language, or {@code null}; only the language is compared,
 *     so {@code en} matches articles in {@code en-GB} and {@code en-GB} matches {@code en}
 * @param section only articles filed in this section (primary or secondary), or {@code null}
 * @param tag only articles with this tag, or {@code null}
 * @param author only articles by this author, or {@code null}
 * @param location only articles with this dateline or place, or {@code null}
 * @param exclusive only exclusive ({@code true}) or non-exclusive ({@code false}) articles, or
 *     {@code null} for both
 * @param limit page size, 1 to {@link #MAX_LIMIT}
 * @param after return articles strictly after this position, or {@code null} for the first page
 * @since 0.1.0
 */
public record ArticleQuery(
    Set<ArticleStatus> statuses,
    @Nullable Locale language,
    @Nullable SectionId section,
    @Nullable TagId tag,
    @Nullable AuthorId author,
    @Nullable LocationId location,
    @Nullable Boolean exclusive,
    int limit,
    @Nullable PageCursor after) {

  /** The largest page a listing returns. */
  public static final int MAX_LIMIT = 200;

  /** The page size when none is set. */
  public static final int DEFAULT_LIMIT = 20;

  /** Checks the limit and copies the statuses. */
  public ArticleQuery {
    Objects.requireNonNull(statuses, "statuses");
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("statuses must not be empty");
    }
    statuses = Set.copyOf(EnumSet.copyOf(statuses));
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
  }

  /**
   * Published articles, first page, {@link #DEFAULT_LIMIT} per page.
   *
   * @return the query
   */
  public static ArticleQuery published() {
    return new ArticleQuery(
        Set.of(ArticleStatus.PUBLISHED), null, null, null, null, null, null, DEFAULT_LIMIT, null);
  }

  /**
   * Articles in any of the given statuses.
   *
   * @param first a status
   * @param more further statuses
   * @return the query
   */
  public static ArticleQuery withStatus(ArticleStatus first, ArticleStatus... more) {
    return new ArticleQuery(
        EnumSet.of(first, more), null, null, null, null, null, null, DEFAULT_LIMIT, null);
  }

  /**
   * Articles in every status.
   *
   * @return the query
   */
  public static ArticleQuery anyStatus() {
    return new ArticleQuery(
        EnumSet.allOf(ArticleStatus.class),
        null,
        null,
        null,
        null,
        null,
        null,
        DEFAULT_LIMIT,
        null);
  }

  /**
   * Restricts to one language.
   *
   * @param language the language, or {@code null} for all
   * @return a new query
   */
  public ArticleQuery inLanguage(Locale language) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  /**
   * Restricts to a section.
   *
   * @param section the section, or {@code null}
   * @return a new query
   */
  public ArticleQuery inSection(SectionId section) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  /**
   * Restricts to a tag.
   *
   * @param tag the tag, or {@code null}
   * @return a new query
   */
  public ArticleQuery withTag(TagId tag) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  /**
   * Restricts to an author.
   *
   * @param author the author, or {@code null}
   * @return a new query
   */
  public ArticleQuery byAuthor(AuthorId author) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  /**
   * Restricts to a location (dateline or place).
   *
   * @param location the location, or {@code null}
   * @return a new query
   */
  public ArticleQuery atLocation(LocationId location) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  /**
   * Restricts to exclusive or non-exclusive articles.
   *
   * @param exclusive the flag, or {@code null} for both
   * @return a new query
   */
  public ArticleQuery exclusive(@Nullable Boolean exclusive) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  /**
   * Sets the page size.
   *
   * @param limit 1 to {@link #MAX_LIMIT}
   * @return a new query
   */
  public ArticleQuery limit(int limit) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }

  /**
   * Continues after a cursor.
   *
   * @param after the previous page's cursor, or {@code null} for the first page
   * @return a new query
   */
  public ArticleQuery after(@Nullable PageCursor after) {
    return new ArticleQuery(
        statuses, language, section, tag, author, location, exclusive, limit, after);
  }
}
