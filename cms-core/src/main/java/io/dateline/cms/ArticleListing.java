package io.dateline.cms;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.References;
import io.dateline.cms.query.PageCursor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of articles with everything they refer to (authors, sections, tags, locations) already
 * loaded, ready to render without further queries.
 *
 * @param articles the articles, newest first
 * @param references what they refer to
 * @param next the cursor of the following page, or {@code null} on the last page
 * @since 0.1.0
 */
public record ArticleListing(
    List<Article> articles, References references, @Nullable PageCursor next) {
  /** Copies the list. */
  public ArticleListing {
    articles = List.copyOf(articles);
    Objects.requireNonNull(references, "references");
  }

  /**
   * Whether another page follows, as {@link io.dateline.cms.query.Page#hasNext()}.
   *
   * @return {@code true} when {@link #nextCursor()} is present
   */
  public boolean hasNext() {
    return next != null;
  }

  /**
   * The cursor of the following page.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<PageCursor> nextCursor() {
    return Optional.ofNullable(next);
  }
}
