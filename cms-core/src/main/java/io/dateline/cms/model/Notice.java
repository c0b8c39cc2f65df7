package io.dateline.cms.model;

import io.dateline.cms.validation.ArticleLimits;
import io.dateline.cms.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A typed notice shown with an article: a correction, an update, a clarification or an editor's
 * note, with the time it was made and its text. Notices are plain text (markup is refused by
 * validation, and the renderer escapes them anyway); the newest notice's time is the article's
 * {@code dateModified} in JSON-LD and its updated time in feeds.
 *
 * @param kind what the notice is
 * @param time when the change it describes was made
 * @param text what the reader is told; plain text, 1 to {@value ArticleLimits#NOTICE_TEXT}
 *     characters
 * @since 0.1.0
 */
public record Notice(
    @NotNull NoticeKind kind,
    @NotNull Instant time,
    @NotBlank @Size(max = ArticleLimits.NOTICE_TEXT) @PlainText String text) {

  /**
   * A correction.
   *
   * @param time when the error was corrected
   * @param text what was wrong and what is right
   * @return the notice
   */
  public static Notice correction(Instant time, String text) {
    return new Notice(NoticeKind.CORRECTION, time, text);
  }

  /**
   * An update.
   *
   * @param time when the article was updated
   * @param text what was added
   * @return the notice
   */
  public static Notice update(Instant time, String text) {
    return new Notice(NoticeKind.UPDATE, time, text);
  }
}
