package io.dateline.cms;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored state of an article: what it looked like after one change, who made the change, when,
 * and why. Revisions are immutable; every change made through the {@link ArticleService} (create,
 * update, publication steps, restore, timed changes) stores a new one with the next number.
 *
 * @param articleId the article
 * @param number the revision's number: 1 for the article's first stored state, then one more for
 *     each change
 * @param createdAt when the change was stored
 * @param actor who made the change; {@link Actor#SCHEDULER} for timed work
 * @param summary the editor's note on the change, or {@code null}
 * @param article the whole article as it was stored by the change
 * @since 0.1.0
 */
public record Revision(
    ArticleId articleId,
    int number,
    Instant createdAt,
    Actor actor,
    @Nullable String summary,
    Article article) {

  /** Checks that nothing required is missing and that the number is positive. */
  public Revision {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(article, "article");
    if (number < 1) {
      throw new IllegalArgumentException("revision numbers start at 1, was " + number);
    }
  }
}
