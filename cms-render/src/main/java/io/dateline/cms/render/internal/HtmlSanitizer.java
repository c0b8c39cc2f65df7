package io.dateline.cms.render.internal;

import io.dateline.cms.validation.HtmlSafelist;

/**
 * Cleans untrusted markup for the page: what {@code HtmlOutput.sanitizedHtml} writes. The policy is
 * core's {@link HtmlSafelist}, the same one the article service applies before it stores a raw HTML
 * block, so a stored block and a freshly cleaned one are the same markup.
 *
 * @since 0.1.0
 */
public final class HtmlSanitizer {
  private HtmlSanitizer() {}

  /**
   * Cleans markup.
   *
   * @param html untrusted markup; may be {@code null}
   * @return markup with only safelisted elements, attributes and protocols; empty for {@code null}
   */
  public static String clean(String html) {
    return HtmlSafelist.clean(html);
  }
}
