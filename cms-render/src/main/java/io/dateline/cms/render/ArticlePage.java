package io.dateline.cms.render;

import java.util.Objects;

/**
 * An article page ready for a theme: the view model, the head, and the rendered body.
 *
 * <p>Immutable and thread-safe. {@link #body()} renders the blocks (through the installed block
 * renderers and listeners) each time it is written.
 *
 * @param view the article view
 * @param head the page head
 * @param body the body's blocks as safe markup
 * @since 0.1.0
 */
public record ArticlePage(ArticleView view, PageHead head, Html body) {
  /** Rejects {@code null}s. */
  public ArticlePage {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(body, "body");
  }

  /**
   * The theme's words.
   *
   * @return the labels of the page's locale
   */
  public Labels labels() {
    return view.labels();
  }
}
