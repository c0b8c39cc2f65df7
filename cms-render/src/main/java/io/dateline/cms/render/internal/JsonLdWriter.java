package io.dateline.cms.render.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.dateline.cms.model.NoticeKind;
import io.dateline.cms.render.ArticleView;
import io.dateline.cms.render.HeadlineView;
import io.dateline.cms.render.ImageCrop;
import io.dateline.cms.render.ImageView;
import io.dateline.cms.render.LinkView;
import io.dateline.cms.render.NoticeView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes schema.org {@code NewsArticle} JSON-LD with Jackson, escaped so that it can sit inside a
 * {@code <script>} element: {@code <}, {@code >} and {@code &} become {@code \}{@code u003C} and
 * friends, so neither {@code </script>} nor {@code <!--} can appear, and U+2028/U+2029 are escaped
 * for old JavaScript parsers that treat them as line ends.
 *
 * @since 0.1.0
 */
public final class JsonLdWriter {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(new ScriptSafeEscapes()).build();

  private JsonLdWriter() {}

  /**
   * The article's structured data.
   *
   * @param view the article
   * @return JSON safe to place between {@code <script type="application/ld+json">} tags as is
   */
  public static String newsArticle(ArticleView view) {
    StringWriter text = new StringWriter(1536);
    try (JsonGenerator g = FACTORY.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("@context", "https://schema.org");
      g.writeStringField("@type", "NewsArticle");
      g.writeStringField("headline", view.title());
      if (!view.description().isEmpty()) {
        g.writeStringField("description", view.description());
      }
      g.writeStringField("datePublished", view.published().iso());
      g.writeStringField("dateModified", view.modified().iso());
      g.writeArrayFieldStart("author");
      for (LinkView author : view.authors()) {
        g.writeStartObject();
        g.writeStringField("@type", "Person");
        g.writeStringField("name", author.text());
        if (author.url() != null) {
          g.writeStringField("url", author.url());
        }
        ImageView portrait = view.images().authors().get(author.slug());
        ImageCrop square = portrait == null ? null : portrait.square();
        if (square != null) {
          g.writeFieldName("image");
          imageObject(g, square, null);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("publisher");
      g.writeStringField("@type", "NewsMediaOrganization");
      g.writeStringField("name", view.tenant().publicationName());
      g.writeStringField("url", view.homeUrl());
      ImageView logo = view.images().logo();
      ImageCrop logoCrop = logo == null ? null : logo.original();
      if (logoCrop != null) {
        g.writeFieldName("logo");
        imageObject(g, logoCrop, null);
      }
      g.writeEndObject();
      ImageView image = view.image();
      if (image != null) {
        g.writeArrayFieldStart("image");
        if (image.crops().isEmpty()) {
          g.writeString(image.url());
        } else {
          // The three shapes search engines ask for, each at least 1200 pixels wide where the
          // rendition service offers it.
          for (String ratio : List.of("16x9", "4x3", "1x1")) {
            ImageCrop crop = image.crop(ratio);
            if (crop != null) {
              imageObject(g, crop, image);
            }
          }
        }
        g.writeEndArray();
      }
      writeNames(g, "articleSection", view.sections());
      if (!view.tags().isEmpty() || !view.places().isEmpty()) {
        g.writeArrayFieldStart("keywords");
        for (LinkView tag : view.tags()) {
          g.writeString(tag.text());
        }
        for (LinkView place : view.places()) {
          g.writeString(place.text());
        }
        g.writeEndArray();
      }
      writeCorrections(g, view);
      g.writeStringField("inLanguage", view.language());
      g.writeObjectFieldStart("mainEntityOfPage");
      g.writeStringField("@type", "WebPage");
      g.writeStringField("@id", view.canonicalUrl());
      writeRelatedLinks(g, view);
      g.writeEndObject();
      g.writeStringField("url", view.canonicalUrl());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    String json = text.toString();
    // The escapes make '<' impossible; if an edit ever breaks that, fail instead of emitting a
    // script breakout.
    if (json.indexOf('<') >= 0) {
      throw new IllegalStateException("JSON-LD contains '<' after escaping");
    }
    return json;
  }

  /**
   * The article's corrections as schema.org {@code correction} items of type {@code
   * CorrectionComment}, oldest first as the editors listed them. Other notices (updates,
   * clarifications, editor's notes) have no schema.org type of their own; they show on the page and
   * move {@code dateModified}.
   */
  private static void writeCorrections(JsonGenerator g, ArticleView view) throws IOException {
    boolean open = false;
    for (NoticeView n : view.notices()) {
      if (n.kind() != NoticeKind.CORRECTION) {
        continue;
      }
      if (!open) {
        g.writeArrayFieldStart("correction");
        open = true;
      }
      g.writeStartObject();
      g.writeStringField("@type", "CorrectionComment");
      g.writeStringField("text", n.text());
      g.writeStringField("datePublished", n.time().iso());
      g.writeEndObject();
    }
    if (open) {
      g.writeEndArray();
    }
  }

  /** The related news as the web page's {@code relatedLink}s, in the order the page shows them. */
  private static void writeRelatedLinks(JsonGenerator g, ArticleView view) throws IOException {
    if (view.related().isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("relatedLink");
    for (HeadlineView h : view.related()) {
      g.writeString(h.url());
    }
    g.writeEndArray();
  }

  private static void imageObject(JsonGenerator g, ImageCrop crop, @Nullable ImageView image)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "ImageObject");
    g.writeStringField("url", crop.url());
    g.writeNumberField("width", crop.width());
    g.writeNumberField("height", crop.height());
    if (image != null) {
      if (image.caption() != null) {
        g.writeStringField("caption", image.caption());
      }
      if (image.credit() != null) {
        g.writeStringField("creditText", image.credit());
      }
    }
    g.writeEndObject();
  }

  private static void writeNames(JsonGenerator g, String field, List<LinkView> links)
      throws IOException {
    if (links.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart(field);
    for (LinkView link : links) {
      g.writeString(link.text());
    }
    g.writeEndArray();
  }

  /** JSON escapes plus the characters that matter inside an HTML script element. */
  static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    ScriptSafeEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028) {
        return LINE_SEPARATOR;
      }
      if (ch == 0x2029) {
        return PARAGRAPH_SEPARATOR;
      }
      return null;
    }
  }
}
