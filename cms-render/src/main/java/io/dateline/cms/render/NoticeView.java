package io.dateline.cms.render;

import io.dateline.cms.model.NoticeKind;

/**
 * A correction, update, clarification or editor's note as an article page shows it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the notice is; themes style by it ({@code notice-correction}, ...)
 * @param label the kind in the page's language ("Correction", "Виправлення")
 * @param time when the change was made, in the tenant's zone and the page's locale
 * @param text the notice, plain text (a template escapes it)
 * @since 0.1.0
 */
public record NoticeView(NoticeKind kind, String label, TimeView time, String text) {

  /**
   * The CSS class the standard theme gives the notice.
   *
   * @return {@code notice-correction}, {@code notice-update}, {@code notice-clarification} or
   *     {@code notice-editors-note}
   */
  public String cssClass() {
    return "notice-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
