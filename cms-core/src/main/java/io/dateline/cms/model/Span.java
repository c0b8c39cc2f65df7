package io.dateline.cms.model;

import io.dateline.cms.validation.SafeLink;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A run of text with uniform formatting, optionally a link.
 *
 * <p>Immutable and thread-safe. Text is plain text: renderers escape it; markup in it is shown, not
 * interpreted.
 *
 * @param text the text; never {@code null}
 * @param marks formatting; never {@code null}
 * @param link the link target (http, https, mailto, tel, or a path starting with {@code /}), or
 *     {@code null}
 * @since 0.1.0
 */
public record Span(
    @NotNull @Size(max = 20_000) String text,
    @NotNull Set<@NotNull Mark> marks,
    @SafeLink @Size(max = 2000) @Nullable String link) {

  /**
   * Copies the marks; {@code null} means none. A {@code null} element is kept so that validation
   * reports it instead of this constructor failing on it.
   */
  public Span {
    if (marks == null || marks.isEmpty()) {
      marks = Set.of();
    } else if (marks.stream().anyMatch(Objects::isNull)) {
      // Not marks.contains(null): immutable sets throw on that call.
      marks = Collections.unmodifiableSet(new LinkedHashSet<>(marks));
    } else {
      marks = Set.copyOf(EnumSet.copyOf(marks));
    }
  }

  /**
   * Plain text.
   *
   * @param text the text
   * @return the span
   */
  public static Span text(String text) {
    return new Span(text, Set.of(), null);
  }

  /**
   * Formatted text.
   *
   * @param text the text
   * @param first a mark
   * @param more further marks
   * @return the span
   */
  public static Span marked(String text, Mark first, Mark... more) {
    return new Span(text, EnumSet.of(first, more), null);
  }

  /**
   * A link.
   *
   * @param text the link text
   * @param href the target
   * @return the span
   */
  public static Span link(String text, String href) {
    return new Span(text, Set.of(), href);
  }
}
