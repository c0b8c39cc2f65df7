package io.dateline.cms.ninjs;

import io.dateline.cms.model.ArticleId;
import java.util.Objects;

/**
 * What one import did.
 *
 * @param outcome whether the article was created, updated or left alone
 * @param articleId the article the item is (or, when ignored, already was) stored as
 * @param uri the item's identifier
 * @param version the version the document carried
 * @param storedVersion the item's version recorded after the import (for an ignored document, the
 *     newer or equal version imported before)
 */
public record ImportResult(
    Outcome outcome, ArticleId articleId, String uri, long version, long storedVersion) {

  /**
   * Checks the values.
   *
   * @throws NullPointerException when a value is {@code null}
   */
  public ImportResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(uri, "uri");
  }

  /** What an import did with the article. */
  public enum Outcome {
    /** The item was new to the tenant: a draft was created. */
    CREATED,
    /** The item was newer than the version imported before: the article was updated. */
    UPDATED,
    /** The same version was imported before: nothing changed. */
    UNCHANGED,
    /** An older version than the one imported before: nothing changed. */
    IGNORED_OLDER
  }

  /**
   * Whether the import changed stored content.
   *
   * @return {@code true} for {@link Outcome#CREATED} and {@link Outcome#UPDATED}
   */
  public boolean changed() {
    return outcome == Outcome.CREATED || outcome == Outcome.UPDATED;
  }
}
