package io.dateline.cms.views;

import io.dateline.cms.model.ArticleId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Views of one article on one UTC day, counted elsewhere and imported with {@link
 * io.dateline.cms.Dateline#importViews}: the counts of the system a newsroom moves from, or a
 * demo's starting numbers.
 *
 * @param articleId the article; never {@code null}
 * @param day the UTC day the views happened on; never {@code null}
 * @param views how many, at least 1
 */
public record DailyViews(ArticleId articleId, LocalDate day, long views) {
  /**
   * Checks the values.
   *
   * @throws NullPointerException when {@code articleId} or {@code day} is {@code null}
   * @throws IllegalArgumentException when {@code views} is less than 1
   */
  public DailyViews {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(day, "day");
    if (views < 1) {
      throw new IllegalArgumentException("views must be at least 1, was " + views);
    }
  }
}
