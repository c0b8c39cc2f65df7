package io.dateline.cms.spi;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TagId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.views.ViewedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Storage of one tenant's articles. Thread-safe; every method sees only that tenant.
 *
 * <p>Writes are atomic: an insert or update is stored whole or not at all, and a read never returns
 * part of one version of an article and part of another (else a compare-and-set based on that read
 * could silently undo a change).
 *
 * <p>Every field round-trips exactly, except that instants need only keep microseconds: a store may
 * drop finer digits. Ids compare as {@link ArticleId#compareTo} does (unsigned), language tags as
 * strings.
 *
 * @since 0.1.0
 */
public interface ArticleRepository {

  /**
   * Finds by id.
   *
   * @param id the id
   * @return the article, or empty (also when it belongs to another tenant)
   */
  Optional<Article> findById(ArticleId id);

  /**
   * Finds several by id.
   *
   * @param ids the ids
   * @return the found articles, in no particular order
   */
  List<Article> findByIds(Collection<ArticleId> ids);

  /**
   * Finds by slug, whatever the status.
   *
   * @param slug the slug
   * @return the article, or empty
   */
  Optional<Article> findBySlug(String slug);

  /**
   * The articles of one translation group, the original included, ordered by language tag.
   *
   * @param translationKey the group's key
   * @return the articles
   */
  List<Article> findByTranslationKey(ArticleId translationKey);

  /**
   * Finds an article by slug together with the other articles of its translation group, in one
   * round trip where the backend can.
   *
   * @param slug the slug
   * @return the article with that slug first, then its translations (any status) ordered by
   *     language tag; empty when no article has the slug
   * @since 0.1.0
   */
  default List<Article> findWithTranslations(String slug) {
    Optional<Article> found = findBySlug(slug);
    if (found.isEmpty()) {
      return List.of();
    }
    List<Article> group = new ArrayList<>();
    group.add(found.get());
    for (Article a : findByTranslationKey(found.get().translationKey())) {
      if (!a.id().equals(found.get().id())) {
        group.add(a);
      }
    }
    return group;
  }

  /**
   * The most viewed published articles of one language, with their stored view counts, in one
   * statement: views are summed over whole UTC days from {@code fromDay} to {@code toDay}, or over
   * all time when {@code fromDay} is {@code null}.
   *
   * @param language the language; compared by {@link Locale#getLanguage()}
   * @param fromDay the first UTC day counted, or {@code null} for all time
   * @param toDay the last UTC day counted (ignored for all time)
   * @param limit the most to return, at least 1
   * @return highest period views first, ties by ascending article id; articles without views in the
   *     period are absent
   * @since 0.1.0
   */
  List<ViewedArticle> mostRead(
      Locale language, @Nullable LocalDate fromDay, @Nullable LocalDate toDay, int limit);

  /**
   * The related news of an article, in one statement where the backend has statements: the
   * published articles of the query's language that are among its picks or (when {@link
   * io.dateline.cms.query.RelatedQuery#automatic()} is above 0) share one of its tags or have its
   * section, never the article itself, ordered and cut as {@link
   * io.dateline.cms.query.RelatedQuery#order(List)} states: picks in their order, then the newest
   * matches. The default refuses, so that a backend written before this method keeps compiling.
   *
   * @param query the article, its picks, tags, section and language, and how many matches to add
   * @return the related articles; empty when there are none
   * @throws UnsupportedOperationException when the backend cannot answer it
   * @since 0.1.0
   */
  default List<Article> related(io.dateline.cms.query.RelatedQuery query) {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not find related articles (ArticleRepository.related)");
  }

  /**
   * One page of a listing: matching articles with a publish time, ordered by publish time then id,
   * both descending, strictly after the query's cursor. The page's next cursor is the last item's
   * position when more items follow, else {@code null}.
   *
   * @param query the filters, page size and cursor
   * @return the page
   */
  Page<Article> list(ArticleQuery query);

  /**
   * Counts the matching articles, ignoring the query's limit and cursor and whether they have a
   * publish time.
   *
   * @param query the filters
   * @return the count
   */
  long count(ArticleQuery query);

  /**
   * Scheduled articles whose publish time has come: status SCHEDULED and {@code publishAt <= now},
   * oldest first.
   *
   * @param now the current time
   * @param limit the most to return
   * @return the articles
   */
  List<Article> findDue(Instant now, int limit);

  /**
   * Stores a new article with version 0.
   *
   * @param article the article, already validated; its version is ignored and stored as 0
   * @return the stored article
   * @throws io.dateline.cms.DuplicateSlugException when the slug is taken; nothing is stored
   * @throws io.dateline.cms.ValidationException when an author, section, tag or location the
   *     article refers to does not exist (it may have been deleted since the article was validated;
   *     rule {@code SameTenant}, path such as {@code tags[2]} or {@code dateline}); nothing is
   *     stored. Checked atomically with {@link DirectoryRepository#delete}.
   * @throws IllegalArgumentException when the article belongs to another tenant; nothing is stored
   */
  Article insert(Article article);

  /**
   * Replaces an article if nobody changed it meanwhile: the stored version must equal {@code
   * article.version()}; the stored copy gets version + 1. This compare-and-set is what makes
   * concurrent edits and multi-node scheduled publishing safe.
   *
   * @param article the new state, carrying the version it was based on
   * @return the stored article, with the new version
   * @throws io.dateline.cms.VersionConflictException when the stored version differs
   * @throws io.dateline.cms.NotFoundException when no article has the id
   * @throws io.dateline.cms.DuplicateSlugException when the new slug is taken
   * @throws io.dateline.cms.ValidationException when an author, section, tag or location the
   *     article refers to does not exist, as for {@link #insert}; nothing is stored
   * @throws IllegalArgumentException when the article belongs to another tenant; nothing is stored
   */
  Article update(Article article);

  /**
   * Ids of articles of any status and publish time that refer to a tag, at most {@code limit} of
   * them in no particular order: what merging one tag into another walks through. The default
   * refuses, for backends written before tag merging existed.
   *
   * @param tag the tag; never {@code null}
   * @param limit the most to return, at least 1
   * @return the ids; empty when no article refers to the tag
   * @throws UnsupportedOperationException when the backend cannot list them
   * @since 0.1.0
   */
  default List<ArticleId> findIdsTagged(TagId tag, int limit) {
    throw new UnsupportedOperationException(
        getClass().getName() + " cannot list tagged articles (ArticleRepository.findIdsTagged)");
  }

  /**
   * Deletes an article and, in the same transaction, removes its id from the {@link
   * Article#related()} lists of the tenant's other articles. Each article changed that way is
   * stored with the next version (so an edit based on the older one fails with a version conflict)
   * and records one {@code ARTICLE_UPDATED} change, after the {@code ARTICLE_DELETED} change of the
   * deleted article.
   *
   * @param id the id
   * @return {@code true} when something was deleted
   */
  boolean delete(ArticleId id);
}
