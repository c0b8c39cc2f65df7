package io.dateline.cms.render.internal;

import java.net.URI;
import java.util.Locale;

/**
 * Decides which URLs may reach an {@code href} or {@code src}. An allow-list of schemes rather than
 * a deny-list of {@code javascript:}: browsers strip tabs, newlines and leading spaces from schemes
 * and accept entity-encoded ones, which a deny-list misses. Storage validates links too, but the
 * renderer cannot assume every article came through validation (imports, custom stores).
 */
public final class SafeUrls {
  // Not a scheme any URL can have (schemes cannot contain '/'), so it cannot be forged.
  private static final String SITE_RELATIVE = "/";

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
  public static boolean isSafeResource(String url) {
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
  public static String httpOrNull(URI url) {
    if (url == null) {
      return null;
    }
    String text = url.toString();
    return isSafeResource(text) && text.charAt(0) != '/' ? text : null;
  }

  /**
   * The URL's lowercase scheme, {@link #SITE_RELATIVE} for a path on this site, or {@code null}
   * when the URL is empty, holds spaces or controls (how scheme checks get bypassed), is
   * protocol-relative ({@code //host} leaves the site) or has no scheme.
   */
  private static String scheme(String url) {
    if (url == null || url.isEmpty()) {
      return null;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == 0x7f || c == '\\' || c == '<' || c == '>' || c == '"') {
        return null;
      }
    }
    if (url.charAt(0) == '/') {
      return url.length() == 1 || url.charAt(1) != '/' ? SITE_RELATIVE : null;
    }
    int colon = url.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    for (int i = 0; i < colon; i++) {
      char c = url.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!ok) {
        return null;
      }
    }
    return url.substring(0, colon).toLowerCase(Locale.ROOT);
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
    int start = colon + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    int at = url.lastIndexOf('@', end - 1);
    int hostStart = at >= start ? at + 1 : start;
    return end > hostStart && url.charAt(hostStart) != ':';
  }
}
