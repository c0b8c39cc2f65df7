package io.dateline.cms.spi;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's article revisions and pending timed changes. Thread-safe; every method sees only
 * that tenant. Reached through {@link TenantStorage#revisions()}.
 *
 * <p>The write methods change an article and record its revision atomically: in one transaction on
 * a database, under the tenant's write lock in memory. They obey every rule of {@link
 * ArticleRepository#insert} and {@link ArticleRepository#update} (compare-and-set on the version,
 * slug uniqueness, references, one change-feed entry) and, when those refuse the write, store no
 * revision. A revision's number is one more than the article's highest stored number (1 for the
 * first); numbers of one article are never reused while the article exists. Deleting an article
 * deletes its revisions and pending changes with it.
 *
 * @since 0.1.0
 */
public interface RevisionRepository {

  /**
   * Stores a new article, as {@link ArticleRepository#insert}, with its revision 1.
   *
   * @param article the article
   * @param stamp who, when, why
   * @return the stored article
   */
  Article insert(Article article, RevisionStamp stamp);

  /**
   * Updates an article, as {@link ArticleRepository#update}, and stores the result as its next
   * revision.
   *
   * @param article the new state, carrying the version it was based on
   * @param stamp who, when, why
   * @return the stored article
   */
  Article update(Article article, RevisionStamp stamp);

  /**
   * Revisions of an article, highest number first.
   *
   * @param articleId the article
   * @param before only numbers strictly below this ({@link Integer#MAX_VALUE} for the newest)
   * @param limit the most to return, at least 1
   * @return the revisions; empty for an unknown article or another tenant's
   */
  List<StoredRevision> list(ArticleId articleId, int before, int limit);

  /**
   * One revision.
   *
   * @param articleId the article
   * @param number its number
   * @return the revision, or empty
   */
  Optional<StoredRevision> find(ArticleId articleId, int number);

  /**
   * Deletes an article's revisions that fall outside a retention: those beyond the newest {@code
   * keepLast} (when positive) and those stored before {@code storedBefore} (when given). The
   * highest-numbered revision is never deleted.
   *
   * @param articleId the article
   * @param keepLast how many of the newest to keep, or 0 for no count limit
   * @param storedBefore delete revisions stamped before this time, or {@code null} for no age limit
   * @return how many were deleted
   */
  int prune(ArticleId articleId, int keepLast, @Nullable Instant storedBefore);

  /**
   * Stores a pending change, replacing the article's pending change of the same kind.
   *
   * @param change the change
   * @throws io.dateline.cms.NotFoundException when the article does not exist; nothing is stored
   */
  void schedule(PendingChange change);

  /**
   * The pending changes of an article.
   *
   * @param articleId the article
   * @return at most one update and one expiry, the update first
   */
  List<PendingChange> pending(ArticleId articleId);

  /**
   * Removes the article's pending change of one kind.
   *
   * @param articleId the article
   * @param expiry which kind: {@code true} for the expiry, {@code false} for the update
   * @return {@code true} when one was removed
   */
  boolean cancel(ArticleId articleId, boolean expiry);

  /**
   * Pending changes whose time has come ({@code dueAt <= now}), oldest first, ties by id.
   *
   * @param now the current time
   * @param limit the most to return, at least 1
   * @return the changes
   */
  List<PendingChange> findDue(Instant now, int limit);

  /**
   * Carries out a pending change exactly once: atomically removes it, updates the article as {@link
   * #update} does and stores the revision. When two callers apply the same change, one succeeds and
   * the other fails with nothing changed.
   *
   * @param change the change, as {@link #findDue} returned it
   * @param next the article's new state, carrying the version it was based on
   * @param stamp who, when, why
   * @return the stored article
   * @throws io.dateline.cms.VersionConflictException when the change is no longer pending (it was
   *     applied, cancelled or replaced) or the article's version differs; nothing is changed
   * @throws io.dateline.cms.NotFoundException when the article does not exist
   */
  Article apply(PendingChange change, Article next, RevisionStamp stamp);

  /**
   * Removes a pending change that can no longer be carried out, if it is still pending unchanged.
   *
   * @param change the change
   * @return {@code true} when this call removed it
   */
  boolean discard(PendingChange change);
}
