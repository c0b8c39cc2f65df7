package io.dateline.cms.internal;

import io.dateline.cms.Action;
import io.dateline.cms.Actor;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.Revision;
import io.dateline.cms.RevisionDiff;
import io.dateline.cms.RevisionPage;
import io.dateline.cms.RevisionService;
import io.dateline.cms.TimedChange;
import io.dateline.cms.ValidationException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.internal.validation.CommandValidator;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.spi.PendingChange;
import io.dateline.cms.spi.RevisionStamp;
import io.dateline.cms.spi.StoredRevision;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The revision service of one tenant, and the runner of its due timed changes (called from {@link
 * DefaultArticleService#publishDue()}).
 *
 * @since 0.1.0
 */
public final class DefaultRevisionService implements RevisionService {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultRevisionService.class);
  private static final int DUE_BATCH = 100;
  private static final String ARTICLE_ID = "article id must not be null";

  private final DefaultArticleService articles;
  private final ArticleHistory history;
  private final EventDispatcher events;
  private final ChangeNotifier changes;
  private final CommandValidator validator;
  private final Actor actor;
  private final CommandGuard guard;

  DefaultRevisionService(
      DefaultArticleService articles,
      ArticleHistory history,
      EventDispatcher events,
      ChangeNotifier changes,
      CommandValidator validator,
      CommandGuard guard) {
    this.guard = guard;
    this.articles = articles;
    this.history = history;
    this.events = events;
    this.changes = changes;
    this.validator = validator;
    this.actor = guard.actor();
  }

  @Override
  public RevisionPage revisions(ArticleId id, @Nullable Integer before, int limit) {
    Objects.requireNonNull(id, ARTICLE_ID);
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_PAGE_SIZE + ", was " + limit);
    }
    articles.get(id);
    int below = before == null ? Integer.MAX_VALUE : before;
    List<StoredRevision> rows = history.repository().list(id, below, limit + 1);
    List<Revision> items = rows.stream().limit(limit).map(r -> revision(id, r)).toList();
    Integer next = rows.size() > limit ? items.get(items.size() - 1).number() : null;
    return new RevisionPage(items, next);
  }

  @Override
  public Revision revision(ArticleId id, int number) {
    Objects.requireNonNull(id, ARTICLE_ID);
    articles.get(id);
    return find(id, number);
  }

  private Revision find(ArticleId id, int number) {
    return history
        .repository()
        .find(id, number)
        .map(r -> revision(id, r))
        .orElseThrow(
            () -> new NotFoundException("revision", id + "#" + number, articles.tenantId()));
  }

  @Override
  public RevisionDiff compare(ArticleId id, int from, int to) {
    Objects.requireNonNull(id, ARTICLE_ID);
    articles.get(id);
    return RevisionDiffer.compare(find(id, from).article(), find(id, to).article(), from, to);
  }

  @Override
  public Article restore(ArticleId id, int number, long expectedVersion) {
    Objects.requireNonNull(id, ARTICLE_ID);
    guard.authorize(Action.EDIT, id);
    Article current = articles.get(id);
    Revision old = find(id, number);
    if (current.version() != expectedVersion) {
      throw new VersionConflictException("article", id, expectedVersion);
    }
    Instant now = articles.now();
    Article restored = ArticleContent.withContentOf(current, old.article()).updatedAt(now).build();
    String note = "Restored revision " + number;
    Article stored =
        guard.record(
            AuditAction.UPDATED,
            AuditSubject.ARTICLE,
            id,
            id,
            note,
            () ->
                articles.renaming(
                    current, restored, () -> history.update(restored, actor, note, now)));
    changes.signal();
    events.publish(new ArticleEvent.Updated(stored, current, now));
    return stored;
  }

  @Override
  public TimedChange scheduleUpdate(
      ArticleId id,
      long expectedVersion,
      ArticleDraft draft,
      Instant at,
      @Nullable String summary) {
    Objects.requireNonNull(id, ARTICLE_ID);
    guard.authorize(Action.EDIT, id);
    String note = ArticleHistory.checkSummary(summary);
    Article current = articles.get(id);
    if (current.version() != expectedVersion) {
      throw new VersionConflictException("article", id, expectedVersion);
    }
    Instant now = articles.now();
    Instant due = checkTime(at, now);
    checkPublished(current);
    Article prepared = articles.prepare(current, draft, now);
    PendingChange change =
        new PendingChange(
            UUID.randomUUID(), id, false, due, ArticleHistory.stamp(actor, note, now), prepared);
    return schedule(change, "update at " + due);
  }

  @Override
  public boolean cancelScheduledUpdate(ArticleId id) {
    Objects.requireNonNull(id, ARTICLE_ID);
    guard.authorize(Action.EDIT, id);
    return cancel(id, false);
  }

  @Override
  public TimedChange expire(ArticleId id, Instant at) {
    Objects.requireNonNull(id, ARTICLE_ID);
    guard.authorize(Action.PUBLISH, id);
    Article current = articles.get(id);
    Instant now = articles.now();
    Instant due = checkTime(at, now);
    checkPublished(current);
    if (current.status() == ArticleStatus.SCHEDULED
        && current.publishAt() != null
        && !due.isAfter(current.publishAt())) {
      throw ValidationException.of(
          "article",
          "at",
          "ExpiryAfterPublication",
          "must be after the publish time of the scheduled article");
    }
    PendingChange change =
        new PendingChange(
            UUID.randomUUID(), id, true, due, ArticleHistory.stamp(actor, null, now), null);
    return schedule(change, "expiry at " + due);
  }

  @Override
  public boolean cancelExpiry(ArticleId id) {
    Objects.requireNonNull(id, ARTICLE_ID);
    guard.authorize(Action.PUBLISH, id);
    return cancel(id, true);
  }

  /** Stores a timed change, with its audit entry. */
  private TimedChange schedule(PendingChange change, String detail) {
    ArticleId id = change.articleId();
    return guard.record(
        AuditAction.SCHEDULED,
        AuditSubject.ARTICLE,
        id,
        id,
        detail,
        () -> {
          history.repository().schedule(change);
          return timedChange(change);
        });
  }

  /** Cancels an article's pending update or expiry, with its audit entry. */
  private boolean cancel(ArticleId id, boolean expiry) {
    articles.get(id);
    return guard.record(
        AuditAction.SCHEDULE_CANCELLED,
        AuditSubject.ARTICLE,
        id,
        id,
        expiry ? "expiry" : "update",
        () -> history.repository().cancel(id, expiry));
  }

  @Override
  public List<TimedChange> timedChanges(ArticleId id) {
    Objects.requireNonNull(id, ARTICLE_ID);
    articles.get(id);
    return history.repository().pending(id).stream()
        .map(DefaultRevisionService::timedChange)
        .toList();
  }

  /**
   * Carries out this tenant's due timed changes, exactly once each however many nodes run it at
   * once: the storage removes the pending change in the same transaction as the article update, and
   * only one caller can remove it.
   *
   * @return how many changes this call carried out or dropped as moot
   */
  int applyDue() {
    int handled = 0;
    while (true) {
      Instant now = articles.now();
      List<PendingChange> due = history.repository().findDue(now, DUE_BATCH);
      int wonThisRound = 0;
      for (PendingChange change : due) {
        if (applyOne(change, now)) {
          wonThisRound++;
        }
      }
      handled += wonThisRound;
      if (due.size() < DUE_BATCH || wonThisRound == 0) {
        return handled;
      }
    }
  }

  private boolean applyOne(PendingChange change, Instant now) {
    Optional<Article> found = articles.find(change.articleId());
    if (found.isEmpty()) {
      return false; // deleted meanwhile; the storage deletes its pending changes with it
    }
    Article current = found.get();
    Article content = change.content();
    Article next;
    if (change.expiry()) {
      if (current.status() != ArticleStatus.PUBLISHED) {
        // Not (or no longer) published: there is nothing to take down.
        return history.repository().discard(change);
      }
      next = current.toBuilder().status(ArticleStatus.UNPUBLISHED).updatedAt(now).build();
    } else if (content == null || current.status() == ArticleStatus.ARCHIVED) {
      return history.repository().discard(change);
    } else {
      next = ArticleContent.withContentOf(current, content).updatedAt(now).build();
    }
    try {
      Article stored =
          guard.record(
              change.expiry() ? AuditAction.UNPUBLISHED : AuditAction.UPDATED,
              AuditSubject.ARTICLE,
              change.articleId(),
              change.articleId(),
              change.expiry() ? "expiry" : "timed update",
              () -> articles.renaming(current, next, () -> history.apply(change, next, now)));
      changes.signal();
      events.publish(
          change.expiry()
              ? new ArticleEvent.Unpublished(stored, now)
              : new ArticleEvent.Updated(stored, current, now));
      return true;
    } catch (VersionConflictException | NotFoundException e) {
      // Another node applied it first, or an editor changed the article since it was read: in
      // the latter case the change is still pending and the next run tries again.
      LOG.debug("Timed change {} was not applied now: {}", change.id(), e.getMessage());
      return false;
    } catch (ValidationException | DuplicateSlugException e) {
      // The prepared content can no longer be stored (a reference was deleted, the slug was
      // taken): retrying cannot help, so the change is dropped.
      LOG.warn(
          "Dropped the timed update {} of article {}: {}",
          change.id(),
          change.articleId(),
          e.getMessage());
      return history.repository().discard(change);
    }
  }

  private Instant checkTime(@Nullable Instant requested, Instant now) {
    Instant at = requested == null ? null : requested.truncatedTo(ChronoUnit.MICROS);
    if (at == null || !at.isAfter(now)) {
      throw new ValidationException(
          "article", List.of(validator.rule("at", "FuturePublishTime", null)));
    }
    if (at.isAfter(DefaultArticleService.LATEST_PUBLISH_TIME)) {
      throw new ValidationException(
          "article", List.of(validator.rule("at", "PublishTimeRange", null)));
    }
    return at;
  }

  private static void checkPublished(Article current) {
    if (current.status() != ArticleStatus.PUBLISHED
        && current.status() != ArticleStatus.SCHEDULED) {
      throw ValidationException.of(
          "article",
          "status",
          "PublishedArticle",
          "must be published or scheduled for a timed change, was " + current.status());
    }
  }

  private static Revision revision(ArticleId id, StoredRevision r) {
    RevisionStamp s = r.stamp();
    return new Revision(
        id, r.number(), s.at(), new Actor(s.actorId(), s.actorName()), s.summary(), r.article());
  }

  private static TimedChange timedChange(PendingChange c) {
    RevisionStamp s = c.stamp();
    return new TimedChange(
        c.id(),
        c.articleId(),
        c.expiry() ? TimedChange.Kind.EXPIRY : TimedChange.Kind.UPDATE,
        c.dueAt(),
        new Actor(s.actorId(), s.actorName()),
        s.summary(),
        c.content());
  }
}
