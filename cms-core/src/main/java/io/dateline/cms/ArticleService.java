package io.dateline.cms;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.References;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Writes, publishes and reads one tenant's articles. Thread-safe.
 *
 * <p>Every command is validated before anything is stored and fails with one {@link
 * ValidationException} listing all broken rules. Lifecycle commands follow {@link
 * io.dateline.cms.model.ArticleStatus#next()}; any other step fails with {@link
 * IllegalTransitionException}. Changes are compare-and-set on the article's version, so concurrent
 * editors never overwrite each other silently: the loser gets {@link VersionConflictException}.
 * Listeners hear of each change after it was stored.
 */
public interface ArticleService {

  /**
   * Validates and stores a new draft.
   *
   * @param draft the content
   * @return the stored article, status DRAFT, version 0
   * @throws ValidationException when the draft breaks a rule
   * @throws DuplicateSlugException when an explicit slug is taken
   */
  Article create(ArticleDraft draft);

  /**
   * Validates and stores new content for an article, whatever its status.
   *
   * @param id the article
   * @param expectedVersion the version the edit is based on
   * @param draft the new content
   * @return the stored article
   * @throws NotFoundException when the article does not exist in this tenant
   * @throws VersionConflictException when the article changed since {@code expectedVersion}
   * @throws ValidationException when the draft breaks a rule
   */
  Article update(ArticleId id, long expectedVersion, ArticleDraft draft);

  /**
   * Makes the article visible now. Its publish time becomes now; the first publish time is kept
   * once set.
   *
   * @param id the article
   * @return the stored article
   * @throws IllegalTransitionException when its status does not allow publishing
   */
  Article publish(ArticleId id);

  /**
   * Schedules the article to become visible at a future time; {@link #publishDue()} (or {@link
   * Dateline#publishDue()}) publishes it once the time has come.
   *
   * @param id the article
   * @param publishAt when; strictly after the clock's now; kept to microseconds
   * @return the stored article
   * @throws ValidationException when {@code publishAt} is not in the future
   * @throws IllegalTransitionException when its status does not allow scheduling
   */
  Article schedule(ArticleId id, Instant publishAt);

  /**
   * Takes a published article down.
   *
   * @param id the article
   * @return the stored article
   * @throws IllegalTransitionException unless it is published
   */
  Article unpublish(ArticleId id);

  /**
   * Archives the article; archived articles cannot change status again.
   *
   * @param id the article
   * @return the stored article
   * @throws IllegalTransitionException when already archived or scheduled
   */
  Article archive(ArticleId id);

  /**
   * Cancels a schedule: the article goes back to DRAFT.
   *
   * @param id the article
   * @return the stored article
   * @throws IllegalTransitionException unless it is scheduled
   */
  Article cancelSchedule(ArticleId id);

  /**
   * Deletes the article.
   *
   * @param id the article
   * @throws NotFoundException when it does not exist in this tenant
   */
  void delete(ArticleId id);

  /**
   * Finds by id, whatever the status.
   *
   * @param id the id
   * @return the article, or empty (also for another tenant's id)
   */
  Optional<Article> find(ArticleId id);

  /**
   * Gets by id.
   *
   * @param id the id
   * @return the article
   * @throws NotFoundException when absent
   */
  Article get(ArticleId id);

  /**
   * Finds by slug, whatever the status.
   *
   * @param slug the slug
   * @return the article, or empty
   */
  Optional<Article> findBySlug(String slug);

  /**
   * Finds a published article by slug: what a public page should show.
   *
   * @param slug the slug
   * @return the article, or empty when absent or not published
   */
  Optional<Article> findPublishedBySlug(String slug);

  /**
   * One page of a listing with its references loaded.
   *
   * @param query filters, page size and cursor
   * @return the page
   */
  ArticleListing list(ArticleQuery query);

  /**
   * Counts matching articles.
   *
   * @param query the filters
   * @return the count
   */
  long count(ArticleQuery query);

  /**
   * The other-language versions of an article, whatever their status, ordered by language tag.
   *
   * @param id the article
   * @return its translations, without the article itself
   * @throws NotFoundException when the article does not exist in this tenant
   */
  List<Article> translations(ArticleId id);

  /**
   * Loads what some articles refer to.
   *
   * @param articles the articles
   * @return their authors, tags, sections and locations
   */
  References references(Collection<Article> articles);

  /**
   * Publishes this tenant's scheduled articles whose time has come. Idempotent, and safe when
   * several nodes call it at once: each article is published (and its event sent) exactly once.
   *
   * @return how many articles this call published
   */
  int publishDue();
}
