package io.dateline.cms.render;

import java.util.Objects;

/**
 * A listing page ready for a theme.
 *
 * <p>Immutable and thread-safe.
 *
 * @param view the listing view
 * @param head the page head
 * @since 0.1.0
 */
public record ListingPage(ListingView view, PageHead head) {
  /** Rejects {@code null}s. */
  public ListingPage {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(head, "head");
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
