package io.dateline.cms.search;

import io.dateline.cms.DatelineException;
import java.util.Objects;

/**
 * A search query that cannot be run: text that is too long or holds no word, a limit out of range,
 * a damaged cursor, a date range that ends before it starts. Over HTTP it is a {@code 400}. Nothing
 * is changed by a refused query.
 */
public final class SearchQueryException extends DatelineException {
  private static final long serialVersionUID = 1L;

  /** The field of {@link SearchQuery} at fault, such as {@code text} or {@code cursor}. */
  private final String field;

  /** The broken rule, such as {@code MaxLength} or {@code NoSearchableWords}. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the query field at fault
   * @param rule the rule it breaks
   * @param message what is wrong, in English
   */
  public SearchQueryException(String field, String rule, String message) {
    super("Search query " + Objects.requireNonNull(field, "field") + ": " + message);
    this.field = field;
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * The field of the query at fault: {@code text}, {@code limit}, {@code cursor}, {@code
   * publishedFrom} or {@code publishedTo}.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }

  /**
   * The rule the field breaks: {@code MaxLength}, {@code NoSearchableWords}, {@code Range}, {@code
   * Malformed} or {@code DateRange}.
   *
   * @return the rule name
   */
  public String rule() {
    return rule;
  }
}
