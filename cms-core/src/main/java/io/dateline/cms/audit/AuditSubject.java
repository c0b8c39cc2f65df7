package io.dateline.cms.audit;

/**
 * The kind of object a recorded command acted on: an article, a directory entry or an image asset.
 *
 * @since 0.1.0
 */
public enum AuditSubject {
  /** An article. */
  ARTICLE,
  /** An author of the directory. */
  AUTHOR,
  /** A tag of the directory. */
  TAG,
  /** A location of the directory. */
  LOCATION,
  /** A section of the directory. */
  SECTION,
  /**
   * An image asset of the media library.
   *
   * @since 0.1.0
   */
  IMAGE,
  /**
   * An entry of an application-defined directory kind ({@link io.dateline.cms.DirectoryKind}); the
   * audit entry's detail names the kind.
   *
   * @since 0.1.0
   */
  DIRECTORY_ENTRY
}
