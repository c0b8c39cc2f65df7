package io.dateline.benchmarks.render;

import io.dateline.cms.model.Block;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Span;
import io.dateline.cms.render.AlternateLink;
import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.FeedLink;
import io.dateline.cms.render.HeadlineView;
import io.dateline.cms.render.LinkView;
import io.dateline.cms.render.TextRun;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The baseline: the same page written with one StringBuilder and hand-rolled escaping, from the
 * same view model. It is what the fastest possible renderer looks like, and what nobody wants to
 * maintain. It handles only the inline marks the benchmark article uses (bold and links).
 */
final class HandWrittenArticlePage {
  private HandWrittenArticlePage() {}

  static String render(ArticleView v) {
    StringBuilder b = new StringBuilder(16 * 1024);
    String publication = v.tenant().publicationName();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(attr(v.language())).append("\">\n<head>\n");
    b.append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<title>").append(text(v.title() + " \u2014 " + publication)).append("</title>\n");
    b.append("<meta name=\"description\" content=\"").append(attr(v.description())).append("\">\n");
    b.append("<link rel=\"canonical\" href=\"").append(attr(v.canonicalUrl())).append("\">\n");
    for (AlternateLink a : v.alternates()) {
      b.append("<link rel=\"alternate\" hreflang=\"")
          .append(attr(a.hreflang()))
          .append("\" href=\"")
          .append(attr(a.url()))
          .append("\">\n");
    }
    for (FeedLink f : v.feeds()) {
      b.append("<link rel=\"alternate\" type=\"")
          .append(f.mediaType())
          .append("\" title=\"")
          .append(attr(f.title()))
          .append("\" href=\"")
          .append(attr(f.url()))
          .append("\">\n");
    }
    property(b, "og:type", "article");
    property(b, "og:site_name", publication);
    property(b, "og:title", v.title());
    property(b, "og:description", v.description());
    property(b, "og:url", v.canonicalUrl());
    property(b, "og:locale", "en_US");
    property(b, "og:locale:alternate", "uk_UA");
    property(b, "og:image", v.image().url());
    property(b, "og:image:width", Integer.toString(v.image().width()));
    property(b, "og:image:height", Integer.toString(v.image().height()));
    property(b, "og:image:alt", v.image().alt());
    property(b, "article:published_time", v.published().iso());
    property(b, "article:modified_time", v.modified().iso());
    for (LinkView a : v.authors()) {
      property(b, "article:author", a.url());
    }
    property(b, "article:section", v.sections().get(0).text());
    for (LinkView t : v.tags()) {
      property(b, "article:tag", t.text());
    }
    name(b, "twitter:card", "summary_large_image");
    name(b, "twitter:title", v.title());
    name(b, "twitter:description", v.description());
    name(b, "twitter:image", v.image().url());
    name(b, "twitter:image:alt", v.image().alt());
    b.append("<script type=\"application/ld+json\">");
    jsonLd(b, v);
    b.append("</script>\n</head>\n<body>\n");
    b.append("<header class=\"site-header\"><a class=\"site-name\" href=\"")
        .append(attr(v.homeUrl()))
        .append("\">")
        .append(text(publication))
        .append("</a></header>\n<main>\n<article class=\"article\" lang=\"")
        .append(attr(v.language()))
        .append("\">\n<header>\n<nav class=\"sections\" aria-label=\"")
        .append(attr(v.labels().sections()))
        .append("\"><ul>\n");
    for (LinkView s : v.sections()) {
      b.append("<li>");
      link(b, s, null);
      b.append("</li>\n");
    }
    b.append("</ul></nav>\n");
    if (v.exclusive()) {
      b.append("<span class=\"badge exclusive\">")
          .append(text(v.labels().exclusive()))
          .append("</span>\n");
    }
    b.append("<h1 class=\"headline\">").append(text(v.headline())).append("</h1>\n");
    b.append("<p class=\"meta\">\n<span class=\"dateline\">");
    link(b, v.dateline(), null);
    b.append(" \u2022 ").append(text(publication)).append("</span>\n");
    b.append("<time class=\"published\" datetime=\"")
        .append(attr(v.published().iso()))
        .append("\">")
        .append(text(v.published().text()))
        .append("</time>\n<span class=\"views\">")
        .append(text(v.viewCountText()))
        .append("</span>\n</p>\n<p class=\"lead\">")
        .append(text(v.lead()))
        .append("</p>\n</header>\n");
    b.append("<figure class=\"featured\">\n<img src=\"")
        .append(attr(v.image().url()))
        .append("\" alt=\"")
        .append(attr(v.image().alt()))
        .append("\">\n<figcaption>")
        .append(text(v.image().caption()))
        .append(" <span class=\"credit\">")
        .append(text(v.image().credit()))
        .append("</span></figcaption>\n</figure>\n<div class=\"body\">\n");
    for (Block block : v.body()) {
      block(b, block);
    }
    b.append("\n</div>\n<p class=\"attribution\">");
    for (TextRun r : v.attribution()) {
      if (r.url() != null) {
        b.append("<a href=\"")
            .append(attr(r.url()))
            .append("\" rel=\"nofollow noopener\">")
            .append(text(r.text()))
            .append("</a>");
      } else {
        b.append(text(r.text()));
      }
    }
    b.append("</p>\n<p class=\"byline\">").append(text(v.labels().byline())).append(' ');
    List<LinkView> authors = v.authors();
    for (int i = 0; i < authors.size(); i++) {
      b.append("<span class=\"author\">");
      link(b, authors.get(i), "author");
      b.append("</span>");
      if (i < authors.size() - 1) {
        b.append(", ");
      }
    }
    b.append("</p>\n");
    list(b, "tags", v.labels().tags(), v.tags(), "tag");
    list(b, "places", v.labels().places(), v.places(), null);
    b.append("<nav class=\"translations\" aria-label=\"")
        .append(attr(v.labels().translations()))
        .append("\"><ul>\n");
    for (AlternateLink a : v.alternates()) {
      if (!a.current() && !a.isDefault()) {
        b.append("<li><a href=\"")
            .append(attr(a.url()))
            .append("\" hreflang=\"")
            .append(attr(a.hreflang()))
            .append("\" lang=\"")
            .append(attr(a.hreflang()))
            .append("\">")
            .append(text(a.label()))
            .append("</a></li>\n");
      }
    }
    b.append("</ul></nav>\n</article>\n</main>\n<aside class=\"sidebar\">\n")
        .append("<section class=\"most-read\">\n<h2>")
        .append(text(v.labels().mostRead()))
        .append("</h2>\n<ol>\n");
    for (HeadlineView h : v.mostRead()) {
      b.append("<li><article class=\"headline\">\n");
      if (h.exclusive()) {
        b.append("<span class=\"badge exclusive\">")
            .append(text(v.labels().exclusive()))
            .append("</span>\n");
      }
      b.append("<a class=\"title\" href=\"")
          .append(attr(h.url()))
          .append("\">")
          .append(text(h.headline()))
          .append("</a>\n<time datetime=\"")
          .append(attr(h.published().iso()))
          .append("\">")
          .append(text(h.published().text()))
          .append("</time>\n<span class=\"views\">")
          .append(text(h.viewCountText()))
          .append("</span>\n</article>\n</li>\n");
    }
    b.append("</ol>\n</section>\n</aside>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void block(StringBuilder b, Block block) {
    if (block instanceof Block.Paragraph) {
      b.append("<p>");
      spans(b, ((Block.Paragraph) block).content());
      b.append("</p>");
    } else if (block instanceof Block.Heading) {
      b.append("<h2>").append(text(((Block.Heading) block).text())).append("</h2>");
    } else if (block instanceof Block.Quote) {
      Block.Quote q = (Block.Quote) block;
      b.append("<figure class=\"quote\"><blockquote><p>");
      spans(b, q.content());
      b.append("</p></blockquote><figcaption>")
          .append(text(q.attribution()))
          .append("</figcaption></figure>");
    } else if (block instanceof Block.ListBlock) {
      b.append("<ul>");
      for (List<Span> item : ((Block.ListBlock) block).items()) {
        b.append("<li>");
        spans(b, item);
        b.append("</li>");
      }
      b.append("</ul>");
    }
  }

  private static void spans(StringBuilder b, List<Span> spans) {
    for (Span s : spans) {
      if (s.link() != null) {
        b.append("<a href=\"").append(attr(s.link())).append("\">");
      }
      boolean bold = s.marks().contains(Mark.BOLD);
      if (bold) {
        b.append("<strong>");
      }
      b.append(text(s.text()));
      if (bold) {
        b.append("</strong>");
      }
      if (s.link() != null) {
        b.append("</a>");
      }
    }
  }

  private static void list(
      StringBuilder b, String cssClass, String label, List<LinkView> links, @Nullable String rel) {
    b.append("<nav class=\"")
        .append(cssClass)
        .append("\" aria-label=\"")
        .append(attr(label))
        .append("\"><ul>\n");
    for (LinkView l : links) {
      b.append("<li>");
      link(b, l, rel);
      b.append("</li>\n");
    }
    b.append("</ul></nav>\n");
  }

  private static void link(StringBuilder b, @Nullable LinkView link, @Nullable String rel) {
    b.append("<a href=\"").append(attr(link.url())).append('"');
    if (rel != null) {
      b.append(" rel=\"").append(rel).append('"');
    }
    b.append('>').append(text(link.text())).append("</a>");
  }

  private static void property(StringBuilder b, String key, @Nullable String content) {
    b.append("<meta property=\"")
        .append(key)
        .append("\" content=\"")
        .append(attr(content))
        .append("\">\n");
  }

  private static void name(StringBuilder b, String key, String content) {
    b.append("<meta name=\"")
        .append(key)
        .append("\" content=\"")
        .append(attr(content))
        .append("\">\n");
  }

  private static String text(@Nullable String s) {
    return escape(s, false);
  }

  private static String attr(@Nullable String s) {
    return escape(s, true);
  }

  private static String escape(@Nullable String s, boolean quotes) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r;
      switch (c) {
        case '&':
          r = "&amp;";
          break;
        case '<':
          r = "&lt;";
          break;
        case '>':
          r = "&gt;";
          break;
        case '"':
          r = quotes ? "&#34;" : null;
          break;
        case '\'':
          r = quotes ? "&#39;" : null;
          break;
        default:
          r = null;
      }
      if (r != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (r != null) {
          out.append(r);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static void jsonLd(StringBuilder b, ArticleView v) {
    b.append("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":");
    json(b, v.title());
    b.append(",\"description\":");
    json(b, v.description());
    b.append(",\"datePublished\":");
    json(b, v.published().iso());
    b.append(",\"dateModified\":");
    json(b, v.modified().iso());
    b.append(",\"author\":[");
    for (int i = 0; i < v.authors().size(); i++) {
      LinkView a = v.authors().get(i);
      b.append(i == 0 ? "" : ",").append("{\"@type\":\"Person\",\"name\":");
      json(b, a.text());
      b.append(",\"url\":");
      json(b, a.url());
      b.append('}');
    }
    b.append("],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":");
    json(b, v.tenant().publicationName());
    b.append(",\"url\":");
    json(b, v.homeUrl());
    b.append("},\"image\":[");
    json(b, v.image().url());
    b.append("],\"articleSection\":[");
    names(b, v.sections());
    b.append("],\"keywords\":[");
    names(b, v.tags());
    b.append(',');
    names(b, v.places());
    b.append("],\"inLanguage\":");
    json(b, v.language());
    b.append(",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":");
    json(b, v.canonicalUrl());
    b.append("},\"url\":");
    json(b, v.canonicalUrl());
    b.append('}');
  }

  private static void names(StringBuilder b, List<LinkView> links) {
    for (int i = 0; i < links.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      json(b, links.get(i).text());
    }
  }

  private static void json(StringBuilder b, @Nullable String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }
}
