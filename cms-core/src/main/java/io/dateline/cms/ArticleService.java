package io.dateline.cms;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.References;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.cms.views.ViewedArticle;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>Text anywhere in a draft must not hold NUL characters or unpaired surrogates (rule {@code
 * WellFormedText}), and an article must fit {@link
 * io.dateline.cms.validation.ContentBudget#ARTICLE}. Raw HTML blocks are cleaned with {@link
 * io.dateline.cms.validation.HtmlSafelist} before they are stored, so the returned and stored
 * article holds the cleaned markup.
 *
 * <p>A {@code null} draft is a {@link ValidationException}; any other {@code null} argument not
 * documented as allowed fails at once with a {@link NullPointerException} whose message names the
 * parameter ({@code "article id must not be null"}), before storage is touched.
 *
 * @since 0.1.0
 */
public interface ArticleService {

  /** The largest {@code limit} {@link #mostRead} accepts. */
  int MOST_READ_MAX_LIMIT = 100;

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
   * Validates and stores new content for an article, as {@link #update(ArticleId, long,
   * ArticleDraft)}, with a note on the change that its {@link Revision} keeps ("Fixed the
   * minister's name"). The default ignores the summary, for implementations without revisions.
   *
   * @param id the article
   * @param expectedVersion the version the edit is based on
   * @param draft the new content
   * @param summary the editor's note, at most {@value RevisionService#MAX_SUMMARY_LENGTH}
   *     characters; {@code null} or blank for none
   * @return the stored article
   * @throws NotFoundException when the article does not exist in this tenant
   * @throws VersionConflictException when the article changed since {@code expectedVersion}
   * @throws ValidationException when the draft or the summary (path {@code summary}) breaks a rule
   * @since 0.1.0
   */
  default Article update(
      ArticleId id,
      long expectedVersion,
      ArticleDraft draft,
      @org.jspecify.annotations.Nullable String summary) {
    return update(id, expectedVersion, draft);
  }

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
   * @throws ValidationException when {@code publishAt} is not in the future (rule {@code
   *     FuturePublishTime}) or after the end of the year 9999 ({@code PublishTimeRange})
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
   * One page of a listing, with the references of its articles and of some other articles loaded in
   * the same round trip: for a page that shows a second list beside the listing (a most-read box),
   * so that both render without a further query.
   *
   * @param query filters, page size and cursor
   * @param alsoReferenced other articles whose references the result must hold; may be empty
   * @return the page; its references cover the page and {@code alsoReferenced}
   * @since 0.1.0
   */
  ArticleListing list(ArticleQuery query, Collection<Article> alsoReferenced);

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
   * Finds an article by slug together with its translations, in one storage call (one statement on
   * the JPA store): what an article page needs for the article and its language links.
   *
   * @param slug the slug; never {@code null}
   * @return the article (whatever its status, like {@link #findBySlug}) and the other articles of
   *     its translation group ordered by language tag; empty when no article has the slug. A public
   *     page checks {@link Article#isPublished()} and links only to {@link
   *     TranslatedArticle#publishedTranslations()}.
   * @throws NullPointerException when {@code slug} is {@code null}
   * @throws StorageException when the storage fails
   * @since 0.1.0
   */
  Optional<TranslatedArticle> findWithTranslations(String slug);

  /**
   * The most viewed published articles of one language over a period, with their stored view
   * counts: one storage statement, and none while the list is cached. The period's UTC days end
   * with the current UTC day of the {@code Dateline} clock (see {@link ViewPeriod#firstDay}).
   *
   * <p>Lists come from stored counts, so they trail the newest views by up to the view counter's
   * flush interval, and are cached per (tenant, language, period, limit) for {@link
   * Dateline.Builder#mostReadCacheTtl(java.time.Duration)} (10 seconds by default). A read of the
   * {@link Dateline#changes() change feed} that reports changes of a tenant drops that tenant's
   * lists, so a feed follower (such as a site's caches) never reloads a list older than the change
   * it acts on, an unpublished article included.
   *
   * @param language the language, compared by {@link Locale#getLanguage()}; never {@code null}
   * @param period the period; never {@code null}
   * @param limit how many, 1 to {@value #MOST_READ_MAX_LIMIT}
   * @return highest period views first, ties by ascending article id; unmodifiable
   * @throws NullPointerException when {@code language} or {@code period} is {@code null}
   * @throws IllegalArgumentException when {@code limit} is out of range
   * @throws StorageException when the storage fails
   * @since 0.1.0
   */
  List<ViewedArticle> mostRead(Locale language, ViewPeriod period, int limit);

  /**
   * Loads what some articles refer to.
   *
   * @param articles the articles
   * @return their authors, tags, sections and locations
   */
  References references(Collection<Article> articles);

  /**
   * The related news of a published article: the editors' picks ({@link Article#related()}) that
   * are published in the article's language, in their order, then up to {@code automatic} of the
   * newest published articles of that language sharing one of its tags or its primary section (see
   * {@link io.dateline.cms.query.RelatedQuery}); never the article itself. One storage statement on
   * the JPA store, none when there is nothing to look for. Resolve the answer's references together
   * with the article's ({@link #references(Collection)}) to keep a page's statement count fixed.
   *
   * @param article the article, as read
   * @param automatic the most automatic matches after the picks, 0 to {@value
   *     io.dateline.cms.query.RelatedQuery#MAX_AUTOMATIC}; 0 shows only the picks
   * @return the related articles
   * @throws IllegalArgumentException when {@code automatic} is out of range or the article belongs
   *     to another tenant
   * @throws UnsupportedOperationException when the service or its storage cannot answer it
   * @since 0.1.0
   */
  default List<Article> related(Article article, int automatic) {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not find related articles (ArticleService.related)");
  }

  /**
   * Publishes this tenant's scheduled articles whose time has come, then carries out its due
   * {@linkplain TimedChange timed changes} (prepared updates and expiries, see {@link
   * RevisionService}). Idempotent, and safe when several nodes call it at once: each article is
   * published, and each timed change carried out, exactly once (with its event).
   *
   * @return how many articles this call published (timed changes are not counted)
   */
  int publishDue();
}
