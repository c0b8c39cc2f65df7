package io.dateline.cms.internal;

import io.dateline.cms.Actor;
import io.dateline.cms.RevisionRetention;
import io.dateline.cms.RevisionService;
import io.dateline.cms.ValidationException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.spi.PendingChange;
import io.dateline.cms.spi.RevisionRepository;
import io.dateline.cms.spi.RevisionStamp;
import io.dateline.cms.spi.TenantStorage;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes article changes together with their revisions, and applies the retention policy after each
 * one. The storage is asked for its revision repository on every call, not once, so that a service
 * over a backend without revisions can still be built (and fails only when it writes).
 */
final class ArticleHistory {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleHistory.class);

  private final TenantStorage storage;
  private final RevisionRetention retention;

  ArticleHistory(TenantStorage storage, RevisionRetention retention) {
    this.storage = storage;
    this.retention = retention;
  }

  RevisionRepository repository() {
    return storage.revisions();
  }

  Article insert(Article article, Actor actor, @Nullable String summary, Instant now) {
    Article stored = repository().insert(article, stamp(actor, summary, now));
    prune(stored.id(), now);
    return stored;
  }

  Article update(Article next, Actor actor, @Nullable String summary, Instant now) {
    Article stored = repository().update(next, stamp(actor, summary, now));
    prune(stored.id(), now);
    return stored;
  }

  /** Carries out a pending change as the scheduler, with the summary it was scheduled with. */
  Article apply(PendingChange change, Article next, Instant now) {
    Article stored =
        repository().apply(change, next, stamp(Actor.SCHEDULER, change.stamp().summary(), now));
    prune(stored.id(), now);
    return stored;
  }

  static RevisionStamp stamp(Actor actor, @Nullable String summary, Instant now) {
    return new RevisionStamp(now, actor.id(), actor.displayName(), summary);
  }

  /**
   * Checks an editor's summary: at most {@link RevisionService#MAX_SUMMARY_LENGTH} characters, no
   * NUL and no unpaired surrogate (the rules of every other stored text).
   *
   * @return the summary, or {@code null} for a blank one
   */
  static @Nullable String checkSummary(@Nullable String summary) {
    if (summary == null || summary.isBlank()) {
      return null;
    }
    if (summary.length() > RevisionService.MAX_SUMMARY_LENGTH) {
      throw ValidationException.of(
          "article",
          "summary",
          "Size",
          "must be at most " + RevisionService.MAX_SUMMARY_LENGTH + " characters long");
    }
    for (int i = 0; i < summary.length(); i++) {
      char c = summary.charAt(i);
      boolean unpaired =
          Character.isHighSurrogate(c)
              ? i + 1 >= summary.length() || !Character.isLowSurrogate(summary.charAt(++i))
              : Character.isLowSurrogate(c);
      if (c == '\0' || unpaired) {
        throw ValidationException.of(
            "article",
            "summary",
            "WellFormedText",
            "must not hold NUL characters or unpaired surrogates");
      }
    }
    return summary;
  }

  /**
   * Deletes the revisions the policy no longer keeps. The change is already stored, so a failure
   * here is logged and left for the article's next change rather than reported as the command's.
   */
  private void prune(ArticleId id, Instant now) {
    if (retention.keepsAll()) {
      return;
    }
    Instant before = retention.maxAge().map((Duration age) -> now.minus(age)).orElse(null);
    try {
      repository().prune(id, retention.keepLast(), before);
    } catch (RuntimeException e) {
      LOG.warn("Could not prune the revisions of article {}: {}", id, e.toString());
    }
  }
}
