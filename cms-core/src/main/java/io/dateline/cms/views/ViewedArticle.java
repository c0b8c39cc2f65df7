package io.dateline.cms.views;

import io.dateline.cms.model.Article;
import java.util.Objects;

/**
 * An article with its stored view counts, as a "most read" list returns it.
 *
 * @param article the article
 * @param periodViews stored views within the list's period
 * @param totalViews stored views of all time
 * @since 0.1.0
 */
public record ViewedArticle(Article article, long periodViews, long totalViews) {
  /** Checks the values. */
  public ViewedArticle {
    Objects.requireNonNull(article, "article");
  }
}
