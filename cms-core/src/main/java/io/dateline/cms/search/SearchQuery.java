package io.dateline.cms.search;

import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search: the words a reader typed, scoped to one tenant and one language, with optional filters
 * and a cursor for the next page. Every filter narrows the result; a {@code null} filter does not
 * apply.
 *
 * <p>The text is words, matched in any form the language's analysis knows (all of them must occur),
 * and phrases in double quotes, matched as written. Nothing else in it is an operator: {@code +},
 * {@code -}, {@code AND}, brackets and an unpaired quote are read as text. Text that is longer than
 * {@value #MAX_TEXT} characters or holds no letter or digit is refused with a {@link
 * SearchQueryException}, as are the other broken rules the constructor names.
 *
 * <pre>{@code
 * SearchPage page = index.query(
 *     SearchQuery.of(tenantId, Locale.forLanguageTag("uk"), "Харків енергетика").limit(10));
 * SearchPage next = index.query(query.after(page.nextCursor()));
 * }</pre>
 *
 * @param tenant whose articles to search
 * @param language the edition's language: only articles in it are found
 * @param text what the reader typed
 * @param section only articles in this section, or {@code null}
 * @param tag only articles with this tag, or {@code null}
 * @param author only articles by this author, or {@code null}
 * @param publishedFrom only articles published at or after this time, or {@code null}
 * @param publishedTo only articles published before this time, or {@code null}
 * @param limit the most hits per page, 1 to {@value #MAX_LIMIT}
 * @param cursor the {@link SearchPage#nextCursor()} of the previous page, or {@code null} for the
 *     first page
 */
public record SearchQuery(
    TenantId tenant,
    Locale language,
    String text,
    @Nullable SectionId section,
    @Nullable TagId tag,
    @Nullable AuthorId author,
    @Nullable Instant publishedFrom,
    @Nullable Instant publishedTo,
    int limit,
    @Nullable String cursor) {

  /** The longest text accepted, in characters. */
  public static final int MAX_TEXT = 500;

  /** The largest page. */
  public static final int MAX_LIMIT = 100;

  /** The page size of {@link #of}. */
  public static final int DEFAULT_LIMIT = 20;

  /** The longest cursor accepted, in characters. */
  public static final int MAX_CURSOR = 256;

  /**
   * Checks the values.
   *
   * @throws SearchQueryException when the text is longer than {@value #MAX_TEXT} characters or has
   *     no letter or digit, the limit is out of range, the cursor is longer than {@value
   *     #MAX_CURSOR} characters, or {@code publishedTo} is before {@code publishedFrom}
   */
  public SearchQuery {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    text = text.strip();
    if (text.length() > MAX_TEXT) {
      throw new SearchQueryException(
          "text", "MaxLength", "must be at most " + MAX_TEXT + " characters: " + text.length());
    }
    if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new SearchQueryException(
          "text", "NoSearchableWords", "must contain at least one letter or digit");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new SearchQueryException(
          "limit", "Range", "must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    if (cursor != null && (cursor.isEmpty() || cursor.length() > MAX_CURSOR)) {
      throw new SearchQueryException("cursor", "Malformed", "is not a cursor of this search");
    }
    if (publishedFrom != null && publishedTo != null && publishedTo.isBefore(publishedFrom)) {
      throw new SearchQueryException(
          "publishedTo", "DateRange", "must not be before publishedFrom");
    }
  }

  /**
   * A first-page query of {@value #DEFAULT_LIMIT} hits without filters.
   *
   * @param tenant whose articles to search
   * @param language the language edition
   * @param text what the reader typed
   * @return the query
   * @throws SearchQueryException when the text breaks a rule
   */
  public static SearchQuery of(TenantId tenant, Locale language, String text) {
    return new SearchQuery(
        tenant, language, text, null, null, null, null, null, DEFAULT_LIMIT, null);
  }

  /**
   * This query limited to a section.
   *
   * @param section the section, or {@code null} for any
   * @return a new query
   */
  public SearchQuery section(@Nullable SectionId section) {
    return new SearchQuery(
        tenant, language, text, section, tag, author, publishedFrom, publishedTo, limit, cursor);
  }

  /**
   * This query limited to a tag.
   *
   * @param tag the tag, or {@code null} for any
   * @return a new query
   */
  public SearchQuery tag(@Nullable TagId tag) {
    return new SearchQuery(
        tenant, language, text, section, tag, author, publishedFrom, publishedTo, limit, cursor);
  }

  /**
   * This query limited to an author.
   *
   * @param author the author, or {@code null} for any
   * @return a new query
   */
  public SearchQuery author(@Nullable AuthorId author) {
    return new SearchQuery(
        tenant, language, text, section, tag, author, publishedFrom, publishedTo, limit, cursor);
  }

  /**
   * This query limited to a publishing period.
   *
   * @param from the earliest publish time (inclusive), or {@code null}
   * @param to the end of the period (exclusive), or {@code null}
   * @return a new query
   * @throws SearchQueryException when {@code to} is before {@code from}
   */
  public SearchQuery publishedBetween(@Nullable Instant from, @Nullable Instant to) {
    return new SearchQuery(tenant, language, text, section, tag, author, from, to, limit, cursor);
  }

  /**
   * This query with another page size.
   *
   * @param limit the most hits per page
   * @return a new query
   * @throws SearchQueryException when the limit is out of range
   */
  public SearchQuery limit(int limit) {
    return new SearchQuery(
        tenant, language, text, section, tag, author, publishedFrom, publishedTo, limit, cursor);
  }

  /**
   * This query for the page after a cursor.
   *
   * @param cursor a previous page's {@link SearchPage#nextCursor()}, or {@code null} for the first
   *     page
   * @return a new query
   * @throws SearchQueryException when the cursor is empty or too long
   */
  public SearchQuery after(@Nullable String cursor) {
    return new SearchQuery(
        tenant, language, text, section, tag, author, publishedFrom, publishedTo, limit, cursor);
  }
}
