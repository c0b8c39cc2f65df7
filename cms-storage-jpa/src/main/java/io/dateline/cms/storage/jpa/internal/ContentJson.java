package io.dateline.cms.storage.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.NoticeKind;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes the model's value objects as JSON and reads them back, field by field.
 *
 * <p>The mapping is explicit rather than reflective so that the stored format is a documented
 * contract of its own: renaming a record component cannot silently change (or break reading of)
 * millions of stored bodies. Jackson's tree model does the JSON syntax. Ordered data is stored as
 * arrays, never as object keys, because PostgreSQL's {@code jsonb} does not keep key order (a
 * {@link LocalizedText}'s first language is its fallback).
 *
 * <p>Thread-safe: the mapper is immutable after construction.
 *
 * @since 0.1.0
 */
public final class ContentJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ContentJson() {}

  // ---- body blocks -------------------------------------------------------------------------

  /**
   * Writes body blocks.
   *
   * @param blocks the blocks
   * @return a JSON array
   */
  public static String blocks(List<Block> blocks) {
    ArrayNode array = NODES.arrayNode();
    blocks.forEach(b -> array.add(block(b)));
    return write(array);
  }

  /**
   * Reads body blocks.
   *
   * @param json a JSON array written by {@link #blocks(List)}
   * @return the blocks
   */
  public static List<Block> blocks(String json) {
    return list(read(json), ContentJson::block);
  }

  private static ObjectNode block(Block block) {
    ObjectNode node = NODES.objectNode().put("kind", block.kind());
    // A switch on the kind name rather than on the type: Java 17 has no pattern matching switch.
    switch (block.kind()) {
      case "paragraph" -> node.set("content", spans(((Block.Paragraph) block).content()));
      case "heading" -> {
        Block.Heading h = (Block.Heading) block;
        node.put("level", h.level()).put("text", h.text());
      }
      case "quote" -> {
        Block.Quote q = (Block.Quote) block;
        node.set("content", spans(q.content()));
        putIfPresent(node, "attribution", q.attribution());
      }
      case "list" -> {
        Block.ListBlock l = (Block.ListBlock) block;
        ArrayNode items = NODES.arrayNode();
        l.items().forEach(item -> items.add(spans(item)));
        node.put("ordered", l.ordered()).set("items", items);
      }
      case "image" -> node.set("image", image(((Block.ImageBlock) block).image()));
      case "gallery" -> {
        Block.GalleryBlock gallery = (Block.GalleryBlock) block;
        ArrayNode images = node.putArray("images");
        gallery.images().forEach(i -> images.add(image(i)));
        putIfPresent(node, "caption", gallery.caption());
      }
      case "embed" -> {
        Block.Embed e = (Block.Embed) block;
        node.put("url", e.url().toString());
        putIfPresent(node, "provider", e.provider());
        putIfPresent(node, "title", e.title());
      }
      case "divider" -> {
        // nothing but the kind
      }
      case "html" -> node.put("html", ((Block.RawHtml) block).html());
      default -> throw new IllegalArgumentException("Unknown block kind: " + block.kind());
    }
    return node;
  }

  private static Block block(JsonNode node) {
    String kind = node.path("kind").asText();
    return switch (kind) {
      case "paragraph" -> new Block.Paragraph(spans(node.get("content")));
      case "heading" -> new Block.Heading(node.get("level").asInt(), node.get("text").asText());
      case "quote" -> new Block.Quote(spans(node.get("content")), text(node, "attribution"));
      case "list" ->
          new Block.ListBlock(
              node.get("ordered").asBoolean(), list(node.get("items"), ContentJson::spans));
      case "image" -> new Block.ImageBlock(image(node.get("image")));
      case "gallery" ->
          new Block.GalleryBlock(
              list(node.get("images"), ContentJson::image), text(node, "caption"));
      case "embed" ->
          new Block.Embed(
              URI.create(node.get("url").asText()), text(node, "provider"), text(node, "title"));
      case "divider" -> new Block.Divider();
      case "html" -> new Block.RawHtml(node.get("html").asText());
      default -> throw new IllegalStateException("Stored body has an unknown block kind: " + kind);
    };
  }

  private static ArrayNode spans(List<Span> spans) {
    ArrayNode array = NODES.arrayNode();
    for (Span span : spans) {
      ObjectNode node = array.addObject().put("text", span.text());
      if (!span.marks().isEmpty()) {
        ArrayNode marks = node.putArray("marks");
        // EnumSet iterates in declaration order: the stored form does not depend on hashing.
        EnumSet.copyOf(span.marks()).forEach(m -> marks.add(m.name()));
      }
      putIfPresent(node, "link", span.link());
    }
    return array;
  }

  private static List<Span> spans(JsonNode array) {
    return list(
        array,
        node -> {
          Set<Mark> marks = EnumSet.noneOf(Mark.class);
          node.path("marks").forEach(m -> marks.add(Mark.valueOf(m.asText())));
          return new Span(node.get("text").asText(), marks, text(node, "link"));
        });
  }

  // ---- images, sources, SEO ----------------------------------------------------------------

  /**
   * Writes an image.
   *
   * @param image the image, or {@code null}
   * @return a JSON object, or {@code null}
   */
  public static @Nullable String imageJson(@Nullable Image image) {
    return image == null ? null : write(image(image));
  }

  /**
   * Reads an image.
   *
   * @param json a JSON object, or {@code null}
   * @return the image, or {@code null}
   */
  public static @Nullable Image image(@Nullable String json) {
    return json == null ? null : image(read(json));
  }

  private static ObjectNode image(Image image) {
    ObjectNode node = NODES.objectNode();
    putIfPresent(node, "url", image.url() == null ? null : image.url().toString());
    putIfPresent(node, "asset", image.asset() == null ? null : image.asset().toString());
    node.put("alt", image.alt());
    putIfPresent(node, "caption", image.caption());
    putIfPresent(node, "credit", image.credit());
    return node.put("width", image.width()).put("height", image.height());
  }

  private static Image image(JsonNode node) {
    String url = text(node, "url");
    String asset = text(node, "asset");
    return new Image(
        url == null ? null : URI.create(url),
        node.get("alt").asText(),
        text(node, "caption"),
        text(node, "credit"),
        node.path("width").asInt(),
        node.path("height").asInt(),
        asset == null ? null : ImageId.parse(asset));
  }

  /**
   * Writes cited sources.
   *
   * @param sources the sources
   * @return a JSON array
   */
  public static String sources(List<Source> sources) {
    ArrayNode array = NODES.arrayNode();
    for (Source source : sources) {
      ObjectNode node = array.addObject().put("name", source.name());
      putIfPresent(node, "url", source.url() == null ? null : source.url().toString());
    }
    return write(array);
  }

  /**
   * Reads cited sources.
   *
   * @param json a JSON array
   * @return the sources
   */
  public static List<Source> sources(String json) {
    return list(read(json), node -> new Source(node.get("name").asText(), uri(node, "url")));
  }

  /**
   * Writes an article's notices.
   *
   * @param notices the notices
   * @return a JSON array of objects (kind, time as ISO-8601, text), or {@code null} when there are
   *     none
   */
  public static @Nullable String noticesJson(List<Notice> notices) {
    if (notices.isEmpty()) {
      return null;
    }
    ArrayNode array = NODES.arrayNode();
    for (Notice notice : notices) {
      array
          .addObject()
          .put("kind", notice.kind().name())
          .put("time", notice.time().toString())
          .put("text", notice.text());
    }
    return write(array);
  }

  /**
   * Reads an article's notices.
   *
   * @param json a JSON array, or {@code null} for none
   * @return the notices
   */
  public static List<Notice> notices(@Nullable String json) {
    if (json == null) {
      return List.of();
    }
    return list(
        read(json),
        node ->
            new Notice(
                NoticeKind.valueOf(node.get("kind").asText()),
                Instant.parse(node.get("time").asText()),
                node.get("text").asText()));
  }

  /**
   * Writes SEO overrides.
   *
   * @param seo the overrides
   * @return a JSON object
   */
  public static String seo(Seo seo) {
    ObjectNode node = NODES.objectNode();
    putIfPresent(node, "title", seo.title());
    putIfPresent(node, "description", seo.description());
    putIfPresent(
        node, "canonicalUrl", seo.canonicalUrl() == null ? null : seo.canonicalUrl().toString());
    return write(node.put("noIndex", seo.noIndex()));
  }

  /**
   * Reads SEO overrides.
   *
   * @param json a JSON object
   * @return the overrides
   */
  public static Seo seo(String json) {
    JsonNode node = read(json);
    return new Seo(
        text(node, "title"),
        text(node, "description"),
        uri(node, "canonicalUrl"),
        node.path("noIndex").asBoolean());
  }

  // ---- localized text, locales, id lists ---------------------------------------------------

  /**
   * Writes a localized text as an array of {@code [language, text]} pairs, in order.
   *
   * @param text the text
   * @return a JSON array
   */
  public static String localized(LocalizedText text) {
    ArrayNode array = NODES.arrayNode();
    text.values().forEach((lang, value) -> array.addArray().add(lang.toLanguageTag()).add(value));
    return write(array);
  }

  /**
   * Reads a localized text.
   *
   * @param json a JSON array written by {@link #localized(LocalizedText)}, or {@code null}
   * @return the text; empty for {@code null}
   */
  public static LocalizedText localized(String json) {
    if (json == null) {
      return LocalizedText.empty();
    }
    Map<Locale, String> values = new LinkedHashMap<>();
    read(json)
        .forEach(
            pair -> values.put(Locale.forLanguageTag(pair.get(0).asText()), pair.get(1).asText()));
    return new LocalizedText(values);
  }

  /**
   * Writes a directory entry's attributes as one JSON object of strings.
   *
   * @param attributes the attributes
   * @return a JSON object
   */
  public static String attributes(Map<String, String> attributes) {
    ObjectNode object = NODES.objectNode();
    attributes.forEach(object::put);
    return write(object);
  }

  /**
   * Reads a directory entry's attributes.
   *
   * @param json a JSON object written by {@link #attributes(Map)}
   * @return the attributes by key (the entry sorts them)
   */
  public static Map<String, String> attributes(String json) {
    Map<String, String> values = new LinkedHashMap<>();
    read(json).properties().forEach(field -> values.put(field.getKey(), field.getValue().asText()));
    return values;
  }

  /**
   * Writes locales as an array of language tags, in order.
   *
   * @param locales the locales
   * @return a JSON array
   */
  public static String locales(Collection<Locale> locales) {
    ArrayNode array = NODES.arrayNode();
    locales.forEach(l -> array.add(l.toLanguageTag()));
    return write(array);
  }

  /**
   * Reads locales.
   *
   * @param json a JSON array of language tags
   * @return the locales, in order
   */
  public static List<Locale> locales(String json) {
    return list(read(json), node -> Locale.forLanguageTag(node.asText()));
  }

  /**
   * Writes named lists of ids as a JSON object of arrays.
   *
   * @param lists name to ids, in order
   * @return a JSON object
   */
  public static String idLists(Map<String, List<UUID>> lists) {
    ObjectNode node = NODES.objectNode();
    lists.forEach(
        (name, ids) -> {
          ArrayNode array = node.putArray(name);
          ids.forEach(id -> array.add(id.toString()));
        });
    return write(node);
  }

  /**
   * Reads named lists of ids.
   *
   * @param json a JSON object written by {@link #idLists(Map)}
   * @param name the list's name
   * @param wrap makes a typed id from a UUID
   * @param <I> the id type
   * @return the ids in order; empty when the list is absent
   */
  public static <I> List<I> idList(JsonNode json, String name, Function<UUID, I> wrap) {
    return list(json.path(name), node -> wrap.apply(UUID.fromString(node.asText())));
  }

  /**
   * Parses JSON text.
   *
   * @param json the text
   * @return the tree
   * @throws IllegalStateException when the text is not JSON
   */
  public static JsonNode read(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is malformed: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> List<T> list(JsonNode array, Function<JsonNode, T> element) {
    List<T> result = new ArrayList<>();
    if (array != null) {
      array.forEach(node -> result.add(element.apply(node)));
    }
    return result;
  }

  private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static @Nullable URI uri(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : URI.create(value);
  }
}
