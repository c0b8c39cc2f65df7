package io.dateline.cms.render.internal;

import gg.jte.TemplateOutput;
import gg.jte.html.escape.Escape;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Span;
import io.dateline.cms.render.spi.HeadWriter;
import io.dateline.cms.render.spi.HtmlOutput;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@link HtmlOutput} and {@link HeadWriter} on top of a jte {@link TemplateOutput}, so hooks write
 * straight into the page being rendered. Escaping is jte's own ({@link Escape}), the same the
 * templates use.
 *
 * @since 0.1.0
 */
public final class TemplateHtmlOutput implements HtmlOutput, HeadWriter {
  private static final Set<String> REFUSED_TAGS =
      Set.of("script", "style", "iframe", "object", "embed", "frame", "frameset", "base", "meta");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "cite",
          "action",
          "formaction",
          "poster",
          "data",
          "background",
          "srcset",
          "longdesc",
          "usemap",
          "ping",
          "manifest",
          "codebase",
          "xmlns");
  private static final Set<String> REFUSED_ATTRIBUTES = Set.of("style", "srcdoc");

  /**
   * SVG animation attributes whose values an {@code <animate>} or {@code <set>} copies into the
   * attribute it targets: checked with {@link SafeUrls#isScriptUrl}.
   */
  private static final Set<String> ANIMATION_VALUES = Set.of("values", "from", "to", "by");

  private static final Mark[] MARKS = Mark.values();
  private static final String[] MARK_TAGS = {"strong", "em", "u", "s", "code", "sup", "sub"};

  private final TemplateOutput out;

  /**
   * Wraps an output.
   *
   * @param out jte's output for the page
   */
  public TemplateHtmlOutput(TemplateOutput out) {
    this.out = out;
  }

  @Override
  public HtmlOutput open(String tag, @Nullable String... attributes) {
    startTag(tag, attributes);
    return this;
  }

  @Override
  public HtmlOutput empty(String tag, @Nullable String... attributes) {
    startTag(tag, attributes);
    return this;
  }

  @Override
  public HtmlOutput close(String tag) {
    checkTag(tag);
    out.writeContent("</");
    out.writeContent(tag);
    out.writeContent(">");
    return this;
  }

  @Override
  public HtmlOutput text(@Nullable String text) {
    if (text != null) {
      Escape.htmlContent(text, out);
    }
    return this;
  }

  @Override
  public HtmlOutput spans(List<Span> spans) {
    for (Span span : spans) {
      String link = span.link();
      boolean linked = link != null && SafeUrls.isSafeLink(link);
      if (linked) {
        out.writeContent("<a href=\"");
        Escape.htmlAttribute(link, out);
        out.writeContent("\">");
      }
      Set<Mark> marks = span.marks();
      if (marks.isEmpty()) {
        text(span.text());
      } else {
        // Mark sets have no stable order; nest tags in the enum's order so output is
        // deterministic.
        for (int i = 0; i < MARKS.length; i++) {
          if (marks.contains(MARKS[i])) {
            out.writeContent("<");
            out.writeContent(MARK_TAGS[i]);
            out.writeContent(">");
          }
        }
        text(span.text());
        for (int i = MARKS.length - 1; i >= 0; i--) {
          if (marks.contains(MARKS[i])) {
            out.writeContent("</");
            out.writeContent(MARK_TAGS[i]);
            out.writeContent(">");
          }
        }
      }
      if (linked) {
        out.writeContent("</a>");
      }
    }
    return this;
  }

  @Override
  public HtmlOutput sanitizedHtml(String html) {
    out.writeContent(HtmlSanitizer.clean(html));
    return this;
  }

  @Override
  public TemplateHtmlOutput trustedHtml(String html) {
    if (html != null) {
      out.writeContent(html);
    }
    return this;
  }

  @Override
  public HeadWriter meta(String name, String content) {
    if (content != null) {
      startTag("meta!", "name", name, "content", content);
    }
    return this;
  }

  @Override
  public HeadWriter property(String property, String content) {
    if (content != null) {
      startTag("meta!", "property", property, "content", content);
    }
    return this;
  }

  @Override
  public HeadWriter link(String rel, String href) {
    if (SafeUrls.isSafeResource(href)) {
      startTag("link", "rel", rel, "href", href);
    }
    return this;
  }

  @Override
  public HeadWriter script(String src) {
    if (SafeUrls.isSafeResource(src)) {
      out.writeContent("<script src=\"");
      Escape.htmlAttribute(src, out);
      out.writeContent("\" async></script>");
    }
    return this;
  }

  // "meta!" lets the head writer emit <meta>, which hooks writing body markup may not.
  private void startTag(String tag, String... attributes) {
    String name = tag;
    if ("meta!".equals(tag)) {
      name = "meta";
    } else {
      checkTag(tag);
    }
    if ((attributes.length & 1) != 0) {
      throw new IllegalArgumentException("attributes come in name and value pairs");
    }
    // Everything is checked before anything is written, so a refused call leaves no half tag.
    for (int i = 0; i < attributes.length; i += 2) {
      checkAttribute(attributes[i]);
    }
    out.writeContent("<");
    out.writeContent(name);
    for (int i = 0; i < attributes.length; i += 2) {
      attribute(attributes[i], attributes[i + 1]);
    }
    out.writeContent(">");
  }

  /**
   * Whether every candidate of a {@code srcset} ("url 320w, url 640w") names a safe URL. Candidates
   * are split at commas followed by white space, the form the renderer writes; a URL with a comma
   * of its own is never written into one.
   */
  private static boolean isSafeSrcset(String value) {
    String[] candidates = value.split(",\\s+");
    for (String candidate : candidates) {
      String trimmed = candidate.strip();
      int space = trimmed.indexOf(' ');
      String url = space < 0 ? trimmed : trimmed.substring(0, space);
      if (url.isEmpty() || !SafeUrls.isSafeLink(url)) {
        return false;
      }
    }
    return candidates.length > 0;
  }

  private static void checkAttribute(String name) {
    if (!isName(name) || name.startsWith("on") || REFUSED_ATTRIBUTES.contains(name)) {
      throw new IllegalArgumentException("attribute '" + name + "' is not allowed");
    }
  }

  private void attribute(String name, String value) {
    if (value == null
        || ("srcset".equals(name)
            ? !isSafeSrcset(value)
            : URL_ATTRIBUTES.contains(name) && !SafeUrls.isSafeLink(value))
        || (ANIMATION_VALUES.contains(name) && SafeUrls.isScriptUrl(value))
        || ("attributename".equals(name) && targetsUrl(value))) {
      return;
    }
    out.writeContent(" ");
    out.writeContent(name);
    out.writeContent("=\"");
    Escape.htmlAttribute(value, out);
    out.writeContent("\"");
  }

  /**
   * Whether an animation's {@code attributeName} names an attribute that holds a URL ({@code href},
   * {@code xlink:href}, ...): an animation must not be able to set a link at all, whatever the
   * values, since they may come from elsewhere in the document.
   */
  private static boolean targetsUrl(String attributeName) {
    String target = attributeName.strip().toLowerCase(java.util.Locale.ROOT);
    int colon = target.indexOf(':');
    return URL_ATTRIBUTES.contains(colon < 0 ? target : target.substring(colon + 1));
  }

  private static void checkTag(String tag) {
    if (!isName(tag) || REFUSED_TAGS.contains(tag)) {
      throw new IllegalArgumentException(
          "tag '" + tag + "' is not allowed here; write trusted markup with trustedHtml");
    }
  }

  private static boolean isName(String name) {
    if (name == null || name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
