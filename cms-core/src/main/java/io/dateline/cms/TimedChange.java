package io.dateline.cms;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change of an article waiting for its time: a prepared update that goes live, or an expiry that
 * takes the article down. {@link ArticleService#publishDue()} (and {@link Dateline#publishDue()},
 * which the built-in scheduler runs) carries out due timed changes exactly once, whichever node
 * runs it. An article has at most one pending timed change of each kind.
 *
 * @param id the change's own id; a rescheduled change gets a new one
 * @param articleId the article
 * @param kind what happens
 * @param dueAt when it happens (at the first {@code publishDue()} run at or after this time)
 * @param scheduledBy who scheduled it
 * @param summary the note stored with the revision it makes, or {@code null}
 * @param content for {@link Kind#UPDATE}, the article as the update will store it (its content
 *     fields replace the article's when the change happens; status and times are the article's at
 *     that moment); {@code null} for {@link Kind#EXPIRY}
 * @since 0.1.0
 */
public record TimedChange(
    UUID id,
    ArticleId articleId,
    Kind kind,
    Instant dueAt,
    Actor scheduledBy,
    @Nullable String summary,
    @Nullable Article content) {

  /**
   * What a timed change does.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Replaces the article's content with a prepared one. */
    UPDATE,
    /** Unpublishes the article. */
    EXPIRY
  }

  /** Checks that an update carries content and an expiry none. */
  public TimedChange {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dueAt, "dueAt");
    Objects.requireNonNull(scheduledBy, "scheduledBy");
    if ((kind == Kind.UPDATE) != (content != null)) {
      throw new IllegalArgumentException("an UPDATE carries content and an EXPIRY none");
    }
  }
}
