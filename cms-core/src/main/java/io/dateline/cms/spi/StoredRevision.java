package io.dateline.cms.spi;

import io.dateline.cms.model.Article;
import java.util.Objects;

/**
 * One stored revision: the article's state after a change, with its number and stamp.
 *
 * @param number the number, from 1, one more than the article's previous revision
 * @param stamp who made the change, when and why
 * @param article the article exactly as the change stored it
 * @since 0.1.0
 */
public record StoredRevision(int number, RevisionStamp stamp, Article article) {
  /** Rejects missing parts. */
  public StoredRevision {
    Objects.requireNonNull(stamp, "stamp");
    Objects.requireNonNull(article, "article");
  }
}
