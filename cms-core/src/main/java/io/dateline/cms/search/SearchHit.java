package io.dateline.cms.search;

import io.dateline.cms.model.ArticleId;
import java.time.Instant;
import java.util.Objects;

/**
 * One article found by a search.
 *
 * @param articleId the article
 * @param slug its slug, for its URL
 * @param title its headline, plain text
 * @param snippet a passage of its text with the matched words in {@code <mark>} elements: HTML that
 *     is escaped everywhere else, safe to write into a page as it is
 * @param score the relevance with the recency boost; higher is better, comparable only within one
 *     search
 * @param publishAt when the article was published
 */
public record SearchHit(
    ArticleId articleId,
    String slug,
    String title,
    String snippet,
    double score,
    Instant publishAt) {

  /** Checks the values. */
  public SearchHit {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(publishAt, "publishAt");
  }
}
