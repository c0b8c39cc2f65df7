package io.dateline.cms.model;

/**
 * What a {@link Notice} tells the reader about a change to a published article.
 *
 * @since 0.1.0
 */
public enum NoticeKind {
  /** A factual error was fixed; JSON-LD writes it as a schema.org {@code CorrectionComment}. */
  CORRECTION,
  /** New information was added since publication. */
  UPDATE,
  /** Wording that could mislead was made clearer; the facts stand. */
  CLARIFICATION,
  /** A note from the editors, such as why a story was changed or how it was reported. */
  EDITORS_NOTE
}
