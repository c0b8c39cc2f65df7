package io.dateline.examples.newssite;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP response, built by a route and sent by {@link #send}. Text bodies are always UTF-8 and
 * say so in their content type.
 *
 * @param status the status code
 * @param contentType the content type with charset, or {@code null} for no body
 * @param body the body bytes; empty for none
 * @param headers further headers
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {
  static final String HTML = "text/html; charset=utf-8";
  static final String RSS = "application/rss+xml; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";
  static final String XML = "application/xml; charset=utf-8";
  static final String JSON = "application/json; charset=utf-8";

  Reply {
    headers = Map.copyOf(headers);
  }

  static Reply text(int status, String contentType, String body) {
    return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  static Reply redirect(String location) {
    return new Reply(301, null, new byte[0], Map.of("Location", location));
  }

  static Reply methodNotAllowed() {
    return new Reply(405, null, new byte[0], Map.of("Allow", "GET, HEAD"));
  }

  /**
   * A response that clients may cache and revalidate: it carries a strong {@code ETag} (a digest of
   * the body) and, when known, {@code Last-Modified}; a request whose {@code If-None-Match} or
   * {@code If-Modified-Since} shows the client already holds it gets {@code 304 Not Modified}
   * without a body.
   *
   * @param request the request headers
   * @param contentType the content type
   * @param body the full body
   * @param lastModified when the content last changed, or {@code null}
   */
  static Reply revalidatable(
      Headers request, String contentType, String body, Instant lastModified) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String etag = '"' + digest(bytes) + '"';
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("ETag", etag);
    headers.put("Cache-Control", "no-cache");
    Instant modified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
    if (modified != null) {
      headers.put("Last-Modified", HTTP_DATE.format(modified));
    }
    if (notModified(request, etag, modified)) {
      return new Reply(304, null, new byte[0], headers);
    }
    return new Reply(200, contentType, bytes, headers);
  }

  /** RFC 9110: If-None-Match wins when present; If-Modified-Since is only consulted without it. */
  private static boolean notModified(Headers request, String etag, Instant modified) {
    String ifNoneMatch = request.getFirst("If-None-Match");
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",")) {
        String tag = candidate.strip();
        if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
          return true;
        }
      }
      return false;
    }
    String ifModifiedSince = request.getFirst("If-Modified-Since");
    if (ifModifiedSince == null || modified == null) {
      return false;
    }
    try {
      Instant since = Instant.from(HTTP_DATE.parse(ifModifiedSince.strip()));
      return !modified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an unreadable date is ignored, as RFC 9110 says
    }
  }

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private static String digest(byte[] bytes) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * Writes the response. A HEAD request gets the headers and the length, without the body.
   *
   * @param exchange the exchange
   * @throws IOException when the client went away
   */
  void send(HttpExchange exchange) throws IOException {
    Headers out = exchange.getResponseHeaders();
    headers.forEach(out::set);
    if (contentType != null) {
      out.set("Content-Type", contentType);
      out.set("X-Content-Type-Options", "nosniff");
    }
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    if (status == 304 || status == 204) {
      exchange.sendResponseHeaders(status, -1);
    } else if (head) {
      out.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
    } else {
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream stream = exchange.getResponseBody()) {
          stream.write(body);
        }
      }
    }
    exchange.close();
  }
}
