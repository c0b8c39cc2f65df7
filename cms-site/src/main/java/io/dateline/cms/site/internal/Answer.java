package io.dateline.cms.site.internal;

import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.SiteResponse;
import java.time.Instant;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds one {@link SiteResponse}: status, headers, validators, compression and HEAD. */
final class Answer {
  static final String HTML = "text/html; charset=utf-8";
  static final String CSS = "text/css; charset=utf-8";
  static final String JS = "text/javascript; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String XML = "application/xml; charset=utf-8";
  static final String RSS = "application/rss+xml; charset=utf-8";
  static final String ATOM = "application/atom+xml; charset=utf-8";

  private final int status;
  private final List<Map.Entry<String, String>> headers = new ArrayList<>(10);
  private @Nullable String contentType;
  private byte[] body = new byte[0];
  private byte @Nullable [] gzipped;
  private @Nullable String etag;
  private @Nullable Instant lastModified;
  private ServedKind kind = ServedKind.OTHER;

  private Answer(int status) {
    this.status = status;
  }

  static Answer status(int status) {
    return new Answer(status);
  }

  /** Names what was asked for, for the site's meters. */
  Answer kind(ServedKind kind) {
    this.kind = kind;
    return this;
  }

  ServedKind kind() {
    return kind;
  }

  Answer header(String name, String value) {
    headers.add(new SimpleImmutableEntry<>(name, value));
    return this;
  }

  Answer body(String contentType, byte[] body) {
    this.contentType = contentType;
    this.body = body;
    return this;
  }

  /** A body whose gzip form is already known (cached with it). */
  Answer body(String contentType, byte[] body, byte[] gzipped) {
    this.gzipped = gzipped;
    return body(contentType, body);
  }

  Answer etag(String etag) {
    this.etag = etag;
    return this;
  }

  Answer lastModified(@Nullable Instant lastModified) {
    this.lastModified = lastModified;
    return this;
  }

  Answer cacheControl(String value) {
    headers.removeIf(h -> h.getKey().equals("Cache-Control")); // the last one set wins
    return header("Cache-Control", value);
  }

  /**
   * {@code Surrogate-Key} (space-separated, as Fastly reads it) and {@code Cache-Tag} (Cloudflare).
   */
  Answer surrogateKeys(List<String> keys) {
    if (!keys.isEmpty()) {
      header("Surrogate-Key", String.join(" ", keys));
      header("Cache-Tag", String.join(",", keys));
    }
    return this;
  }

  /** Whether this answer's validators let the request be answered with 304. */
  boolean notModifiedFor(SiteRequest request) {
    return status == 200 && Http.notModified(request, etag, lastModified);
  }

  /**
   * Finishes the response for a request: 304 when its validators match, gzip when the client takes
   * it and the body is worth compressing, no body for HEAD.
   */
  SiteResponse finish(SiteRequest request, boolean compression) {
    List<Map.Entry<String, String>> out = new ArrayList<>(headers.size() + 6);
    if (etag != null) {
      out.add(new SimpleImmutableEntry<>("ETag", etag));
    }
    if (lastModified != null) {
      out.add(new SimpleImmutableEntry<>("Last-Modified", Http.date(lastModified)));
    }
    out.addAll(headers);
    boolean compressible = compression && contentType != null && isText(contentType);
    if (compressible) {
      // Every variant names what it varies on, compressed or not (RFC 9110 §12.5.5).
      out.add(new SimpleImmutableEntry<>("Vary", "Accept-Encoding"));
    }
    if (notModifiedFor(request)) {
      return new SiteResponse(304, out, null);
    }
    byte[] payload = body;
    if (compressible && body.length >= Http.COMPRESS_MIN_BYTES && Http.acceptsGzip(request)) {
      payload = gzipped != null ? gzipped : Http.gzip(body);
      out.add(new SimpleImmutableEntry<>("Content-Encoding", "gzip"));
    }
    if (contentType != null) {
      out.add(new SimpleImmutableEntry<>("Content-Type", contentType));
    }
    if (status != 204 && status != 304) {
      out.add(new SimpleImmutableEntry<>("Content-Length", Integer.toString(payload.length)));
    }
    boolean head = request.method().equals("HEAD");
    return new SiteResponse(status, out, head || status == 204 ? null : payload);
  }

  private static boolean isText(String type) {
    return type.startsWith("text/")
        || type.startsWith("application/") && type.contains("xml")
        || type.startsWith("application/json");
  }
}
