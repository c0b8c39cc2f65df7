package io.dateline.cms.site.internal;

import io.dateline.cms.site.SiteRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The small parts of HTTP semantics the site needs (RFC 9110 conditional requests and content
 * coding, RFC 9111 cache directives). Written here rather than taken from a server library because
 * the site must work inside any server, and these rules are a few dozen lines; each method names
 * the rule it follows.
 */
final class Http {
  /** IMF-fixdate (RFC 9110 §5.6.7), as {@code Last-Modified} and {@code Date} require. */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** Bodies shorter than this are sent as they are: gzip would barely shrink them. */
  static final int COMPRESS_MIN_BYTES = 1024;

  private Http() {}

  /**
   * Whether the client accepts gzip (RFC 9110 §12.5.3): a {@code gzip} or {@code *} coding with a
   * quality above zero.
   */
  static boolean acceptsGzip(SiteRequest request) {
    boolean accepted = false;
    for (String header : request.headers("accept-encoding")) {
      for (String item : header.split(",")) {
        String[] parts = item.trim().split(";");
        String coding = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) {
          continue;
        }
        double q = 1;
        for (int i = 1; i < parts.length; i++) {
          String p = parts[i].trim();
          if (p.startsWith("q=") || p.startsWith("Q=")) {
            try {
              q = Double.parseDouble(p.substring(2));
            } catch (NumberFormatException e) {
              q = 0;
            }
          }
        }
        if (coding.equals("gzip") || coding.equals("x-gzip")) {
          return q > 0; // an explicit gzip entry decides, whatever "*" says
        }
        accepted = q > 0;
      }
    }
    return accepted;
  }

  /**
   * Gzips bytes at level 5: pages with live view counts are compressed per request, where the
   * default level 6 costs noticeably more time for a few bytes less.
   */
  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out, 8192) {
          {
            def.setLevel(5);
          }
        }) {
      gz.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen in memory
    }
    return out.toByteArray();
  }

  /**
   * Whether a stored response with this validator answers the request with 304 (RFC 9110 §13.2.2):
   * {@code If-None-Match} decides when present (weak comparison), else {@code If-Modified-Since}.
   */
  static boolean notModified(
      SiteRequest request, @Nullable String etag, @Nullable Instant lastModified) {
    String ifNoneMatch = request.header("if-none-match");
    if (ifNoneMatch != null) {
      return etag != null && matchesAny(ifNoneMatch, etag);
    }
    String since = request.header("if-modified-since");
    if (since == null || lastModified == null) {
      return false;
    }
    try {
      Instant client = ZonedDateTime.parse(since.trim(), HTTP_DATE).toInstant();
      return !lastModified.truncatedTo(ChronoUnit.SECONDS).isAfter(client);
    } catch (DateTimeParseException e) {
      return false; // an invalid date is ignored (RFC 9110 §13.1.3)
    }
  }

  /** Weak comparison of an {@code If-None-Match} list against one entity tag. */
  static boolean matchesAny(String header, String etag) {
    String opaque = opaque(etag);
    for (String candidate : header.split(",")) {
      String c = candidate.trim();
      if (c.equals("*") || opaque(c).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /** Formats an HTTP date. */
  static String date(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  /**
   * A short, stable hash of some text, for entity tags: 64 bits of FNV-1a, written in base 36. Not
   * a security boundary: an entity tag only needs to change when the content does.
   */
  static String hash(CharSequence text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return Long.toUnsignedString(h, 36);
  }

  /** The same hash over bytes. */
  static String hash(byte[] bytes) {
    long h = 0xcbf29ce484222325L;
    for (byte b : bytes) {
      h ^= (b & 0xff);
      h *= 0x100000001b3L;
    }
    return Long.toUnsignedString(h, 36);
  }
}
