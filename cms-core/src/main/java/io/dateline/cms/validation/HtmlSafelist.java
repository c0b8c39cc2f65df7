package io.dateline.cms.validation;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The one policy for markup from editors and imports (raw HTML blocks): which elements, attributes
 * and URL schemes survive. The article service cleans raw HTML with it before storing, and the
 * renderer uses the same policy, so stored markup is already in the form a page shows.
 *
 * <p>It is jsoup's {@link Safelist#relaxed()} (text formatting, headings, lists, tables, images,
 * links) with links and images limited to http(s) (plus mailto for links) and {@code rel="nofollow
 * noopener"} forced on links: no script, no style, no event handlers, no script or data URLs. jsoup
 * parses markup the way a browser does, so unclosed tags, entity-encoded schemes and nested
 * comments are resolved before the safelist is applied.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlSafelist {
  // Configured once here and only read afterwards, which jsoup's Cleaner supports from many
  // threads.
  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .removeProtocols("a", "href", "ftp")
          .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private HtmlSafelist() {}

  /**
   * Cleans markup against the policy. Cleaning is idempotent: cleaning the result again gives the
   * same string.
   *
   * @param html untrusted markup; may be {@code null}
   * @return markup holding only safelisted elements, attributes and URL schemes; empty for {@code
   *     null}
   */
  public static String clean(String html) {
    if (html == null || html.isEmpty()) {
      return "";
    }
    // Output settings hold a lazily created charset encoder, so each call gets its own.
    return Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false));
  }
}
