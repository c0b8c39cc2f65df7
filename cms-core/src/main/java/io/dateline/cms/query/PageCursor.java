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
 * @since 0.1.0
 */
public record PageCursor(Instant publishAt, ArticleId id) {
  /**
   * The earliest time a decoded cursor may hold: the first instant of year 1. Every store handles
   * years 1 to 9999 (PostgreSQL's {@code timestamp} does not reach {@link Instant#MAX}), so a token
   * outside them is refused when read rather than failing in the database.
   */
  public static final Instant MIN_TIME = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest time a decoded cursor may hold: the last instant of year 9999. */
  public static final Instant MAX_TIME = Instant.parse("9999-12-31T23:59:59.999999999Z");

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
   * @throws ValidationException naming the field {@code cursor} when the token is malformed or
   *     holds a time outside {@link #MIN_TIME} to {@link #MAX_TIME}
   */
  public static PageCursor decode(String token) {
    Objects.requireNonNull(token, "token");
    try {
      String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
      String[] parts = raw.split("\\.", 3);
      if (parts.length != 3) {
        throw new IllegalArgumentException("three parts expected");
      }
      long nanos = Long.parseLong(parts[1]);
      if (nanos < 0 || nanos > 999_999_999) {
        throw new IllegalArgumentException("nanoseconds out of range");
      }
      Instant time = Instant.ofEpochSecond(Long.parseLong(parts[0]), nanos);
      if (time.isBefore(MIN_TIME) || time.isAfter(MAX_TIME)) {
        throw ValidationException.of(
            "cursor", "cursor", "Cursor", "holds a time outside the years 1 to 9999");
      }
      return new PageCursor(time, ArticleId.of(UUID.fromString(parts[2])));
    } catch (ValidationException e) {
      throw e;
    } catch (RuntimeException e) {
      throw ValidationException.of(
          "cursor", "cursor", "Cursor", "is not a cursor returned by this listing");
    }
  }
}
