package io.dateline.cms.search;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * The plain text of an article that a search index reads: what a reader sees of the lead and the
 * body, one block per line. Markup in raw HTML blocks is reduced to its text; images and galleries
 * contribute their captions and alternative text, embeds their titles.
 */
public final class ArticleText {
  private ArticleText() {}

  /**
   * The lead and the body text of an article.
   *
   * @param article the article
   * @return the text, blocks separated by line breaks; never {@code null}
   */
  public static String of(Article article) {
    StringBuilder text = new StringBuilder(article.lead());
    for (Block block : article.body()) {
      int before = text.length();
      text.append('\n');
      append(text, block);
      if (text.length() == before + 1) {
        text.setLength(before);
      }
    }
    return text.toString().strip();
  }

  private static void append(StringBuilder text, Block block) {
    if (block instanceof Block.Paragraph p) {
      spans(text, p.content());
    } else if (block instanceof Block.Heading h) {
      text.append(h.text());
    } else if (block instanceof Block.Quote q) {
      spans(text, q.content());
      if (q.attribution() != null && !q.attribution().isBlank()) {
        text.append(" — ").append(q.attribution());
      }
    } else if (block instanceof Block.ListBlock l) {
      for (List<Span> item : l.items()) {
        spans(text, item);
        text.append('\n');
      }
    } else if (block instanceof Block.ImageBlock i) {
      joinNonBlank(text, i.image().caption(), i.image().alt());
    } else if (block instanceof Block.GalleryBlock g) {
      List<@Nullable String> parts = new ArrayList<>();
      parts.add(g.caption());
      for (Image image : g.images()) {
        parts.add(image.caption());
        parts.add(image.alt());
      }
      StringJoiner joined = new StringJoiner(" ");
      for (String part : parts) {
        if (part != null && !part.isBlank()) {
          joined.add(part);
        }
      }
      text.append(joined);
    } else if (block instanceof Block.Embed e) {
      joinNonBlank(text, e.title(), null);
    } else if (block instanceof Block.RawHtml r) {
      text.append(Jsoup.parse(r.html()).text());
    }
  }

  private static void spans(StringBuilder text, List<Span> spans) {
    for (Span span : spans) {
      text.append(span.text());
    }
  }

  private static void joinNonBlank(StringBuilder text, @Nullable String a, @Nullable String b) {
    if (a != null && !a.isBlank()) {
      text.append(a);
    }
    if (b != null && !b.isBlank()) {
      text.append(text.isEmpty() ? "" : " ").append(b);
    }
  }
}
