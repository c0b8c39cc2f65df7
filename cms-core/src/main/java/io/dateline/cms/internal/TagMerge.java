package io.dateline.cms.internal;

import io.dateline.cms.Actor;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ReferenceInUseException;
import io.dateline.cms.RevisionRetention;
import io.dateline.cms.ValidationException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.spi.SlugKind;
import io.dateline.cms.spi.TenantStorage;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Merges one tag into another: every article tagged {@code from} is re-tagged {@code into}, {@code
 * from} is deleted, and its slug (and every former slug that led to it) leads to {@code into}.
 *
 * <p>Each article is re-tagged with a compare-and-set update of its own, stored with a revision
 * whose summary names the merge (so each appears in the article's history and in the change feed as
 * {@code ARTICLE_UPDATED}, caches refresh, and listeners get an {@code ArticleEvent.Updated}), then
 * the tag is deleted ({@code TAG_DELETED}). The merge itself is one audit entry. The steps are not
 * one transaction: an article tagged {@code from} while the merge runs makes the delete refuse, and
 * the merge then walks the articles again, a few times at most.
 *
 * @since 0.1.0
 */
public final class TagMerge {
  private static final int PAGE = 200;
  private static final int ROUNDS = 5;
  private static final int RETRIES = 5;

  private final Tenant tenant;
  private final TenantStorage storage;
  private final Clock clock;
  private final ChangeNotifier changes;
  private final SlugTrail slugTrail;
  private final ArticleHistory history;
  private final EventDispatcher events;
  private final Actor actor;

  /**
   * Creates the merge of one tenant.
   *
   * @param tenant the tenant
   * @param storage its storage
   * @param clock the clock, for the articles' update time
   * @param changes signalled after the merge, to wake change-feed followers
   * @param events where the re-tagged articles' update events go
   * @param actor who merges, named in the re-tagged articles' revisions
   * @param retention the revision retention applied after each re-tag
   */
  public TagMerge(
      Tenant tenant,
      TenantStorage storage,
      Clock clock,
      ChangeNotifier changes,
      EventDispatcher events,
      Actor actor,
      RevisionRetention retention) {
    this.tenant = tenant;
    this.storage = storage;
    this.clock = clock;
    this.changes = changes;
    this.slugTrail = new SlugTrail(storage);
    this.history = new ArticleHistory(storage, retention);
    this.events = events;
    this.actor = actor;
  }

  /**
   * Merges {@code from} into {@code into}.
   *
   * @param from the tag that disappears
   * @param into the tag that stays
   * @return the tag that stays
   * @throws ValidationException when both are the same tag (rule {@code Distinct}, field {@code
   *     into})
   * @throws NotFoundException when either names no tag of this tenant
   */
  public Tag merge(TagId from, TagId into) {
    Objects.requireNonNull(from, "tag id must not be null");
    Objects.requireNonNull(into, "tag id must not be null");
    if (from.equals(into)) {
      throw ValidationException.of("tag", "into", "Distinct", "a tag cannot be merged into itself");
    }
    Tag source =
        storage
            .tags()
            .findById(from)
            .orElseThrow(() -> new NotFoundException("tag", from, tenant.id()));
    Tag target =
        storage
            .tags()
            .findById(into)
            .orElseThrow(() -> new NotFoundException("tag", into, tenant.id()));
    try {
      for (int round = 1; ; round++) {
        retagAll(from, into, "Tag " + source.slug() + " merged into " + target.slug());
        try {
          storage.tags().delete(from);
          break;
        } catch (ReferenceInUseException e) {
          if (round >= ROUNDS) {
            throw e; // articles keep being tagged faster than the merge moves them
          }
        }
      }
      slugTrail.retarget(SlugKind.TAG, from.value(), into.value());
      slugTrail.record(SlugKind.TAG, source.slug(), into.value());
    } finally {
      changes.signal();
    }
    return target;
  }

  private void retagAll(TagId from, TagId into, String summary) {
    List<ArticleId> ids;
    while (!(ids = storage.articles().findIdsTagged(from, PAGE)).isEmpty()) {
      int moved = 0;
      for (ArticleId id : ids) {
        if (retag(id, from, into, summary)) {
          moved++;
        }
      }
      if (moved == 0) {
        return; // nothing movable is left; the delete reports what still refers to the tag
      }
    }
  }

  /** Re-tags one article, re-reading it when someone else changed it meanwhile. */
  private boolean retag(ArticleId id, TagId from, TagId into, String summary) {
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      Optional<Article> found = storage.articles().findById(id);
      if (found.isEmpty() || !found.get().tags().contains(from)) {
        return true; // deleted or re-tagged meanwhile: nothing left to move
      }
      Article current = found.get();
      List<TagId> tags = new ArrayList<>();
      for (TagId t : current.tags()) {
        TagId next = t.equals(from) ? into : t;
        if (!tags.contains(next)) {
          tags.add(next);
        }
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      try {
        Article stored =
            history.update(
                current.toBuilder().tags(tags).updatedAt(now).build(), actor, summary, now);
        events.publish(new ArticleEvent.Updated(stored, current, now));
        return true;
      } catch (VersionConflictException e) {
        // changed meanwhile: read it again
      }
    }
    return false;
  }
}
