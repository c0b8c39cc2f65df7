package io.dateline.cms.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as {@link DatelineSite} needs it, free of any web framework: the method, the raw
 * (still percent-encoded) path and query, the headers and the client's address. Adapters build one
 * per request; the servlet adapter in {@code io.dateline.cms.site.servlet} is one.
 *
 * <pre>{@code
 * SiteRequest request = SiteRequest.builder("GET", "/dnipro-news/news/svitlo")
 *     .header("Accept-Encoding", "gzip")
 *     .remoteAddress("203.0.113.7")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SiteRequest {
  private final String method;
  private final String rawPath;
  private final @Nullable String rawQuery;
  private final List<String[]> headers;
  private final @Nullable String remoteAddress;

  private SiteRequest(Builder b) {
    this.method = b.method;
    this.rawPath = b.rawPath;
    this.rawQuery = b.rawQuery;
    this.headers = List.copyOf(b.headers);
    this.remoteAddress = b.remoteAddress;
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method, such as {@code GET}; compared case-sensitively, as HTTP does
   * @param rawPath the path as sent, percent-encoding intact, starting with {@code /}
   * @return a builder
   * @throws NullPointerException when an argument is {@code null}
   */
  public static Builder builder(String method, String rawPath) {
    return new Builder(method, rawPath);
  }

  /**
   * A {@code GET} request without headers, for tests and tools.
   *
   * @param rawPathAndQuery the path, optionally followed by {@code ?query}
   * @return the request
   */
  public static SiteRequest get(String rawPathAndQuery) {
    int q = rawPathAndQuery.indexOf('?');
    Builder b =
        builder("GET", q < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, q))
            .rawQuery(q < 0 ? null : rawPathAndQuery.substring(q + 1));
    return b.build();
  }

  /**
   * The method.
   *
   * @return the method, such as {@code GET}
   */
  public String method() {
    return method;
  }

  /**
   * The path as sent.
   *
   * @return the raw path, starting with {@code /}
   */
  public String rawPath() {
    return rawPath;
  }

  /**
   * The query as sent, without the {@code ?}.
   *
   * @return the raw query, or {@code null} when the URL had none
   */
  public @Nullable String rawQuery() {
    return rawQuery;
  }

  /**
   * The first value of a header.
   *
   * @param name the name, compared ignoring case
   * @return the value, or {@code null} when absent
   */
  public @Nullable String header(String name) {
    for (String[] h : headers) {
      if (h[0].equalsIgnoreCase(name)) {
        return h[1];
      }
    }
    return null;
  }

  /**
   * Every value of a header, in the order received.
   *
   * @param name the name, compared ignoring case
   * @return the values; empty when absent
   */
  public List<String> headers(String name) {
    List<String> values = new ArrayList<>(1);
    for (String[] h : headers) {
      if (h[0].equalsIgnoreCase(name)) {
        values.add(h[1]);
      }
    }
    return values;
  }

  /**
   * The client's address, as the adapter knows it (behind a proxy, the proxy's, unless the adapter
   * reads forwarding headers it trusts).
   *
   * @return the address, or {@code null} when unknown
   */
  public @Nullable String remoteAddress() {
    return remoteAddress;
  }

  @Override
  public String toString() {
    return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery);
  }

  /** Builds a {@link SiteRequest}; not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String rawPath;
    private @Nullable String rawQuery;
    private final List<String[]> headers = new ArrayList<>();
    private @Nullable String remoteAddress;

    private Builder(String method, String rawPath) {
      this.method = Objects.requireNonNull(method, "method");
      this.rawPath = Objects.requireNonNull(rawPath, "rawPath");
    }

    /**
     * Sets the query.
     *
     * @param rawQuery the query as sent, without {@code ?}; {@code null} for none
     * @return this builder
     */
    public Builder rawQuery(@Nullable String rawQuery) {
      this.rawQuery = rawQuery;
      return this;
    }

    /**
     * Adds a header value; call again for repeated headers.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.add(
          new String[] {
            Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT),
            Objects.requireNonNull(value, "value")
          });
      return this;
    }

    /**
     * Sets the client's address, used to rate-limit view beacons.
     *
     * @param address the address, or {@code null}
     * @return this builder
     */
    public Builder remoteAddress(String address) {
      this.remoteAddress = address;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public SiteRequest build() {
      return new SiteRequest(this);
    }
  }
}
