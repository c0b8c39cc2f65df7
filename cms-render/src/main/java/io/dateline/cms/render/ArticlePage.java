package io.dateline.cms.render;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An article page ready for a theme: the view model, the head, and the rendered body.
 *
 * <p>Immutable and thread-safe. {@link #body()} renders the blocks (through the installed block
 * renderers and listeners) each time it is written.
 *
 * @param view the article view
 * @param head the page head
 * @param body the body's blocks as safe markup
 * @param searchUrl where the header's search box sends its query, or {@code null} for no box
 * @since 0.1.0
 */
public record ArticlePage(ArticleView view, PageHead head, Html body, @Nullable String searchUrl) {
  /** Rejects {@code null}s. */
  public ArticlePage {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(body, "body");
  }

  /**
   * A page without a search box.
   *
   * @param view the article
   * @param head the document head
   * @param body the article body
   */
  public ArticlePage(ArticleView view, PageHead head, Html body) {
    this(view, head, body, null);
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
