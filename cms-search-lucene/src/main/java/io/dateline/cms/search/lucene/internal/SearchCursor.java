package io.dateline.cms.search.lucene.internal;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.search.SearchQueryException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of hits ended: the "now" the recency boost counted from, the last hit's score,
 * publish time and id. Encoded as {@code l1.} and URL-safe base64, so it can travel in a query
 * string.
 *
 * @param nowMicros the recency boost's reference time, epoch microseconds
 * @param score the last hit's score
 * @param publishMicros the last hit's publish time, epoch microseconds
 * @param id the last hit's article id
 */
public record SearchCursor(long nowMicros, float score, long publishMicros, String id) {
  private static final String PREFIX = "l1.";

  /**
   * The cursor as text.
   *
   * @return the encoded cursor
   */
  public String encode() {
    byte[] idBytes = id.getBytes(StandardCharsets.US_ASCII);
    ByteBuffer buffer = ByteBuffer.allocate(8 + 4 + 8 + idBytes.length);
    buffer.putLong(nowMicros).putFloat(score).putLong(publishMicros).put(idBytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /**
   * Reads a cursor.
   *
   * @param text an encoded cursor
   * @return the cursor
   * @throws SearchQueryException when the text is not a cursor of this index
   */
  public static SearchCursor decode(String text) {
    try {
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException("prefix");
      }
      ByteBuffer buffer =
          ByteBuffer.wrap(Base64.getUrlDecoder().decode(text.substring(PREFIX.length())));
      long now = buffer.getLong();
      float score = buffer.getFloat();
      long publish = buffer.getLong();
      byte[] idBytes = new byte[buffer.remaining()];
      buffer.get(idBytes);
      String id = ArticleId.parse(new String(idBytes, StandardCharsets.US_ASCII)).toString();
      if (!Float.isFinite(score)) {
        throw new IllegalArgumentException("score");
      }
      return new SearchCursor(now, score, publish, id);
    } catch (RuntimeException e) {
      throw new SearchQueryException("cursor", "Malformed", "is not a cursor of this search");
    }
  }
}
