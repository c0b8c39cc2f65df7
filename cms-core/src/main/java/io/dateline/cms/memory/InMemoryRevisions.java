package io.dateline.cms.memory;

import io.dateline.cms.NotFoundException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.PendingChange;
import io.dateline.cms.spi.RevisionRepository;
import io.dateline.cms.spi.RevisionStamp;
import io.dateline.cms.spi.StoredRevision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's revisions and pending timed changes in the heap. Every write holds the tenant's write
 * lock (the one its articles use), so an article change and its revision, or a pending change's
 * removal and the update it makes, are one step for every other thread.
 */
final class InMemoryRevisions implements RevisionRepository {
  private final TenantId tenant;
  private final InMemoryArticleRepository articles;
  private final Object lock;
  private final Map<ArticleId, NavigableMap<Integer, StoredRevision>> revisions =
      new ConcurrentHashMap<>();

  /** Pending changes by article, then kind ({@code true} for the expiry). */
  private final Map<ArticleId, Map<Boolean, PendingChange>> pending = new ConcurrentHashMap<>();

  InMemoryRevisions(TenantId tenant, InMemoryArticleRepository articles) {
    this.tenant = tenant;
    this.articles = articles;
    this.lock = articles.lock();
    articles.onDelete(
        id -> {
          revisions.remove(id);
          pending.remove(id);
        });
  }

  @Override
  public Article insert(Article article, RevisionStamp stamp) {
    Objects.requireNonNull(stamp, "stamp");
    synchronized (lock) {
      Article stored = articles.insertLocked(article);
      record(stored, stamp);
      return stored;
    }
  }

  @Override
  public Article update(Article article, RevisionStamp stamp) {
    Objects.requireNonNull(stamp, "stamp");
    synchronized (lock) {
      Article stored = articles.updateLocked(article);
      record(stored, stamp);
      return stored;
    }
  }

  /** Stores the next revision of an article; called under the lock. */
  private void record(Article stored, RevisionStamp stamp) {
    NavigableMap<Integer, StoredRevision> history =
        revisions.computeIfAbsent(stored.id(), id -> new ConcurrentSkipListMap<>());
    int number = history.isEmpty() ? 1 : history.lastKey() + 1;
    history.put(number, new StoredRevision(number, stamp, stored));
  }

  @Override
  public List<StoredRevision> list(ArticleId articleId, int before, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    NavigableMap<Integer, StoredRevision> history = revisions.get(articleId);
    if (history == null) {
      return List.of();
    }
    return history.headMap(before, false).descendingMap().values().stream().limit(limit).toList();
  }

  @Override
  public Optional<StoredRevision> find(ArticleId articleId, int number) {
    NavigableMap<Integer, StoredRevision> history = revisions.get(articleId);
    return history == null ? Optional.empty() : Optional.ofNullable(history.get(number));
  }

  @Override
  public int prune(ArticleId articleId, int keepLast, @Nullable Instant storedBefore) {
    synchronized (lock) {
      NavigableMap<Integer, StoredRevision> history = revisions.get(articleId);
      if (history == null || history.isEmpty()) {
        return 0;
      }
      int latest = history.lastKey();
      int deleted = 0;
      Iterator<StoredRevision> it = history.values().iterator();
      while (it.hasNext()) {
        StoredRevision r = it.next();
        boolean beyondCount = keepLast > 0 && r.number() <= latest - keepLast;
        boolean tooOld = storedBefore != null && r.stamp().at().isBefore(storedBefore);
        if (r.number() != latest && (beyondCount || tooOld)) {
          it.remove();
          deleted++;
        }
      }
      return deleted;
    }
  }

  @Override
  public void schedule(PendingChange change) {
    Objects.requireNonNull(change, "change");
    synchronized (lock) {
      Article article = articles.findById(change.articleId()).orElse(null);
      if (article == null) {
        throw new NotFoundException("article", change.articleId(), tenant);
      }
      if (change.content() != null && !tenant.equals(change.content().tenantId())) {
        throw new IllegalArgumentException(
            "a change of tenant " + change.content().tenantId() + " cannot be stored in " + tenant);
      }
      pending
          .computeIfAbsent(change.articleId(), id -> new ConcurrentHashMap<>())
          .put(change.expiry(), change);
    }
  }

  @Override
  public List<PendingChange> pending(ArticleId articleId) {
    Map<Boolean, PendingChange> kinds = pending.get(articleId);
    if (kinds == null) {
      return List.of();
    }
    List<PendingChange> list = new ArrayList<>(2);
    PendingChange update = kinds.get(false);
    PendingChange expiry = kinds.get(true);
    if (update != null) {
      list.add(update);
    }
    if (expiry != null) {
      list.add(expiry);
    }
    return list;
  }

  @Override
  public boolean cancel(ArticleId articleId, boolean expiry) {
    synchronized (lock) {
      Map<Boolean, PendingChange> kinds = pending.get(articleId);
      return kinds != null && kinds.remove(expiry) != null;
    }
  }

  @Override
  public List<PendingChange> findDue(Instant now, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return pending.values().stream()
        .flatMap(kinds -> kinds.values().stream())
        .filter(c -> !c.dueAt().isAfter(now))
        .sorted(Comparator.comparing(PendingChange::dueAt).thenComparing(PendingChange::id))
        .limit(limit)
        .toList();
  }

  @Override
  public Article apply(PendingChange change, Article next, RevisionStamp stamp) {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(stamp, "stamp");
    synchronized (lock) {
      if (!isPending(change)) {
        throw new VersionConflictException("timed change", change.id(), next.version());
      }
      // Updated first: when the update is refused, the change stays pending.
      Article stored = articles.updateLocked(next);
      remove(change);
      record(stored, stamp);
      return stored;
    }
  }

  @Override
  public boolean discard(PendingChange change) {
    synchronized (lock) {
      if (!isPending(change)) {
        return false;
      }
      remove(change);
      return true;
    }
  }

  private void remove(PendingChange change) {
    Map<Boolean, PendingChange> kinds = pending.get(change.articleId());
    if (kinds != null) {
      kinds.remove(change.expiry());
    }
  }

  private boolean isPending(PendingChange change) {
    Map<Boolean, PendingChange> kinds = pending.get(change.articleId());
    PendingChange stored = kinds == null ? null : kinds.get(change.expiry());
    return stored != null && stored.id().equals(change.id());
  }
}
