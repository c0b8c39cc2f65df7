package io.dateline.cms.render.spi;

import io.dateline.cms.model.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where block renderers, listeners and head contributors write markup. Every method escapes or
 * sanitizes what it is given except {@link #trustedHtml(String)}, so a hook that sticks to the
 * other methods cannot produce script, event handlers or script URLs whatever its input.
 *
 * <ul>
 *   <li>Tag names must be lowercase ASCII names; {@code script}, {@code style} and {@code iframe}
 *       are refused (write those with {@link #trustedHtml(String)} when the app really means it).
 *   <li>Attribute names must be lowercase ASCII names and must not start with {@code on}.
 *   <li>Attributes that hold URLs ({@code href}, {@code src}, {@code cite}, {@code poster}, ...)
 *       are dropped unless the URL is http(s), mailto, tel or a site-relative path.
 *   <li>An attribute whose value is {@code null} is left out.
 * </ul>
 *
 * <p>Not thread-safe: an instance belongs to one rendering call and must not be kept after it.
 *
 * @since 0.1.0
 */
public interface HtmlOutput {

  /**
   * Writes a start tag.
   *
   * @param tag the element name, such as {@code p}
   * @param attributes name and value pairs: {@code "class", "quote", "id", "q1"}
   * @return this output
   * @throws IllegalArgumentException for a refused tag or attribute name or an odd number of
   *     attribute strings
   */
  HtmlOutput open(String tag, @Nullable String... attributes);

  /**
   * Writes a void element such as {@code img} or {@code hr} (no end tag follows).
   *
   * @param tag the element name
   * @param attributes name and value pairs
   * @return this output
   * @throws IllegalArgumentException as for {@link #open(String, String...)}
   */
  HtmlOutput empty(String tag, @Nullable String... attributes);

  /**
   * Writes an end tag.
   *
   * @param tag the element name
   * @return this output
   * @throws IllegalArgumentException for a refused tag name
   */
  HtmlOutput close(String tag);

  /**
   * Writes text, escaped for an element body. {@code null} writes nothing.
   *
   * @param text plain text
   * @return this output
   */
  HtmlOutput text(@Nullable String text);

  /**
   * Writes inline runs the way the theme does: marks become {@code strong}, {@code em}, ...; links
   * become anchors when their target is safe and plain text otherwise.
   *
   * @param spans the runs; never {@code null}
   * @return this output
   */
  HtmlOutput spans(List<Span> spans);

  /**
   * Writes untrusted markup after cleaning it against a safelist: no script, no event handlers, no
   * URLs other than http(s) and mailto.
   *
   * @param html markup from an editor or an import; {@code null} writes nothing
   * @return this output
   */
  HtmlOutput sanitizedHtml(String html);

  /**
   * Writes markup exactly as given. Only for markup the application itself wrote (an ad slot, an
   * analytics snippet): never pass user input here.
   *
   * @param html markup the application trusts; {@code null} writes nothing
   * @return this output
   */
  HtmlOutput trustedHtml(String html);
}
