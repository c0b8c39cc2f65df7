package io.dateline.cms.render;

/**
 * A feed a page advertises with {@code <link rel="alternate">}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param format RSS or Atom
 * @param title the feed's title
 * @param url the feed's absolute URL
 * @since 0.1.0
 */
public record FeedLink(FeedFormat format, String title, String url) {

  /**
   * The MIME type for the link's {@code type} attribute.
   *
   * @return {@code application/rss+xml} or {@code application/atom+xml}
   */
  public String mediaType() {
    return format.mediaType();
  }
}
