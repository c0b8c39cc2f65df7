package io.dateline.cms.storage.jpa.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Maps {@link Article} to its rows and back. Stateless. */
final class ArticleMapping {
  private ArticleMapping() {}

  /**
   * The precision the store keeps: PostgreSQL timestamps hold microseconds. Instants are truncated
   * before they are written (the databases would round instead), so a stored article reads back
   * exactly as {@link JpaArticleRepository#insert} returned it.
   */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** {@link #stored(Instant)} for a column that may be empty. */
  static @Nullable Instant storedOrNull(@Nullable Instant instant) {
    return instant == null ? null : stored(instant);
  }

  /** Copies every column from the article (the tenant comes from the session). */
  static void copy(Article a, ArticleEntity e) {
    e.slug = a.slug();
    e.languageTag = a.language().toLanguageTag();
    e.languageCode = a.language().getLanguage();
    e.translationKey = a.translationKey().value();
    e.headline = a.headline();
    e.lead = a.lead();
    e.body = ContentJson.blocks(a.body());
    Map<String, List<UUID>> refs = new LinkedHashMap<>();
    refs.put("authors", uuids(a.authors(), AuthorId::value));
    refs.put("sections", uuids(a.sections(), SectionId::value));
    refs.put("tags", uuids(a.tags(), TagId::value));
    refs.put("places", uuids(a.places(), LocationId::value));
    refs.put("related", uuids(a.related(), ArticleId::value));
    e.refs = ContentJson.idLists(refs);
    e.datelineId = a.dateline() == null ? null : a.dateline().value();
    e.sources = ContentJson.sources(a.sources());
    e.featuredImage = ContentJson.imageJson(a.featuredImage());
    e.seo = ContentJson.seo(a.seo());
    e.notices = ContentJson.noticesJson(a.notices());
    e.exclusive = a.exclusive();
    e.status = a.status().name();
    e.publishAt = storedOrNull(a.publishAt());
    e.firstPublishedAt = storedOrNull(a.firstPublishedAt());
    e.createdAt = stored(a.createdAt());
    e.updatedAt = stored(a.updatedAt());
  }

  static Article toArticle(ArticleEntity e) {
    JsonNode refs = ContentJson.read(e.refs);
    return Article.builder()
        .tenantId(TenantId.of(e.tenantId))
        .id(ArticleId.of(e.id))
        .slug(e.slug)
        .language(Locale.forLanguageTag(e.languageTag))
        .translationKey(ArticleId.of(e.translationKey))
        .headline(e.headline)
        .lead(e.lead)
        .body(ContentJson.blocks(e.body))
        .authors(ContentJson.idList(refs, "authors", AuthorId::of))
        .sections(ContentJson.idList(refs, "sections", SectionId::of))
        .tags(ContentJson.idList(refs, "tags", TagId::of))
        .dateline(e.datelineId == null ? null : LocationId.of(e.datelineId))
        .places(ContentJson.idList(refs, "places", LocationId::of))
        .related(ContentJson.idList(refs, "related", ArticleId::of))
        .sources(ContentJson.sources(e.sources))
        .exclusive(e.exclusive)
        .featuredImage(ContentJson.image(e.featuredImage))
        .seo(ContentJson.seo(e.seo))
        .notices(ContentJson.notices(e.notices))
        .status(ArticleStatus.valueOf(e.status))
        .publishAt(e.publishAt)
        .firstPublishedAt(e.firstPublishedAt)
        .createdAt(e.createdAt)
        .updatedAt(e.updatedAt)
        .version(e.version)
        .build();
  }

  /** The index rows of an article: one per distinct author, section, tag and location. */
  static List<ArticleRefEntity> refRows(Article a) {
    List<ArticleRefEntity> rows = new ArrayList<>();
    UUID id = a.id().value();
    String status = a.status().name();
    Instant publishAt = storedOrNull(a.publishAt());
    addRows(
        rows,
        id,
        ArticleRefEntity.Kind.AUTHOR,
        uuids(a.authors(), AuthorId::value),
        status,
        publishAt);
    addRows(
        rows,
        id,
        ArticleRefEntity.Kind.SECTION,
        uuids(a.sections(), SectionId::value),
        status,
        publishAt);
    addRows(rows, id, ArticleRefEntity.Kind.TAG, uuids(a.tags(), TagId::value), status, publishAt);
    List<UUID> locations = new ArrayList<>();
    if (a.dateline() != null) {
      locations.add(a.dateline().value());
    }
    locations.addAll(uuids(a.places(), LocationId::value));
    addRows(rows, id, ArticleRefEntity.Kind.LOCATION, locations, status, publishAt);
    return rows;
  }

  private static void addRows(
      List<ArticleRefEntity> rows,
      UUID articleId,
      ArticleRefEntity.Kind kind,
      List<UUID> refIds,
      String status,
      @Nullable Instant publishAt) {
    Set<UUID> distinct = new LinkedHashSet<>(refIds);
    for (UUID refId : distinct) {
      rows.add(new ArticleRefEntity(articleId, kind, refId, status, publishAt));
    }
  }

  private static <I> List<UUID> uuids(List<I> ids, Function<I, UUID> value) {
    return ids.stream().map(value).toList();
  }
}
