package io.dateline.cms.render.internal;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * Decides which URLs may reach an {@code href} or {@code src}. An allow-list of schemes rather than
 * a deny-list of {@code javascript:}: browsers strip tabs, newlines and leading spaces from schemes
 * and accept entity-encoded ones, which a deny-list misses. Storage validates links too, but the
 * renderer cannot assume every article came through validation (imports, custom stores).
 *
 * @since 0.1.0
 */
public final class SafeUrls {
  // Not a scheme any URL can have (schemes cannot contain '/'), so it cannot be forged.
  private static final String SITE_RELATIVE = "/";
  // Any scheme that is not allowed; callers only need to know it is none of the allowed ones.
  private static final String OTHER = "?";
  // Schemes that run code or build a document when a value becomes a URL; see isScriptUrl.
  private static final String[] SCRIPT_SCHEMES = {"javascript:", "vbscript:", "data:"};

  private SafeUrls() {}

  /**
   * A link target for body text: http(s) with a host, mailto, tel, or a site-relative path.
   *
   * @param url the candidate; may be {@code null}
   * @return {@code true} when it may be written as an {@code href}
   */
  public static boolean isSafeLink(String url) {
    String scheme = scheme(url);
    if (scheme == null) {
      return false;
    }
    switch (scheme) {
      case SITE_RELATIVE:
        return true;
      case "http", "https":
        return hasHost(url);
      case "mailto", "tel":
        return url.length() > scheme.length() + 1;
      default:
        return false;
    }
  }

  /**
   * A resource URL (image, embed, source, page): http(s) with a host, or a site-relative path.
   *
   * @param url the candidate; may be {@code null}
   * @return {@code true} when it may be written as a {@code src} or {@code href}
   */
  public static boolean isSafeResource(@Nullable String url) {
    if (url == null) {
      return false;
    }
    String scheme = scheme(url);
    return SITE_RELATIVE.equals(scheme)
        || (("http".equals(scheme) || "https".equals(scheme)) && hasHost(url));
  }

  /**
   * An absolute http(s) URL, as structured data and feeds need.
   *
   * @param url the candidate; may be {@code null}
   * @return the URL, or {@code null} when it is not absolute http(s)
   */
  public static @Nullable String httpOrNull(@Nullable URI url) {
    if (url == null) {
      return null;
    }
    String text = url.toString();
    return isSafeResource(text) && text.charAt(0) != '/' ? text : null;
  }

  /**
   * Whether a value that is not itself a URL attribute could still become a script URL: the
   * animation attributes of SVG ({@code values}, {@code from}, {@code to}, {@code by}) copy their
   * value into the attribute an {@code <animate>} or {@code <set>} targets, which may be an {@code
   * href}. Such values are mostly not URLs at all ({@code 0;1}, {@code red}), so an allow-list of
   * schemes does not fit; instead every item of the list ({@code ;}-separated, as {@code values}
   * is) is refused when, read as a browser reads a URL (ASCII whitespace and controls dropped, case
   * ignored), it starts with a scheme that runs code or builds a document: {@code javascript:},
   * {@code vbscript:} or {@code data:}.
   *
   * @param value the attribute value; may be {@code null}
   * @return {@code true} when some item of it is such a URL
   */
  public static boolean isScriptUrl(String value) {
    if (value == null) {
      return false;
    }
    int start = 0;
    while (start <= value.length()) {
      int end = value.indexOf(';', start);
      if (end < 0) {
        end = value.length();
      }
      if (startsWithScriptScheme(value, start, end)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  private static boolean startsWithScriptScheme(String value, int start, int end) {
    StringBuilder head = new StringBuilder(12);
    for (int i = start; i < end && head.length() < 11; i++) {
      char c = value.charAt(i);
      if (c > 0x20 && c != 0x7f) {
        head.append(Character.toLowerCase(c));
      }
    }
    for (String scheme : SCRIPT_SCHEMES) {
      if (head.length() >= scheme.length() && head.substring(0, scheme.length()).equals(scheme)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The URL's scheme as one of the constants the callers compare with ({@code "http"}, {@code
   * "https"}, {@code "mailto"}, {@code "tel"}, {@link #SITE_RELATIVE}, or {@link #OTHER}), or
   * {@code null} when the URL is empty, holds spaces or controls (how scheme checks get bypassed),
   * is protocol-relative ({@code //host} leaves the site) or has no scheme. Runs for every URL of
   * every page, so it compares in place instead of cutting out and lower-casing the scheme.
   */
  private static @Nullable String scheme(@Nullable String url) {
    if (url == null || url.isEmpty()) {
      return null;
    }
    int colon = -1;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '\\' || c == '<' || c == '>' || c == '"') {
        return null;
      }
      if (c == ':' && colon < 0) {
        colon = i;
      }
    }
    if (url.charAt(0) == '/') {
      return url.length() == 1 || url.charAt(1) != '/' ? SITE_RELATIVE : null;
    }
    if (colon <= 0 || !isSchemeStart(url.charAt(0))) {
      return null;
    }
    switch (colon) {
      case 3:
        return url.regionMatches(true, 0, "tel", 0, 3) ? "tel" : OTHER;
      case 4:
        return url.regionMatches(true, 0, "http", 0, 4) ? "http" : OTHER;
      case 5:
        return url.regionMatches(true, 0, "https", 0, 5) ? "https" : OTHER;
      case 6:
        return url.regionMatches(true, 0, "mailto", 0, 6) ? "mailto" : OTHER;
      default:
        return OTHER;
    }
  }

  private static boolean isSchemeStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Whether "scheme://" is followed by a non-empty authority. Checked by hand rather than with
   * {@link URI}: this runs for every link of every page, and parsing a URI costs more than the rest
   * of writing the link; the scheme allow-list, not this check, is what keeps scripts out.
   */
  private static boolean hasHost(String url) {
    int colon = url.indexOf(':');
    if (!url.startsWith("//", colon + 1)) {
      return false;
    }
    int hostStart = colon + 3;
    int i = hostStart;
    for (; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        break;
      }
      if (c == '@') {
        hostStart = i + 1; // user info ends here
      }
    }
    return i > hostStart && url.charAt(hostStart) != ':';
  }
}
