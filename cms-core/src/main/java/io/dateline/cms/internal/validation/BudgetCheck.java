package io.dateline.cms.internal.validation;

import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Span;
import io.dateline.cms.validation.ContentBudget;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/** Measures an article's content against a {@link ContentBudget}. */
final class BudgetCheck {
  /** Receives one exceeded limit. */
  interface Report {
    /**
     * Reports an exceeded limit.
     *
     * @param path the property path
     * @param limit the budget component's name: {@code characters}, {@code blocks}, ...
     * @param max the limit's value
     */
    void exceeded(String path, String limit, int max);
  }

  private BudgetCheck() {}

  /**
   * Checks headline, lead and body. {@code null} parts count as empty; the field constraints report
   * them.
   */
  static void check(
      @Nullable String headline,
      @Nullable String lead,
      List<Block> body,
      ContentBudget budget,
      Report report) {
    long characters = length(headline) + length(lead);
    if (body != null) {
      if (body.size() > budget.blocks()) {
        report.exceeded("body", "blocks", budget.blocks());
      }
      for (int i = 0; i < body.size(); i++) {
        Block block = body.get(i);
        if (block == null) {
          continue;
        }
        characters += characters(block);
        int spans = spans(block);
        if (spans > budget.spansPerBlock()) {
          String field = block instanceof Block.ListBlock ? "items" : "content";
          report.exceeded("body[" + i + "]." + field, "spansPerBlock", budget.spansPerBlock());
        }
        if (block instanceof Block.RawHtml html
            && html.html() != null
            && depth(html.html(), budget.nestingDepth()) > budget.nestingDepth()) {
          report.exceeded("body[" + i + "].html", "nestingDepth", budget.nestingDepth());
        }
      }
    }
    if (characters > budget.characters()) {
      report.exceeded("body", "characters", budget.characters());
    }
  }

  private static long length(@Nullable String text) {
    return text == null ? 0 : text.length();
  }

  private static int spans(Block block) {
    if (block instanceof Block.Paragraph p && p.content() != null) {
      return p.content().size();
    }
    if (block instanceof Block.Quote q && q.content() != null) {
      return q.content().size();
    }
    if (block instanceof Block.ListBlock l && l.items() != null) {
      int n = 0;
      for (List<Span> item : l.items()) {
        n += item == null ? 0 : item.size();
      }
      return n;
    }
    return 0;
  }

  private static long characters(Block block) {
    if (block instanceof Block.Paragraph p) {
      return spanCharacters(p.content());
    } else if (block instanceof Block.Heading h) {
      return length(h.text());
    } else if (block instanceof Block.Quote q) {
      return spanCharacters(q.content()) + length(q.attribution());
    } else if (block instanceof Block.ListBlock l) {
      long n = 0;
      if (l.items() != null) {
        for (List<Span> item : l.items()) {
          n += spanCharacters(item);
        }
      }
      return n;
    } else if (block instanceof Block.ImageBlock i) {
      return imageCharacters(i.image());
    } else if (block instanceof Block.GalleryBlock g) {
      long n = length(g.caption());
      if (g.images() != null) {
        for (Image image : g.images()) {
          n += imageCharacters(image);
        }
      }
      return n;
    } else if (block instanceof Block.Embed e) {
      return length(e.title()) + length(e.provider());
    } else if (block instanceof Block.RawHtml r) {
      return length(r.html());
    }
    return 0; // a divider
  }

  private static long spanCharacters(List<Span> spans) {
    long n = 0;
    if (spans != null) {
      for (Span span : spans) {
        n += span == null ? 0 : length(span.text());
      }
    }
    return n;
  }

  private static long imageCharacters(Image image) {
    return image == null
        ? 0
        : length(image.alt()) + length(image.caption()) + length(image.credit());
  }

  /**
   * The deepest element nesting of a fragment, counted once it passes {@code stopAbove} (no need to
   * go on). Parsed with jsoup, the way the sanitizer and browsers read it: a depth found by
   * counting tags by hand would miss implied and auto-closed elements.
   */
  private static int depth(String html, int stopAbove) {
    long tags = html.chars().filter(c -> c == '<').count();
    if (tags <= stopAbove) {
      return (int) tags; // no more elements than tags, so no deeper either: no need to parse
    }
    Element body = Jsoup.parseBodyFragment(html).body();
    int[] deepest = {0};
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Element && depth > deepest[0]) {
                deepest[0] = depth;
              }
            },
        body);
    return Math.min(deepest[0], stopAbove + 1);
  }
}
