package io.dateline.cms.spi;

/**
 * The kinds of object whose slugs appear in public URLs and therefore keep a history when they
 * change ({@link SlugHistory}). Slugs are unique per tenant and kind, so a kind and a slug name at
 * most one current object.
 *
 * @since 0.1.0
 */
public enum SlugKind {
  /** An article ({@code /news/{slug}}). */
  ARTICLE,
  /** A section. */
  SECTION,
  /** A tag. */
  TAG,
  /** An author. */
  AUTHOR,
  /** A location. */
  LOCATION
}
