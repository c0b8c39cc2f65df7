package io.dateline.cms.site;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link DatelineSite} answers: a status, headers in order, and a body of bytes. Adapters copy
 * the three to their server's response; nothing else needs translating.
 *
 * <p>For a {@code HEAD} request the body is empty while {@code Content-Length} still names the
 * length the {@code GET} body would have. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class SiteResponse {
  private static final byte[] NO_BODY = new byte[0];

  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final byte[] body;

  /**
   * Creates a response.
   *
   * @param status the status code
   * @param headers the headers, in order; names as they should be sent
   * @param body the body; not copied, so the caller must not change it afterwards
   */
  public SiteResponse(int status, List<Map.Entry<String, String>> headers, byte @Nullable [] body) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("not an HTTP status: " + status);
    }
    this.status = status;
    this.headers = Collections.unmodifiableList(new ArrayList<>(headers));
    this.body = body == null ? NO_BODY : body;
  }

  /**
   * The status code.
   *
   * @return the status, such as 200
   */
  public int status() {
    return status;
  }

  /**
   * Every header, in the order to send them. {@code Content-Length} is among them whenever the
   * status allows a body.
   *
   * @return the headers
   */
  public List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the name, compared ignoring case
   * @return the value, or {@code null}
   */
  public @Nullable String header(String name) {
    Objects.requireNonNull(name, "name");
    for (Map.Entry<String, String> h : headers) {
      if (h.getKey().equalsIgnoreCase(name)) {
        return h.getValue();
      }
    }
    return null;
  }

  /**
   * The body. Callers must not change the array.
   *
   * @return the bytes; empty for {@code HEAD}, 304 and 204 answers
   */
  public byte[] body() {
    return body;
  }

  /**
   * Writes the body.
   *
   * @param out where to
   * @throws IOException when writing fails
   */
  public void writeBody(OutputStream out) throws IOException {
    out.write(body);
  }

  @Override
  public String toString() {
    return "SiteResponse[" + status + ", " + body.length + " bytes]";
  }
}
