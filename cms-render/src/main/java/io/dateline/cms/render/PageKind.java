package io.dateline.cms.render;

/** The kinds of page the renderer produces. */
public enum PageKind {
  /** An article. */
  ARTICLE,
  /** The latest headlines of a language edition. */
  LATEST,
  /** A section's listing. */
  SECTION,
  /** A tag's listing. */
  TAG,
  /** An author's page. */
  AUTHOR,
  /** A location's listing. */
  LOCATION
}
