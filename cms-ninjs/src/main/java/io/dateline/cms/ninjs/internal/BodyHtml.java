package io.dateline.cms.ninjs.internal;

import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Span;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes body blocks as HTML for a ninjs body: the inverse of {@link HtmlBlocks}, so that an
 * exported article imported again has the same blocks. Elements are built with jsoup, which escapes
 * text and attribute values; raw HTML blocks were cleaned when stored and are written as they are.
 *
 * <p>Thread-safe: stateless.
 */
public final class BodyHtml {
  private static final Map<Mark, String> TAGS =
      Map.of(
          Mark.BOLD, "strong",
          Mark.ITALIC, "em",
          Mark.UNDERLINE, "u",
          Mark.STRIKE, "s",
          Mark.CODE, "code",
          Mark.SUPERSCRIPT, "sup",
          Mark.SUBSCRIPT, "sub");

  private BodyHtml() {}

  /**
   * The HTML of a body.
   *
   * @param blocks the blocks
   * @return the markup, one element per block
   */
  public static String write(List<Block> blocks) {
    StringBuilder html = new StringBuilder();
    for (Block block : blocks) {
      if (block instanceof Block.RawHtml raw) {
        // Stored markup was cleaned on the way in; writing it as stored keeps it byte for byte.
        html.append(raw.html());
      } else {
        html.append(element(block).html());
      }
    }
    return html.toString();
  }

  /**
   * The plain text of a body, for word and character counts.
   *
   * @param blocks the blocks
   * @return the text, one line per block
   */
  public static String text(List<Block> blocks) {
    List<String> lines = new java.util.ArrayList<>();
    for (Block block : blocks) {
      String text =
          block instanceof Block.RawHtml raw
              ? org.jsoup.Jsoup.parseBodyFragment(raw.html()).body().text()
              : element(block).text();
      if (!text.isBlank()) {
        lines.add(text);
      }
    }
    return String.join("\n", lines);
  }

  /** A body element holding the block's markup. */
  private static Element element(Block block) {
    Document document = Document.createShell("");
    document.outputSettings().prettyPrint(false);
    Element body = document.body();
    write(block, body);
    return body;
  }

  private static void write(Block block, Element body) {
    // Java 17 has no pattern matching in switch, hence the chain of instanceof tests.
    if (block instanceof Block.Paragraph p) {
      spans(p.content(), body.appendElement("p"));
    } else if (block instanceof Block.Heading h) {
      body.appendElement("h" + h.level()).appendText(h.text());
    } else if (block instanceof Block.Quote q) {
      Element quote = body.appendElement("blockquote");
      spans(q.content(), quote.appendElement("p"));
      String attribution = q.attribution();
      if (attribution != null) {
        quote.appendElement("footer").appendText(attribution);
      }
    } else if (block instanceof Block.ListBlock l) {
      Element list = body.appendElement(l.ordered() ? "ol" : "ul");
      for (List<Span> item : l.items()) {
        spans(item, list.appendElement("li"));
      }
    } else if (block instanceof Block.ImageBlock i) {
      // An image asset has no URL of its own until a rendition is chosen; only external ones go.
      if (i.image().url() != null) {
        image(i.image(), body);
      }
    } else if (block instanceof Block.GalleryBlock g) {
      // As for image blocks, asset-backed images have no URL here and are left out.
      List<Image> external = g.images().stream().filter(i -> i.url() != null).toList();
      String caption = g.caption();
      if (!external.isEmpty() || caption != null) {
        Element gallery = body.appendElement("figure").addClass("gallery");
        external.forEach(i -> image(i, gallery));
        if (caption != null) {
          gallery.appendElement("figcaption").appendText(caption);
        }
      }
    } else if (block instanceof Block.Embed e) {
      Element link = body.appendElement("p").appendElement("a").attr("href", e.url().toString());
      String title = e.title();
      link.appendText(title != null ? title : e.url().toString());
    } else if (block instanceof Block.Divider) {
      body.appendElement("hr");
    } else if (block instanceof Block.RawHtml r) {
      body.append(r.html());
    }
  }

  private static void image(Image image, Element body) {
    Element figure = body.appendElement("figure");
    Element img = figure.appendElement("img").attr("src", String.valueOf(image.url()));
    img.attr("alt", image.alt());
    if (image.width() > 0) {
      img.attr("width", Integer.toString(image.width()));
    }
    if (image.height() > 0) {
      img.attr("height", Integer.toString(image.height()));
    }
    String caption = image.caption();
    if (caption != null) {
      figure.appendElement("figcaption").appendText(caption);
    }
  }

  private static void spans(List<Span> spans, Element parent) {
    for (Span span : spans) {
      Element target = parent;
      String link = span.link();
      if (link != null) {
        target = target.appendElement("a").attr("href", link);
      }
      for (Mark mark : Mark.values()) {
        if (span.marks().contains(mark)) {
          target = target.appendElement(java.util.Objects.requireNonNull(TAGS.get(mark)));
        }
      }
      String[] lines = span.text().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          target.appendElement("br");
        }
        if (!lines[i].isEmpty()) {
          target.appendText(lines[i]);
        }
      }
    }
  }
}
