package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code dateline_article}. Ordered reference lists live in the {@code refs} JSON column
 * so a page of articles loads without joins; {@link ArticleRefEntity} rows index the same
 * references for filtered listings.
 *
 * <p>{@code version} is not a JPA {@code @Version}: the repository advances it with an explicit
 * compare-and-set statement, so every stored change (even one that changes nothing else) counts.
 *
 * @since 0.1.0
 */
@Entity(name = "ArticleEntity")
@Table(name = "dateline_article")
@IdClass(TenantScopedId.class)
@DynamicUpdate
public class ArticleEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "slug", nullable = false, length = 120)
  String slug;

  @Column(name = "language_tag", nullable = false, length = 35)
  String languageTag;

  @Column(name = "language_code", nullable = false, length = 8)
  String languageCode;

  @Column(name = "translation_key", nullable = false)
  UUID translationKey;

  @Column(name = "headline", nullable = false, length = 300)
  String headline;

  @Column(name = "lead_text", nullable = false, length = 2000)
  String lead;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "body", nullable = false)
  String body;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "refs", nullable = false)
  String refs;

  @Column(name = "dateline_id")
  @Nullable UUID datelineId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "sources", nullable = false)
  String sources;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "featured_image")
  @Nullable String featuredImage;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "seo", nullable = false)
  String seo;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "notices")
  @Nullable String notices;

  @Column(name = "is_exclusive", nullable = false)
  boolean exclusive;

  @Column(name = "status", nullable = false, length = 16)
  String status;

  @Column(name = "publish_at")
  @Nullable Instant publishAt;

  @Column(name = "first_published_at")
  @Nullable Instant firstPublishedAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Column(name = "version", nullable = false)
  long version;

  /** For Hibernate. */
  protected ArticleEntity() {}

  ArticleEntity(UUID id) {
    this.id = id;
  }
}
