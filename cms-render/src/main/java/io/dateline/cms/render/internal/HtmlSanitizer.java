package io.dateline.cms.render.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans untrusted markup (raw HTML blocks) with jsoup against a safelist. jsoup parses the markup
 * the way a browser does, so tricks that fool regular expressions (unclosed tags, entity-encoded
 * schemes, nested comments) are resolved before the safelist is applied.
 */
public final class HtmlSanitizer {
  // relaxed() allows ftp links; we narrow every URL attribute to http(s), plus mailto for links.
  // The safelist is configured once here and only read afterwards, which jsoup's Cleaner supports
  // from many threads.
  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .removeProtocols("a", "href", "ftp")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private HtmlSanitizer() {}

  /**
   * Cleans markup.
   *
   * @param html untrusted markup; may be {@code null}
   * @return markup with only safelisted elements, attributes and protocols; empty for {@code null}
   */
  public static String clean(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    // Output settings hold a lazily created charset encoder, so each call gets its own.
    return Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false));
  }
}
