package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.NotFoundException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.PendingChange;
import io.dateline.cms.spi.RevisionRepository;
import io.dateline.cms.spi.RevisionStamp;
import io.dateline.cms.spi.StoredRevision;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's revisions ({@code dateline_revision}) and pending timed changes ({@code
 * dateline_timed_change}). Article writes run {@link JpaArticleRepository}'s statements and add the
 * revision row in the same transaction. The next revision number is read after the article row is
 * locked (by the update's compare-and-set, or by the insert), so two writers never pick the same
 * number.
 */
final class JpaRevisionRepository implements RevisionRepository {
  private final TenantId tenant;
  private final TenantSessions sessions;
  private final JpaArticleRepository articles;

  JpaRevisionRepository(TenantId tenant, TenantSessions sessions, JpaArticleRepository articles) {
    this.tenant = tenant;
    this.sessions = sessions;
    this.articles = articles;
  }

  @Override
  public Article insert(Article article, RevisionStamp stamp) {
    Objects.requireNonNull(stamp, "stamp");
    articles.checkTenant(article);
    return sessions.write(
        tenant,
        s -> {
          Article stored = articles.insertIn(s, article);
          record(s, stored, stamp, 1);
          return stored;
        });
  }

  @Override
  public Article update(Article article, RevisionStamp stamp) {
    Objects.requireNonNull(stamp, "stamp");
    articles.checkTenant(article);
    return sessions.write(
        tenant,
        s -> {
          Article stored = articles.updateIn(s, article);
          record(s, stored, stamp, nextNumber(s, stored.id().value()));
          return stored;
        });
  }

  private static int nextNumber(Session s, UUID articleId) {
    Integer max =
        s.createSelectionQuery(
                "select max(r.number) from RevisionEntity r where r.articleId = :id", Integer.class)
            .setParameter("id", articleId)
            .uniqueResult();
    return max == null ? 1 : max + 1;
  }

  private static void record(Session s, Article stored, RevisionStamp stamp, int number) {
    RevisionEntity row = new RevisionEntity(stored.id().value(), number);
    row.createdAt = ArticleMapping.stored(stamp.at());
    row.actorId = stamp.actorId();
    row.actorName = stamp.actorName();
    row.summary = stamp.summary();
    row.content = RevisionJson.write(stored);
    s.persist(row);
  }

  @Override
  public List<StoredRevision> list(ArticleId articleId, int before, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return sessions.read(
        tenant,
        s ->
            s
                .createSelectionQuery(
                    "from RevisionEntity r where r.articleId = :id and r.number < :before"
                        + " order by r.number desc",
                    RevisionEntity.class)
                .setParameter("id", articleId.value())
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(JpaRevisionRepository::revision)
                .toList());
  }

  @Override
  public Optional<StoredRevision> find(ArticleId articleId, int number) {
    return sessions.read(
        tenant,
        s ->
            s.createSelectionQuery(
                    "from RevisionEntity r where r.articleId = :id and r.number = :number",
                    RevisionEntity.class)
                .setParameter("id", articleId.value())
                .setParameter("number", number)
                .uniqueResultOptional()
                .map(JpaRevisionRepository::revision));
  }

  private static StoredRevision revision(RevisionEntity r) {
    return new StoredRevision(
        r.number,
        new RevisionStamp(r.createdAt, r.actorId, r.actorName, r.summary),
        RevisionJson.read(r.content));
  }

  @Override
  public int prune(ArticleId articleId, int keepLast, @Nullable Instant storedBefore) {
    if (keepLast <= 0 && storedBefore == null) {
      return 0;
    }
    return sessions.write(
        tenant,
        s -> {
          Integer latest =
              s.createSelectionQuery(
                      "select max(r.number) from RevisionEntity r where r.articleId = :id",
                      Integer.class)
                  .setParameter("id", articleId.value())
                  .uniqueResult();
          if (latest == null) {
            return 0;
          }
          int deleted = 0;
          if (keepLast > 0) {
            deleted +=
                s.createMutationQuery(
                        "delete from RevisionEntity r where r.articleId = :id"
                            + " and r.number <= :cut")
                    .setParameter("id", articleId.value())
                    .setParameter("cut", latest - keepLast)
                    .executeUpdate();
          }
          if (storedBefore != null) {
            deleted +=
                s.createMutationQuery(
                        "delete from RevisionEntity r where r.articleId = :id"
                            + " and r.number < :latest and r.createdAt < :before")
                    .setParameter("id", articleId.value())
                    .setParameter("latest", latest)
                    .setParameter("before", storedBefore)
                    .executeUpdate();
          }
          return deleted;
        });
  }

  @Override
  public void schedule(PendingChange change) {
    Objects.requireNonNull(change, "change");
    Article content = change.content();
    if (content != null && !tenant.equals(content.tenantId())) {
      throw new IllegalArgumentException(
          "a change of tenant " + content.tenantId() + " cannot be stored in " + tenant);
    }
    sessions.write(
        tenant,
        s -> {
          // Locks the article's row, so that two schedulers of one article take turns, and fails
          // when the article is gone.
          ArticleEntity article =
              s.find(
                  ArticleEntity.class,
                  new TenantScopedId(tenant.value(), change.articleId().value()),
                  LockModeType.PESSIMISTIC_WRITE);
          if (article == null) {
            throw new NotFoundException("article", change.articleId(), tenant);
          }
          s.createMutationQuery(
                  "delete from TimedChangeEntity t where t.articleId = :id and t.expiry = :expiry")
              .setParameter("id", change.articleId().value())
              .setParameter("expiry", change.expiry())
              .executeUpdate();
          TimedChangeEntity row = new TimedChangeEntity(change.id());
          row.articleId = change.articleId().value();
          row.expiry = change.expiry();
          row.dueAt = ArticleMapping.stored(change.dueAt());
          row.createdAt = ArticleMapping.stored(change.stamp().at());
          row.actorId = change.stamp().actorId();
          row.actorName = change.stamp().actorName();
          row.summary = change.stamp().summary();
          row.content = content == null ? null : RevisionJson.write(content);
          s.persist(row);
          return null;
        });
  }

  @Override
  public List<PendingChange> pending(ArticleId articleId) {
    return sessions.read(
        tenant,
        s ->
            s
                .createSelectionQuery(
                    "from TimedChangeEntity t where t.articleId = :id order by t.expiry",
                    TimedChangeEntity.class)
                .setParameter("id", articleId.value())
                .getResultList()
                .stream()
                .map(JpaRevisionRepository::pendingChange)
                .toList());
  }

  @Override
  public boolean cancel(ArticleId articleId, boolean expiry) {
    return sessions.write(
        tenant,
        s ->
            s.createMutationQuery(
                        "delete from TimedChangeEntity t where t.articleId = :id"
                            + " and t.expiry = :expiry")
                    .setParameter("id", articleId.value())
                    .setParameter("expiry", expiry)
                    .executeUpdate()
                > 0);
  }

  @Override
  public List<PendingChange> findDue(Instant now, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return sessions.read(
        tenant,
        s -> {
          List<TimedChangeEntity> rows =
              s.createSelectionQuery(
                      "from TimedChangeEntity t where t.dueAt <= :now order by t.dueAt, t.id",
                      TimedChangeEntity.class)
                  .setParameter("now", now)
                  .setMaxResults(limit)
                  .getResultList();
          List<PendingChange> due = new ArrayList<>(rows.size());
          rows.forEach(r -> due.add(pendingChange(r)));
          return due;
        });
  }

  @Override
  public Article apply(PendingChange change, Article next, RevisionStamp stamp) {
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(stamp, "stamp");
    articles.checkTenant(next);
    return sessions.write(
        tenant,
        s -> {
          // The claim: only one transaction can delete the row. A second one waits on the first's
          // row lock and then deletes nothing.
          if (!delete(s, change)) {
            throw new VersionConflictException("timed change", change.id(), next.version());
          }
          Article stored = articles.updateIn(s, next);
          record(s, stored, stamp, nextNumber(s, stored.id().value()));
          return stored;
        });
  }

  @Override
  public boolean discard(PendingChange change) {
    return sessions.write(tenant, s -> delete(s, change));
  }

  private static boolean delete(Session s, PendingChange change) {
    return s.createMutationQuery(
                "delete from TimedChangeEntity t where t.id = :id and t.articleId = :article")
            .setParameter("id", change.id())
            .setParameter("article", change.articleId().value())
            .executeUpdate()
        > 0;
  }

  private static PendingChange pendingChange(TimedChangeEntity t) {
    return new PendingChange(
        t.id,
        ArticleId.of(t.articleId),
        t.expiry,
        t.dueAt,
        new RevisionStamp(t.createdAt, t.actorId, t.actorName, t.summary),
        t.content == null ? null : RevisionJson.read(t.content));
  }
}
