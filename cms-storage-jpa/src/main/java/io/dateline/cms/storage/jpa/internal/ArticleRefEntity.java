package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code dateline_article_ref}: one article refers to one author, section, tag or
 * location. It repeats the article's status and publish time so that a listing by reference reads
 * one index in listing order.
 *
 * @since 0.1.0
 */
@Entity(name = "ArticleRefEntity")
@Table(name = "dateline_article_ref")
@IdClass(ArticleRefId.class)
public class ArticleRefEntity {
  /** The kinds of reference, as stored in {@code ref_kind}. */
  enum Kind {
    AUTHOR,
    SECTION,
    TAG,
    LOCATION
  }

  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "article_id")
  UUID articleId;

  @Id
  @Column(name = "ref_kind", length = 16)
  String refKind;

  @Id
  @Column(name = "ref_id")
  UUID refId;

  @Column(name = "status", nullable = false, length = 16)
  String status;

  @Column(name = "publish_at")
  @Nullable Instant publishAt;

  /** For Hibernate. */
  protected ArticleRefEntity() {}

  ArticleRefEntity(
      UUID articleId, Kind kind, UUID refId, String status, @Nullable Instant publishAt) {
    this.articleId = articleId;
    this.refKind = kind.name();
    this.refId = refId;
    this.status = status;
    this.publishAt = publishAt;
  }
}
