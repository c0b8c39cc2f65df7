package io.dateline.cms.spi;

import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.Objects;

/**
 * Where an imported article came from: the identifier the sender gave the item (a ninjs {@code
 * uri}, for example), the sender's version of it that was last imported, and the article it became.
 * Importers keep one per source identifier and tenant, so that importing the same item again is
 * recognised and only a newer version changes the article.
 *
 * @param uri the sender's identifier of the item; 1 to {@value #MAX_URI_LENGTH} characters
 * @param version the sender's version last imported; not negative
 * @param articleId the article the item became
 * @param importedAt when that version was imported
 * @since 0.1.0
 */
public record ImportSource(String uri, long version, ArticleId articleId, Instant importedAt) {
  /** The longest source identifier a store must keep. */
  public static final int MAX_URI_LENGTH = 1000;

  /**
   * Checks the values.
   *
   * @throws NullPointerException when a value is {@code null}
   * @throws IllegalArgumentException when the identifier is empty or too long, or the version is
   *     negative
   */
  public ImportSource {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(importedAt, "importedAt");
    if (uri.isEmpty() || uri.length() > MAX_URI_LENGTH) {
      throw new IllegalArgumentException(
          "uri must have 1 to " + MAX_URI_LENGTH + " characters, but has " + uri.length());
    }
    if (version < 0) {
      throw new IllegalArgumentException("version must not be negative, but was " + version);
    }
  }
}
