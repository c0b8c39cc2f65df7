package io.dateline.cms.render.spi;

/**
 * Where {@link HeadContributor}s add elements to a page's {@code <head>}. Values are escaped and
 * URLs checked as in {@link HtmlOutput}; only {@link #trustedHtml(String)} writes markup as is.
 *
 * <p>Not thread-safe: an instance belongs to one rendering call.
 *
 * @since 0.1.0
 */
public interface HeadWriter {

  /**
   * Adds {@code <meta name="..." content="...">}.
   *
   * @param name the name, such as {@code robots}
   * @param content the value; {@code null} adds nothing
   * @return this writer
   */
  HeadWriter meta(String name, String content);

  /**
   * Adds {@code <meta property="..." content="...">}, the form OpenGraph uses.
   *
   * @param property the property, such as {@code fb:app_id}
   * @param content the value; {@code null} adds nothing
   * @return this writer
   */
  HeadWriter property(String property, String content);

  /**
   * Adds {@code <link rel="..." href="...">}; nothing when the URL is not safe.
   *
   * @param rel the relation, such as {@code preconnect}
   * @param href the target
   * @return this writer
   */
  HeadWriter link(String rel, String href);

  /**
   * Adds {@code <script src="..." async></script>} for a script the application trusts; nothing
   * when the URL is not http(s) or site-relative.
   *
   * @param src the script's URL
   * @return this writer
   */
  HeadWriter script(String src);

  /**
   * Adds markup as is. Only for markup the application itself wrote.
   *
   * @param html trusted markup
   * @return this writer
   */
  HeadWriter trustedHtml(String html);
}
