package io.dateline.cms.model;

/**
 * Inline formatting of a {@link Span}.
 *
 * @since 0.1.0
 */
public enum Mark {
  /** Strong emphasis. */
  BOLD,
  /** Emphasis. */
  ITALIC,
  /** Underlined text. */
  UNDERLINE,
  /** Struck-through text. */
  STRIKE,
  /** Inline code. */
  CODE,
  /** Superscript. */
  SUPERSCRIPT,
  /** Subscript. */
  SUBSCRIPT
}
