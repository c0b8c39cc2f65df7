package io.dateline.cms.render;

/**
 * The syndication formats the renderer writes.
 *
 * @since 0.1.0
 */
public enum FeedFormat {
  /** RSS 2.0. */
  RSS("application/rss+xml"),
  /** Atom 1.0 (RFC 4287). */
  ATOM("application/atom+xml");

  private final String mediaType;

  FeedFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * The format's MIME type.
   *
   * @return the MIME type, for {@code Content-Type} headers and link tags
   */
  public String mediaType() {
    return mediaType;
  }
}
