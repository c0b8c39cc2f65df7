package io.dateline.cms.query;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What "related news" of one article means: the editors' picks first, in their order, then up to
 * {@code automatic} of the newest other articles that share one of the article's first {@value
 * #MATCHED_TAGS} tags or have its primary section among their sections. Only published articles of
 * the same language count, never the article itself; a pick that is missing, unpublished or in
 * another language drops out silently.
 *
 * @param article the article whose related news is asked for; never in the answer
 * @param language the language the related articles must have; compared by {@link
 *     Locale#getLanguage()}
 * @param picks the editors' choice, in order (the article's {@link Article#related()} ids)
 * @param tags tags an automatic match may share; only the first {@value #MATCHED_TAGS} are used
 * @param section a section an automatic match may have, or {@code null}
 * @param automatic the most automatic matches to add after the picks; 0 adds none
 * @since 0.1.0
 */
public record RelatedQuery(
    ArticleId article,
    Locale language,
    List<ArticleId> picks,
    List<TagId> tags,
    @Nullable SectionId section,
    int automatic) {

  /** How many of an article's tags (in editorial order, most important first) find matches. */
  public static final int MATCHED_TAGS = 10;

  /** The most automatic matches a query may ask for. */
  public static final int MAX_AUTOMATIC = 50;

  /**
   * Checks and copies the values: duplicates and the article itself leave the picks, tags are cut
   * to {@value #MATCHED_TAGS}.
   *
   * @throws IllegalArgumentException when {@code automatic} is negative or above {@value
   *     #MAX_AUTOMATIC}
   */
  public RelatedQuery {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(language, "language");
    if (automatic < 0 || automatic > MAX_AUTOMATIC) {
      throw new IllegalArgumentException(
          "automatic must be between 0 and " + MAX_AUTOMATIC + ", was " + automatic);
    }
    LinkedHashSet<ArticleId> distinct = new LinkedHashSet<>(picks);
    distinct.remove(article);
    picks = Collections.unmodifiableList(new ArrayList<>(distinct));
    tags = List.copyOf(new LinkedHashSet<>(tags)).stream().limit(MATCHED_TAGS).toList();
  }

  /**
   * The related news of an article: its own picks, tags, primary section and language.
   *
   * @param article the article
   * @param automatic the most automatic matches to add after the picks; 0 adds none
   * @return the query
   */
  public static RelatedQuery of(Article article, int automatic) {
    return new RelatedQuery(
        article.id(),
        article.language(),
        article.related(),
        article.tags(),
        article.primarySection(),
        automatic);
  }

  /**
   * Puts candidates in the answer's order: the published picks of the language in pick order, then
   * the other candidates newest first (publish time, then id, both descending), at most {@link
   * #automatic()} of them. Backends that cannot order in their query use it; it also states the
   * order exactly.
   *
   * @param candidates published articles of the language that are picks or automatic matches, in
   *     any order, possibly repeated
   * @return the answer
   */
  public List<Article> order(List<Article> candidates) {
    List<Article> answer = new ArrayList<>();
    java.util.Map<ArticleId, Article> byId = new java.util.LinkedHashMap<>();
    for (Article a : candidates) {
      if (!a.id().equals(article)
          && a.isPublished()
          && a.language().getLanguage().equals(language.getLanguage())) {
        byId.put(a.id(), a);
      }
    }
    for (ArticleId pick : picks) {
      Article a = byId.remove(pick);
      if (a != null) {
        answer.add(a);
      }
    }
    byId.values().stream()
        .filter(a -> a.publishAt() != null)
        .sorted(
            java.util.Comparator.comparing((Article a) -> Objects.requireNonNull(a.publishAt()))
                .thenComparing(Article::id)
                .reversed())
        .limit(automatic)
        .forEach(answer::add);
    return List.copyOf(answer);
  }
}
