package io.dateline.cms.ninjs.internal;

import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Span;
import io.dateline.cms.validation.HtmlSafelist;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Turns untrusted HTML into Dateline's body blocks. Every piece of markup that becomes content goes
 * through {@link HtmlSafelist}, the policy the article service applies to raw HTML, so only
 * safelisted elements, attributes and URL schemes reach the blocks: scripts, styles, event handlers
 * and {@code javascript:} URLs never do.
 *
 * <p>The safelist has no figures, rules or quote footers, so those are recognised on the parsed
 * tree first: a {@code figure} becomes an image block (its {@code img} cleaned, its caption as
 * text; a gallery when it holds two or more pictures, each with its own figure's caption as text),
 * an {@code hr} a divider, a {@code blockquote}'s {@code footer} or {@code cite} the quote's
 * attribution, and wrappers ({@code div}, {@code section}, {@code article}...) are looked through.
 * Everything else is cleaned and then mapped: paragraphs (with bold, italic and other marks and
 * links as spans), headings, lists and images; markup with no block of its own (tables,
 * preformatted text) is kept as a raw HTML block, which the article service cleans again when
 * storing.
 *
 * <p>jsoup does the parsing and cleaning; the walk over the tree is Dateline's own, since the block
 * model is.
 *
 * <p>Thread-safe: stateless.
 */
public final class HtmlBlocks {
  private static final Map<String, Mark> MARKS =
      Map.ofEntries(
          Map.entry("b", Mark.BOLD),
          Map.entry("strong", Mark.BOLD),
          Map.entry("i", Mark.ITALIC),
          Map.entry("em", Mark.ITALIC),
          Map.entry("cite", Mark.ITALIC),
          Map.entry("u", Mark.UNDERLINE),
          Map.entry("s", Mark.STRIKE),
          Map.entry("strike", Mark.STRIKE),
          Map.entry("del", Mark.STRIKE),
          Map.entry("code", Mark.CODE),
          Map.entry("sup", Mark.SUPERSCRIPT),
          Map.entry("sub", Mark.SUBSCRIPT));

  private static final Set<String> WRAPPERS =
      Set.of("div", "section", "article", "main", "header", "footer", "aside", "body", "span");

  private static final Set<String> INLINE =
      Set.of(
          "a", "b", "strong", "i", "em", "cite", "u", "s", "strike", "del", "code", "sup", "sub",
          "span", "small", "big", "abbr", "q", "br", "font");

  private static final int HEADING_MAX = 300;
  private static final int SPAN_MAX = 20_000;

  private HtmlBlocks() {}

  /**
   * Converts markup to blocks.
   *
   * @param html untrusted markup; may be empty
   * @return the blocks, in document order; empty when the markup holds no content
   */
  public static List<Block> toBlocks(String html) {
    if (html.isBlank()) {
      return List.of();
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    // Strike-through the safelist knows only as <strike>.
    body.select("s, del").tagName("strike");
    List<Block> blocks = new ArrayList<>();
    SpanRun pending = new SpanRun();
    walkStructure(body, blocks, pending);
    pending.flushParagraph(blocks);
    return List.copyOf(blocks);
  }

  /**
   * Walks the uncleaned tree for the structure the safelist would remove; every other element is
   * cleaned on its own and mapped by {@link #walkBlocks}.
   */
  private static void walkStructure(Element parent, List<Block> blocks, SpanRun pending) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode text) {
        pending.text(text.text(), Set.of(), null); // plain text: escaped wherever it is shown
        continue;
      }
      if (!(child instanceof Element element)) {
        continue; // comments, and the data of scripts and styles
      }
      String tag = element.normalName();
      switch (tag) {
        case "hr" -> {
          pending.flushParagraph(blocks);
          blocks.add(new Block.Divider());
        }
        case "figure" -> {
          pending.flushParagraph(blocks);
          figure(element, blocks);
        }
        case "blockquote" -> {
          pending.flushParagraph(blocks);
          quote(element, blocks);
        }
        default -> {
          if (WRAPPERS.contains(tag) && !tag.equals("span")) {
            pending.flushParagraph(blocks);
            SpanRun inner = new SpanRun();
            walkStructure(element, blocks, inner);
            inner.flushParagraph(blocks);
          } else {
            walkBlocks(cleaned(element.outerHtml()), blocks, pending);
          }
        }
      }
    }
  }

  /** Markup cleaned with the project's policy, parsed. */
  private static Element cleaned(String html) {
    return Jsoup.parseBodyFragment(HtmlSafelist.clean(html)).body();
  }

  private static void walkBlocks(Element parent, List<Block> blocks, SpanRun pending) {
    for (Node child : parent.childNodes()) {
      if (child instanceof TextNode text) {
        pending.text(text.text(), Set.of(), null);
        continue;
      }
      if (!(child instanceof Element element)) {
        continue;
      }
      String tag = element.normalName();
      if (tag.equals("br")) {
        pending.flushParagraph(blocks);
      } else if (INLINE.contains(tag) && !hasBlockChild(element)) {
        inline(element, Set.of(), null, blocks, pending);
      } else {
        pending.flushParagraph(blocks);
        block(element, tag, blocks);
      }
    }
  }

  private static void block(Element element, String tag, List<Block> blocks) {
    switch (tag) {
      case "p" -> paragraph(element, blocks);
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        String text = collapse(element.text());
        if (text.isEmpty()) {
          return;
        }
        int level = Math.max(2, tag.charAt(1) - '0');
        if (text.length() > HEADING_MAX) {
          blocks.add(Block.Paragraph.of(Span.marked(text, Mark.BOLD)));
        } else {
          blocks.add(new Block.Heading(level, text));
        }
      }
      case "blockquote" -> quote(element, blocks);
      case "ul", "ol" -> list(element, tag.equals("ol"), blocks);
      case "img" -> {
        Block image = image(element, null, null);
        if (image != null) {
          blocks.add(image);
        }
      }
      case "figure" -> figure(element, blocks);
      case "hr" -> blocks.add(new Block.Divider());
      default -> {
        if (WRAPPERS.contains(tag)) {
          SpanRun inner = new SpanRun();
          walkBlocks(element, blocks, inner);
          inner.flushParagraph(blocks);
        } else if (!collapse(element.text()).isEmpty() || !element.select("img").isEmpty()) {
          blocks.add(new Block.RawHtml(element.outerHtml()));
        }
      }
    }
  }

  private static void paragraph(Element element, List<Block> blocks) {
    SpanRun run = new SpanRun();
    for (Node child : element.childNodes()) {
      run.node(child, Set.of(), null, blocks);
    }
    run.flushParagraph(blocks);
  }

  private static void inline(
      Element element, Set<Mark> marks, @Nullable String link, List<Block> blocks, SpanRun run) {
    for (Node child : element.childNodes()) {
      run.node(child, withMark(marks, element), linkOf(element, link), blocks);
    }
  }

  private static void quote(Element element, List<Block> blocks) {
    String attribution = null;
    Element source = element.selectFirst("footer, cite");
    if (source != null) {
      attribution = collapse(source.text());
      source.remove();
    }
    Element content = cleaned(element.html());
    SpanRun run = new SpanRun();
    for (Node child : content.childNodes()) {
      run.nodeFlat(child, Set.of(), null);
    }
    List<Span> spans = run.take();
    if (spans.isEmpty()) {
      return;
    }
    if (attribution != null) {
      attribution = stripDash(attribution);
      if (attribution.isEmpty() || attribution.length() > 300) {
        attribution = null;
      }
    }
    blocks.add(new Block.Quote(spans, attribution));
  }

  private static void list(Element element, boolean ordered, List<Block> blocks) {
    List<List<Span>> items = new ArrayList<>();
    for (Element li : element.children()) {
      if (!li.normalName().equals("li")) {
        continue;
      }
      SpanRun run = new SpanRun();
      for (Node child : li.childNodes()) {
        run.nodeFlat(child, Set.of(), null);
      }
      List<Span> spans = run.take();
      if (!spans.isEmpty()) {
        items.add(spans);
      }
    }
    if (!items.isEmpty()) {
      blocks.add(new Block.ListBlock(ordered, items));
    }
  }

  private static void figure(Element element, List<Block> blocks) {
    Block.GalleryBlock gallery = gallery(element);
    if (gallery != null) {
      blocks.add(gallery);
      return;
    }
    Element caption = element.selectFirst("figcaption");
    String captionText = caption == null ? null : collapse(caption.text());
    Element source = element.selectFirst("img");
    Element img = source == null ? null : cleaned(source.outerHtml()).selectFirst("img");
    Block image = img == null ? null : image(img, captionText, null);
    if (image != null) {
      blocks.add(image);
      return;
    }
    // No usable picture: whatever else the figure holds is cleaned and mapped like any markup.
    SpanRun run = new SpanRun();
    walkBlocks(cleaned(element.html()), blocks, run);
    run.flushParagraph(blocks);
  }

  /**
   * A figure holding two or more usable pictures, such as the nested figures Dateline's own export
   * writes for a gallery: each picture with the caption of the figure around it, the outer figure's
   * own caption as the gallery's; pictures past the gallery's limit are dropped.
   */
  private static Block.@Nullable GalleryBlock gallery(Element element) {
    List<Image> images = new ArrayList<>();
    for (Element source : element.select("img")) {
      if (images.size() == Block.GalleryBlock.MAX_IMAGES) {
        break;
      }
      Element img = cleaned(source.outerHtml()).selectFirst("img");
      Element around = source.parent() == null ? null : source.parent().closest("figure");
      String caption = null;
      if (around != null && around != element) {
        Element own = around.selectFirst("figcaption");
        caption = own == null ? null : collapse(own.text());
      }
      Block.ImageBlock image = img == null ? null : image(img, caption, null);
      if (image != null) {
        images.add(image.image());
      }
    }
    if (images.size() < Block.GalleryBlock.MIN_IMAGES) {
      return null;
    }
    String caption = null;
    for (Element child : element.children()) {
      if (child.normalName().equals("figcaption")) {
        String text = collapse(child.text());
        caption = text.isEmpty() || text.length() > 1000 ? null : text;
        break;
      }
    }
    return new Block.GalleryBlock(images, caption);
  }

  private static Block.@Nullable ImageBlock image(
      Element img, @Nullable String caption, @Nullable String credit) {
    String src = img.attr("src").strip();
    if (src.isEmpty()) {
      return null; // the safelist removed a URL that was not http(s)
    }
    URI url;
    try {
      url = URI.create(src);
    } catch (IllegalArgumentException e) {
      return null;
    }
    String alt = collapse(img.attr("alt"));
    return new Block.ImageBlock(
        new Image(
            url,
            alt.length() > 500 ? alt.substring(0, 500) : alt,
            caption == null || caption.isEmpty() || caption.length() > 1000 ? null : caption,
            credit,
            pixels(img.attr("width")),
            pixels(img.attr("height"))));
  }

  private static int pixels(String value) {
    try {
      int n = Integer.parseInt(value.strip());
      return n >= 0 && n <= 100_000 ? n : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      if (!INLINE.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static Set<Mark> withMark(Set<Mark> marks, Element element) {
    Mark mark = MARKS.get(element.normalName());
    if (mark == null || marks.contains(mark)) {
      return marks;
    }
    EnumSet<Mark> more = marks.isEmpty() ? EnumSet.noneOf(Mark.class) : EnumSet.copyOf(marks);
    more.add(mark);
    return more;
  }

  private static @Nullable String linkOf(Element element, @Nullable String link) {
    if (element.normalName().equals("a")) {
      String href = element.attr("href").strip();
      // The safelist kept only http(s) and mailto links; anything else was removed.
      return href.isEmpty() || href.length() > 2000 ? link : href;
    }
    return link;
  }

  private static String stripDash(String attribution) {
    return attribution.replaceFirst("^[\\-\u2013\u2014\\s]+", "");
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * Spans being gathered into a paragraph: whitespace is collapsed the way a browser shows it, and
   * neighbouring text with the same marks and link is joined into one span.
   */
  private static final class SpanRun {
    private final List<Span> spans = new ArrayList<>();

    boolean isEmpty() {
      return spans.isEmpty();
    }

    /** A node inside a paragraph: images end the paragraph and become blocks of their own. */
    void node(Node node, Set<Mark> marks, @Nullable String link, List<Block> blocks) {
      if (node instanceof TextNode text) {
        text(text.getWholeText(), marks, link);
      } else if (node instanceof Element element) {
        String tag = element.normalName();
        if (tag.equals("img")) {
          flushParagraph(blocks);
          Block image = image(element, null, null);
          if (image != null) {
            blocks.add(image);
          }
        } else if (tag.equals("br")) {
          text("\n", marks, link);
        } else {
          for (Node child : element.childNodes()) {
            node(child, withMark(marks, element), linkOf(element, link), blocks);
          }
        }
      }
    }

    /** A node inside a quote or list item: everything, images included, is text. */
    void nodeFlat(Node node, Set<Mark> marks, @Nullable String link) {
      if (node instanceof TextNode text) {
        text(text.getWholeText(), marks, link);
      } else if (node instanceof Element element) {
        if (element.normalName().equals("br")) {
          text("\n", marks, link);
          return;
        }
        if (element.isBlock() && !spans.isEmpty()) {
          text(" ", marks, link);
        }
        for (Node child : element.childNodes()) {
          nodeFlat(child, withMark(marks, element), linkOf(element, link));
        }
      }
    }

    void text(String raw, Set<Mark> marks, @Nullable String link) {
      String text = raw.equals("\n") ? raw : raw.replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        return;
      }
      if (!spans.isEmpty()) {
        Span last = spans.get(spans.size() - 1);
        if (last.marks().equals(marks)
            && java.util.Objects.equals(last.link(), link)
            && last.text().length() + text.length() <= SPAN_MAX) {
          spans.set(spans.size() - 1, new Span(last.text() + text, marks, link));
          return;
        }
      }
      spans.add(new Span(text, marks, link));
    }

    /** The gathered spans with outer whitespace trimmed and empty ones dropped; resets the run. */
    List<Span> take() {
      List<Span> result = new ArrayList<>();
      for (Span span : spans) {
        String text = span.text().replaceAll(" ?\n ?", "\n").replaceAll(" {2,}", " ");
        result.add(new Span(text, span.marks(), span.link()));
      }
      spans.clear();
      trimEnds(result);
      result.removeIf(span -> span.text().isEmpty());
      return result;
    }

    void flushParagraph(List<Block> blocks) {
      List<Span> content = take();
      if (!content.isEmpty()) {
        blocks.add(new Block.Paragraph(content));
      }
    }

    private static void trimEnds(List<Span> spans) {
      // Leading whitespace of the first span and trailing of the last are layout, not text.
      while (!spans.isEmpty() && spans.get(0).text().isBlank()) {
        spans.remove(0);
      }
      while (!spans.isEmpty() && spans.get(spans.size() - 1).text().isBlank()) {
        spans.remove(spans.size() - 1);
      }
      if (spans.isEmpty()) {
        return;
      }
      Span first = spans.get(0);
      spans.set(0, new Span(first.text().stripLeading(), first.marks(), first.link()));
      Span last = spans.get(spans.size() - 1);
      spans.set(spans.size() - 1, new Span(last.text().stripTrailing(), last.marks(), last.link()));
    }
  }
}
