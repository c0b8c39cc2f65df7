package io.dateline.cms.render.internal;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import io.dateline.cms.render.Html;
import io.dateline.cms.render.spi.HeadWriter;
import io.dateline.cms.render.spi.HtmlOutput;

/**
 * Where {@link Html} meets jte: the theme's templates write an {@code Html} through {@link
 * #content(Html)} (as {@code JteTheme.content}), which hands the template's output to the markup as
 * an {@link HtmlOutput}. The public {@code Html} type knows nothing of jte, so a theme on another
 * engine never sees jte types.
 */
public final class MarkupText {
  private MarkupText() {}

  /**
   * The markup as a jte content, for templates; public as {@code JteTheme.content}.
   *
   * @param html the markup
   * @return jte content writing it unescaped, empty when the markup is
   */
  public static Content content(Html html) {
    return new Content() {
      @Override
      public void writeTo(TemplateOutput output) {
        html.writeTo(new TemplateHtmlOutput(output));
      }

      @Override
      public boolean isEmptyContent() {
        return html.isEmpty();
      }
    };
  }

  /**
   * Renders markup into a string.
   *
   * @param html the markup
   * @return its text
   */
  public static String of(Html html) {
    StringOutput out = new StringOutput();
    html.writeTo(new TemplateHtmlOutput(out));
    return out.toString();
  }

  /**
   * The head writer behind an output that {@code Html} markup is written to: the output itself when
   * it is Dateline's, otherwise a writer that checks and escapes like Dateline's and passes the
   * finished markup on as trusted HTML.
   *
   * @param output the output
   * @return a head writer writing into it
   */
  public static HeadWriter headWriter(HtmlOutput output) {
    if (output instanceof HeadWriter writer) {
      return writer;
    }
    return new TemplateHtmlOutput(new ForwardingOutput(output));
  }

  /** Passes the markup jte-side code produces on to an {@link HtmlOutput} as trusted HTML. */
  private record ForwardingOutput(HtmlOutput target) implements TemplateOutput {
    @Override
    public void writeContent(String value) {
      target.trustedHtml(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      target.trustedHtml(value.substring(beginIndex, endIndex));
    }
  }
}
