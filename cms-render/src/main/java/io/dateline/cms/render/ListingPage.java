package io.dateline.cms.render;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A listing page ready for a theme.
 *
 * <p>Immutable and thread-safe.
 *
 * @param view the listing view
 * @param head the page head
 * @param searchUrl where the header's search box sends its query, or {@code null} for no box
 * @since 0.1.0
 */
public record ListingPage(ListingView view, PageHead head, @Nullable String searchUrl) {
  /** Rejects {@code null}s. */
  public ListingPage {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(head, "head");
  }

  /**
   * A page without a search box.
   *
   * @param view the listing
   * @param head the document head
   */
  public ListingPage(ListingView view, PageHead head) {
    this(view, head, null);
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
