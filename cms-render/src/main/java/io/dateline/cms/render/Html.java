package io.dateline.cms.render;

import io.dateline.cms.render.internal.MarkupText;
import io.dateline.cms.render.spi.HtmlOutput;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Markup that Dateline produced and already made safe: escaped text, sanitized HTML, checked URLs.
 * The default theme writes it into its pages as is; a theme on another template engine inserts
 * {@link #toString()} unescaped, or streams it with {@link #writeTo(HtmlOutput)}.
 *
 * <p>Immutable and thread-safe. The markup may be produced lazily, each time it is written, so a
 * body is rendered straight into the page instead of into an intermediate string.
 *
 * @since 0.1.0
 */
public final class Html {
  private static final Html EMPTY = new Html(out -> {}, true);

  private final Consumer<? super HtmlOutput> writer;
  private final boolean empty;

  private Html(Consumer<? super HtmlOutput> writer, boolean empty) {
    this.writer = writer;
    this.empty = empty;
  }

  /**
   * Nothing.
   *
   * @return the empty markup
   */
  public static Html empty() {
    return EMPTY;
  }

  /**
   * Markup written on demand, each time it is written, through the given output's safe methods.
   *
   * @param writer writes the markup; called once per write; never {@code null}
   * @return the markup
   */
  public static Html lazy(Consumer<? super HtmlOutput> writer) {
    return new Html(Objects.requireNonNull(writer, "writer"), false);
  }

  /**
   * Markup that is known to be safe, written unchanged. Never pass anything built from user input.
   *
   * @param safeMarkup the markup; {@code null} or empty gives {@link #empty()}
   * @return the markup
   */
  public static Html trusted(String safeMarkup) {
    if (safeMarkup == null || safeMarkup.isEmpty()) {
      return EMPTY;
    }
    return new Html(out -> out.trustedHtml(safeMarkup), false);
  }

  /**
   * Writes the markup.
   *
   * @param output where to; never {@code null}
   */
  public void writeTo(HtmlOutput output) {
    writer.accept(Objects.requireNonNull(output, "output"));
  }

  /**
   * Whether this is known to write nothing ({@link #empty()}, or {@link #trusted(String)} of an
   * empty string). Lazy markup counts as not empty even when it writes nothing.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return empty;
  }

  /**
   * The markup as a string.
   *
   * @return the markup
   */
  @Override
  public String toString() {
    return MarkupText.of(this);
  }
}
