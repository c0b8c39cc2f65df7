package io.dateline.cms.spi;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A timed change waiting in storage: a prepared update or an expiry of one article.
 *
 * @param id the change's id, unique in the tenant; a rescheduled change gets a new one
 * @param articleId the article
 * @param expiry {@code true} for an expiry (unpublish), {@code false} for a prepared update
 * @param dueAt when it is due
 * @param stamp who scheduled it, when, and the summary for the revision it makes
 * @param content for an update, the prepared article state; {@code null} for an expiry
 * @since 0.1.0
 */
public record PendingChange(
    UUID id,
    ArticleId articleId,
    boolean expiry,
    Instant dueAt,
    RevisionStamp stamp,
    @Nullable Article content) {
  /** Rejects missing parts, and content on an expiry or none on an update. */
  public PendingChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(stamp, "stamp");
    if (expiry == (content != null)) {
      throw new IllegalArgumentException("an update carries content and an expiry none");
    }
  }
}
