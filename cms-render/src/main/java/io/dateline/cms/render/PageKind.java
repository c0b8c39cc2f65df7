package io.dateline.cms.render;

/**
 * The kinds of page the renderer produces.
 *
 * @since 0.1.0
 */
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
  LOCATION,
  /**
   * An error page (404, 500, ...); its tenant may be unknown.
   *
   * @since 0.1.0
   */
  ERROR,
  /**
   * The index of tenants: every publication with links to its language editions; it has no tenant.
   *
   * @since 0.1.0
   */
  TENANTS,
  /**
   * The search results of a language edition ({@code noindex}).
   *
   * @since 0.1.0
   */
  SEARCH
}
