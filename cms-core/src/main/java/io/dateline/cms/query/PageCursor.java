package io.dateline.cms.query;

import io.dateline.cms.ValidationException;
import io.dateline.cms.model.ArticleId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a listing: the sort key of the last item of a page. The next page holds the items
 * strictly after it, so new articles published while a reader pages never cause duplicates or gaps
 * (keyset pagination; there is no page number and no OFFSET).
 *
 * <p>Immutable and thread-safe. {@link #encode()} gives a short URL-safe token for links; {@link
 * #decode(String)} reads it back.
 *
 * @param publishAt the publish time of the last item seen
 * @param id the id of the last item seen, breaking ties between equal times
 */
public record PageCursor(Instant publishAt, ArticleId id) {
  /** Rejects {@code null}. */
  public PageCursor {
    Objects.requireNonNull(publishAt, "publishAt");
    Objects.requireNonNull(id, "id");
  }

  /**
   * The URL-safe token for this cursor.
   *
   * @return base64url text without padding
   */
  public String encode() {
    String raw = publishAt.getEpochSecond() + "." + publishAt.getNano() + "." + id.value();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Reads a token made by {@link #encode()}.
   *
   * @param token the token; never {@code null}
   * @return the cursor
   * @throws ValidationException naming the field {@code cursor} when the token is malformed
   */
  public static PageCursor decode(String token) {
    Objects.requireNonNull(token, "token");
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
      String[] parts = raw.split("\\.", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException("three parts expected");
      }
      return new PageCursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          ArticleId.of(UUID.fromString(parts[2])));
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", "cursor", "Cursor", "is not a cursor returned by this listing");
    }
  }
}
