package io.dateline.cms.site.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dateline.cms.changes.Change;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.render.spi.UrlStrategy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The content API's JSON, written with Jackson's streaming generator. Field names are the API's
 * contract: {@code docs/content-api/*.schema.json} describes them and {@code ContentApiSchemaTest}
 * validates every kind of answer against those schemas. Absent optional values are written as
 * {@code null}, never left out, so every object of a kind has the same fields.
 */
final class ApiJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ApiJson() {}

  /** Writes one document. */
  interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  /** The UTF-8 bytes of the document a writer produces. */
  static byte[] bytes(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen in memory
    }
    return out.toByteArray();
  }

  /** What the article JSON needs besides the article: URLs and names in the right language. */
  record Context(Tenant tenant, UrlStrategy urls, References references, Locale language) {}

  static void tenant(JsonGenerator g, Tenant t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id().toString());
    g.writeStringField("name", t.name());
    g.writeStringField("publicationName", t.publicationName());
    g.writeStringField("defaultLanguage", t.defaultLocale().toLanguageTag());
    g.writeArrayFieldStart("languages");
    for (String tag : t.supportedLocales().stream().map(Locale::toLanguageTag).sorted().toList()) {
      g.writeString(tag);
    }
    g.writeEndArray();
    g.writeStringField("timeZone", t.timeZone().getId());
    g.writeStringField("baseUrl", t.baseUrl().toString());
    g.writeEndObject();
  }

  /** The fields every article object has, summary or full. */
  private static void articleFields(JsonGenerator g, Article a, Context c) throws IOException {
    g.writeStringField("id", a.id().toString());
    g.writeStringField("slug", a.slug());
    g.writeStringField("language", a.language().toLanguageTag());
    g.writeStringField("url", c.urls().article(c.tenant(), a));
    g.writeStringField("headline", a.headline());
    g.writeStringField("lead", a.lead());
    instant(g, "publishedAt", a.publishAt());
    instant(g, "firstPublishedAt", a.firstPublishedAt());
    instant(g, "updatedAt", a.updatedAt());
    g.writeNumberField("version", a.version());
    g.writeBooleanField("exclusive", a.exclusive());
    g.writeFieldName("primarySection");
    Section primary =
        a.primarySection() == null ? null : c.references().section(a.primarySection()).orElse(null);
    if (primary == null) {
      g.writeNull();
    } else {
      section(g, primary, c);
    }
    g.writeArrayFieldStart("authors");
    for (Author author : c.references().authorsOf(a.authors())) {
      author(g, author, c);
    }
    g.writeEndArray();
    g.writeFieldName("featuredImage");
    image(g, a.featuredImage());
  }

  /** An article as listings show it. */
  static void summary(JsonGenerator g, Article a, Context c) throws IOException {
    g.writeStartObject();
    articleFields(g, a, c);
    g.writeEndObject();
  }

  /** A most-read entry: a summary with its view count over the period. */
  static void viewed(JsonGenerator g, Article a, long views, Context c) throws IOException {
    g.writeStartObject();
    articleFields(g, a, c);
    g.writeNumberField("views", views);
    g.writeEndObject();
  }

  /** An article with everything it refers to and its published translations. */
  static void article(JsonGenerator g, Article a, List<Article> translations, Context c)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("tenantId", a.tenantId().toString());
    articleFields(g, a, c);
    g.writeStringField("translationKey", a.translationKey().toString());
    g.writeArrayFieldStart("sections");
    for (Section s : c.references().sectionsOf(a.sections())) {
      section(g, s, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tags");
    for (Tag t : c.references().tagsOf(a.tags())) {
      tag(g, t, c);
    }
    g.writeEndArray();
    g.writeFieldName("dateline");
    Location dateline =
        a.dateline() == null ? null : c.references().location(a.dateline()).orElse(null);
    if (dateline == null) {
      g.writeNull();
    } else {
      location(g, dateline, c);
    }
    g.writeArrayFieldStart("places");
    for (Location l : c.references().locationsOf(a.places())) {
      location(g, l, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sources");
    for (Source s : a.sources()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      nullableString(g, "url", s.url() == null ? null : s.url().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("seo");
    nullableString(g, "title", a.seo().title());
    nullableString(g, "description", a.seo().description());
    nullableString(
        g,
        "canonicalUrl",
        a.seo().canonicalUrl() == null ? null : a.seo().canonicalUrl().toString());
    g.writeBooleanField("noIndex", a.seo().noIndex());
    g.writeEndObject();
    g.writeArrayFieldStart("notices");
    for (Notice n : a.notices()) {
      g.writeStartObject();
      g.writeStringField("kind", n.kind().name());
      instant(g, "time", n.time());
      g.writeStringField("text", n.text());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("translations");
    for (Article t : translations) {
      g.writeStartObject();
      g.writeStringField("id", t.id().toString());
      g.writeStringField("language", t.language().toLanguageTag());
      g.writeStringField("slug", t.slug());
      g.writeStringField("url", c.urls().article(c.tenant(), t));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("body");
    for (Block block : a.body()) {
      block(g, block);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void block(JsonGenerator g, Block block) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", block.kind());
    if (block instanceof Block.Paragraph p) {
      spans(g, "content", p.content());
    } else if (block instanceof Block.Heading h) {
      g.writeNumberField("level", h.level());
      g.writeStringField("text", h.text());
    } else if (block instanceof Block.Quote q) {
      spans(g, "content", q.content());
      nullableString(g, "attribution", q.attribution());
    } else if (block instanceof Block.ListBlock l) {
      g.writeBooleanField("ordered", l.ordered());
      g.writeArrayFieldStart("items");
      for (List<Span> item : l.items()) {
        g.writeStartArray();
        for (Span s : item) {
          span(g, s);
        }
        g.writeEndArray();
      }
      g.writeEndArray();
    } else if (block instanceof Block.ImageBlock i) {
      g.writeFieldName("image");
      image(g, i.image());
    } else if (block instanceof Block.GalleryBlock gallery) {
      g.writeArrayFieldStart("images");
      for (Image image : gallery.images()) {
        image(g, image);
      }
      g.writeEndArray();
      nullableString(g, "caption", gallery.caption());
    } else if (block instanceof Block.Embed e) {
      g.writeStringField("url", e.url().toString());
      nullableString(g, "provider", e.provider());
      nullableString(g, "title", e.title());
    } else if (block instanceof Block.RawHtml r) {
      // Stored markup is already cleaned by the article service's safelist.
      g.writeStringField("html", r.html());
    }
    // Block.Divider has no fields besides its type.
    g.writeEndObject();
  }

  private static void spans(JsonGenerator g, String field, List<Span> spans) throws IOException {
    g.writeArrayFieldStart(field);
    for (Span s : spans) {
      span(g, s);
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", s.text());
    g.writeArrayFieldStart("marks");
    for (Mark m : s.marks().stream().sorted().toList()) {
      g.writeString(m.name().toLowerCase(Locale.ROOT));
    }
    g.writeEndArray();
    nullableString(g, "link", s.link());
    g.writeEndObject();
  }

  private static void image(JsonGenerator g, @Nullable Image image) throws IOException {
    if (image == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    nullableString(g, "url", image.url() == null ? null : image.url().toString());
    nullableString(g, "asset", image.asset() == null ? null : image.asset().toString());
    g.writeStringField("alt", image.alt());
    nullableString(g, "caption", image.caption());
    nullableString(g, "credit", image.credit());
    g.writeNumberField("width", image.width());
    g.writeNumberField("height", image.height());
    g.writeEndObject();
  }

  // ---- directory objects ----

  private static void names(JsonGenerator g, LocalizedText text, Context c, String field)
      throws IOException {
    g.writeStringField(field, text.resolve(c.language(), c.tenant().defaultLocale()));
    g.writeObjectFieldStart(field + "s");
    Map<String, String> sorted = new TreeMap<>();
    text.values().forEach((k, v) -> sorted.put(k.toLanguageTag(), v));
    for (Map.Entry<String, String> e : sorted.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  static void section(JsonGenerator g, Section s, Context c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id().toString());
    g.writeStringField("slug", s.slug());
    names(g, s.name(), c, "name");
    nullableString(g, "parentId", s.parentId() == null ? null : s.parentId().toString());
    g.writeNumberField("position", s.position());
    g.writeStringField("url", c.urls().section(c.tenant(), s, c.language()));
    g.writeEndObject();
  }

  static void tag(JsonGenerator g, Tag t, Context c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id().toString());
    g.writeStringField("slug", t.slug());
    names(g, t.name(), c, "name");
    g.writeStringField("kind", t.kind().name().toLowerCase(Locale.ROOT));
    g.writeStringField("url", c.urls().tag(c.tenant(), t, c.language()));
    g.writeEndObject();
  }

  static void author(JsonGenerator g, Author a, Context c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id().toString());
    g.writeStringField("slug", a.slug());
    names(g, a.name(), c, "name");
    // The e-mail address stays private: the API is public.
    g.writeStringField(
        "bio", a.bio().isEmpty() ? "" : a.bio().resolve(c.language(), c.tenant().defaultLocale()));
    nullableString(g, "imageUrl", a.imageUrl() == null ? null : a.imageUrl().toString());
    g.writeStringField("url", c.urls().author(c.tenant(), a, c.language()));
    g.writeEndObject();
  }

  static void location(JsonGenerator g, Location l, Context c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", l.id().toString());
    g.writeStringField("slug", l.slug());
    names(g, l.name(), c, "name");
    g.writeStringField("kind", l.kind().name().toLowerCase(Locale.ROOT));
    g.writeFieldName("coordinates");
    if (l.coordinates() == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeNumberField("latitude", l.coordinates().latitude());
      g.writeNumberField("longitude", l.coordinates().longitude());
      g.writeEndObject();
    }
    g.writeStringField("url", c.urls().location(c.tenant(), l, c.language()));
    g.writeEndObject();
  }

  // ---- the change feed ----

  static void change(JsonGenerator g, Change change) throws IOException {
    g.writeStartObject();
    g.writeNumberField("position", change.position());
    g.writeStringField("kind", change.kind().name());
    g.writeStringField("subject", change.kind().subject().name().toLowerCase(Locale.ROOT));
    g.writeStringField("subjectId", change.subjectId());
    instant(g, "time", change.time());
    g.writeEndObject();
  }

  // ---- problem details (RFC 9457) ----

  static byte[] problem(ApiProblem p, String instance) {
    return bytes(
        g -> {
          g.writeStartObject();
          g.writeStringField("type", p.type());
          g.writeStringField("title", p.title());
          g.writeNumberField("status", p.status());
          g.writeStringField("detail", p.getMessage());
          g.writeStringField("instance", instance);
          if (p.parameter() != null) {
            g.writeStringField("parameter", p.parameter());
          }
          g.writeEndObject();
        });
  }

  // ---- small helpers ----

  static void instant(JsonGenerator g, String field, @Nullable Instant instant) throws IOException {
    if (instant == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, instant.toString());
    }
  }

  static void nullableString(JsonGenerator g, String field, @Nullable String value)
      throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
