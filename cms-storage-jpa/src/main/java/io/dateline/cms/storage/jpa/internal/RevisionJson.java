package io.dateline.cms.storage.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.cms.model.Article;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A whole article as one JSON document, for revisions and prepared updates: the columns of {@code
 * dateline_article} as {@link ArticleMapping} fills them, with the JSON columns nested as they are.
 * Reading goes back through {@link ArticleMapping#toArticle}, so a snapshot reads back exactly as
 * the article did.
 */
final class RevisionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RevisionJson() {}

  static String write(Article article) {
    ArticleEntity e = new ArticleEntity(article.id().value());
    ArticleMapping.copy(article, e);
    ObjectNode node = MAPPER.createObjectNode();
    node.put("tenantId", article.tenantId().value());
    node.put("id", article.id().value().toString());
    node.put("slug", e.slug);
    node.put("languageTag", e.languageTag);
    node.put("languageCode", e.languageCode);
    node.put("translationKey", e.translationKey.toString());
    node.put("headline", e.headline);
    node.put("lead", e.lead);
    node.set("body", ContentJson.read(e.body));
    node.set("refs", ContentJson.read(e.refs));
    node.put("datelineId", e.datelineId == null ? null : e.datelineId.toString());
    node.set("sources", ContentJson.read(e.sources));
    node.set("featuredImage", e.featuredImage == null ? null : ContentJson.read(e.featuredImage));
    node.set("seo", ContentJson.read(e.seo));
    node.set("notices", e.notices == null ? null : ContentJson.read(e.notices));
    node.put("exclusive", e.exclusive);
    node.put("status", e.status);
    node.put("publishAt", time(e.publishAt));
    node.put("firstPublishedAt", time(e.firstPublishedAt));
    node.put("createdAt", time(e.createdAt));
    node.put("updatedAt", time(e.updatedAt));
    node.put("version", article.version());
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e2) {
      throw new IllegalStateException("Cannot write an article snapshot", e2);
    }
  }

  static Article read(String json) {
    JsonNode node = ContentJson.read(json);
    ArticleEntity e = new ArticleEntity(UUID.fromString(node.get("id").asText()));
    e.tenantId = node.get("tenantId").asText();
    e.slug = node.get("slug").asText();
    e.languageTag = node.get("languageTag").asText();
    e.languageCode = node.get("languageCode").asText();
    e.translationKey = UUID.fromString(node.get("translationKey").asText());
    e.headline = node.get("headline").asText();
    e.lead = node.get("lead").asText();
    e.body = node.get("body").toString();
    e.refs = node.get("refs").toString();
    String dateline = text(node, "datelineId");
    e.datelineId = dateline == null ? null : UUID.fromString(dateline);
    e.sources = node.get("sources").toString();
    JsonNode image = node.get("featuredImage");
    e.featuredImage = image == null || image.isNull() ? null : image.toString();
    e.seo = node.get("seo").toString();
    JsonNode notices = node.get("notices");
    e.notices = notices == null || notices.isNull() ? null : notices.toString();
    e.exclusive = node.get("exclusive").asBoolean();
    e.status = node.get("status").asText();
    e.publishAt = instant(text(node, "publishAt"));
    e.firstPublishedAt = instant(text(node, "firstPublishedAt"));
    e.createdAt = Instant.parse(node.get("createdAt").asText());
    e.updatedAt = Instant.parse(node.get("updatedAt").asText());
    e.version = node.get("version").asLong();
    return ArticleMapping.toArticle(e);
  }

  private static @Nullable String time(@Nullable Instant instant) {
    return instant == null ? null : ArticleMapping.stored(instant).toString();
  }

  private static @Nullable Instant instant(@Nullable String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
