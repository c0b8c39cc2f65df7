package io.dateline.cms.render;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Markup that Dateline produced and already made safe: escaped text, sanitized HTML, checked URLs.
 * A jte template writes it as is ({@code ${page.body()}}); other engines take {@link #toString()}
 * and insert it unescaped.
 *
 * <p>Immutable and thread-safe. The markup may be produced lazily, each time it is written, so a
 * body is rendered straight into the page instead of into an intermediate string. It is written as
 * text through {@link TemplateOutput#writeContent}, so it works with every jte output: a {@code
 * StringOutput}, and the {@code Utf8ByteOutput} that pages rendered as bytes use, which encodes it
 * as UTF-8.
 *
 * @since 0.1.0
 */
public final class Html implements Content {
  private static final Html EMPTY = new Html(out -> {}, true);

  private final Consumer<TemplateOutput> writer;
  private final boolean empty;

  private Html(Consumer<TemplateOutput> writer, boolean empty) {
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
   * Wraps a writer that produces safe markup. For Dateline's own code and themes: whatever the
   * writer emits is trusted.
   *
   * @param writer writes the markup; called on every {@link #writeTo}
   * @return the markup
   */
  public static Html lazy(Consumer<TemplateOutput> writer) {
    return new Html(Objects.requireNonNull(writer, "writer"), false);
  }

  /**
   * Wraps markup that is already safe. For Dateline's own code and themes.
   *
   * @param safeMarkup the markup; {@code null} or empty gives {@link #empty()}
   * @return the markup
   */
  public static Html trusted(String safeMarkup) {
    if (safeMarkup == null || safeMarkup.isEmpty()) {
      return EMPTY;
    }
    return new Html(out -> out.writeContent(safeMarkup), false);
  }

  @Override
  public void writeTo(TemplateOutput output) {
    writer.accept(output);
  }

  @Override
  public boolean isEmptyContent() {
    return empty;
  }

  /**
   * Renders the markup to a string.
   *
   * @return the markup
   */
  @Override
  public String toString() {
    StringOutput out = new StringOutput();
    writeTo(out);
    return out.toString();
  }
}
