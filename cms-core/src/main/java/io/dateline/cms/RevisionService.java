package io.dateline.cms;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The history of one tenant's articles and their timed changes. Thread-safe. Obtained from {@link
 * TenantContent#revisions()}; commands act as that {@code TenantContent}'s {@link Actor}.
 *
 * <p>Every change made through {@link ArticleService} stores a {@link Revision} in the same
 * transaction as the change (on the JPA store; under the same lock in memory). A note can be stored
 * with an edit through {@link ArticleService#update(ArticleId, long, ArticleDraft, String)}. How
 * many revisions are kept is set by {@link Dateline.Builder#revisionRetention}.
 *
 * <p>Summaries are at most {@value #MAX_SUMMARY_LENGTH} characters without NUL or unpaired
 * surrogates; a longer or malformed one is a {@link ValidationException} on path {@code summary}.
 *
 * @since 0.1.0
 */
public interface RevisionService {

  /** The largest page {@link #revisions} returns. */
  int MAX_PAGE_SIZE = 100;

  /** The longest summary, in UTF-16 characters. */
  int MAX_SUMMARY_LENGTH = 500;

  /**
   * One page of an article's revisions, newest first.
   *
   * @param id the article
   * @param before only revisions with a lower number, or {@code null} for the newest; pass the
   *     previous page's {@link RevisionPage#nextBefore()} for the next page
   * @param limit the page size, 1 to {@value #MAX_PAGE_SIZE}
   * @return the page
   * @throws NotFoundException when the article does not exist in this tenant
   * @throws IllegalArgumentException when {@code limit} is out of range
   */
  RevisionPage revisions(ArticleId id, @Nullable Integer before, int limit);

  /**
   * Reads one revision.
   *
   * @param id the article
   * @param number the revision's number
   * @return the revision
   * @throws NotFoundException when the article or the revision does not exist (also when retention
   *     deleted it)
   */
  Revision revision(ArticleId id, int number);

  /**
   * Compares two revisions of an article field by field, and its body block by block (a longest
   * common subsequence of equal blocks; the unmatched blocks between two matches pair up as {@link
   * RevisionDiff.BlockChangeKind#CHANGED} in order, the rest are inserted or removed).
   *
   * @param id the article
   * @param from the "before" revision's number
   * @param to the "after" revision's number
   * @return the differences; empty when the revisions hold the same values
   * @throws NotFoundException when the article or either revision does not exist
   */
  RevisionDiff compare(ArticleId id, int from, int to);

  /**
   * Gives the article the content of an earlier revision again, as a new revision (summary
   * "Restored revision N"). Content means what {@link ArticleDraft} holds (slug, language,
   * headline, lead, body, references, sources, flags, image, SEO, related articles); status and
   * publication times stay as they are.
   *
   * @param id the article
   * @param number the revision to restore
   * @param expectedVersion the article version the restore is based on
   * @return the stored article
   * @throws NotFoundException when the article or the revision does not exist
   * @throws VersionConflictException when the article changed since {@code expectedVersion}
   * @throws DuplicateSlugException when the old slug now belongs to another article
   * @throws ValidationException when the old content refers to something deleted since
   */
  Article restore(ArticleId id, int number, long expectedVersion);

  /**
   * Prepares an update of a published (or scheduled) article that goes live at a given time. The
   * draft is validated now, as {@link ArticleService#update} would; when the time comes, its
   * content replaces the article's (whatever was edited meanwhile), stored as a revision by {@link
   * Actor#SCHEDULER} with this summary, with an {@code Updated} event and an {@code
   * ARTICLE_UPDATED} change. A pending update of the article is replaced.
   *
   * @param id the article
   * @param expectedVersion the article version the prepared update is based on
   * @param draft the new content
   * @param at when; strictly after the clock's now, at most the end of the year 9999
   * @param summary the note for the revision, or {@code null}
   * @return the pending change
   * @throws NotFoundException when the article does not exist in this tenant
   * @throws VersionConflictException when the article changed since {@code expectedVersion}
   * @throws ValidationException when the draft breaks a rule, {@code at} is not in the future (rule
   *     {@code FuturePublishTime}) or the article is neither published nor scheduled (path {@code
   *     status}, rule {@code PublishedArticle})
   */
  TimedChange scheduleUpdate(
      ArticleId id, long expectedVersion, ArticleDraft draft, Instant at, @Nullable String summary);

  /**
   * Drops the article's pending timed update.
   *
   * @param id the article
   * @return {@code true} when one was pending
   * @throws NotFoundException when the article does not exist in this tenant
   */
  boolean cancelScheduledUpdate(ArticleId id);

  /**
   * Sets the time a published (or scheduled) article is taken down: when it comes, the article
   * moves to UNPUBLISHED as {@link ArticleService#unpublish} would, with an {@code Unpublished}
   * event, a change-feed entry and a revision by {@link Actor#SCHEDULER}. An expiry that comes
   * while the article is not published is dropped. A pending expiry of the article is replaced.
   *
   * @param id the article
   * @param at when; strictly after the clock's now (and after a scheduled article's publish time),
   *     at most the end of the year 9999
   * @return the pending change
   * @throws NotFoundException when the article does not exist in this tenant
   * @throws ValidationException when {@code at} is not in the future ({@code FuturePublishTime}),
   *     not after the publish time of a scheduled article ({@code ExpiryAfterPublication}) or the
   *     article is neither published nor scheduled ({@code PublishedArticle})
   */
  TimedChange expire(ArticleId id, Instant at);

  /**
   * Drops the article's pending expiry.
   *
   * @param id the article
   * @return {@code true} when one was pending
   * @throws NotFoundException when the article does not exist in this tenant
   */
  boolean cancelExpiry(ArticleId id);

  /**
   * The article's pending timed changes.
   *
   * @param id the article
   * @return at most one of each kind, updates first
   * @throws NotFoundException when the article does not exist in this tenant
   */
  List<TimedChange> timedChanges(ArticleId id);
}
