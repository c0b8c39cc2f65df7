package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code dateline_revision}: one stored state of an article, the article as JSON ({@link
 * RevisionJson}). Rows are written once and never changed.
 *
 * @since 0.1.0
 */
@Entity(name = "RevisionEntity")
@Table(name = "dateline_revision")
@IdClass(RevisionEntity.Key.class)
public class RevisionEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "article_id")
  UUID articleId;

  @Id
  @Column(name = "revision_number")
  int number;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "actor_id", nullable = false, length = 200)
  String actorId;

  @Column(name = "actor_name", nullable = false, length = 200)
  String actorName;

  @Column(name = "summary", length = 500)
  @Nullable String summary;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "content", nullable = false)
  String content;

  /** For Hibernate. */
  protected RevisionEntity() {}

  RevisionEntity(UUID articleId, int number) {
    this.articleId = articleId;
    this.number = number;
  }

  /**
   * The identifier of a {@link RevisionEntity}.
   *
   * @since 0.1.0
   */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    @Nullable String tenantId;
    @Nullable UUID articleId;
    int number;

    /** For Hibernate. */
    protected Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key other
          && Objects.equals(tenantId, other.tenantId)
          && Objects.equals(articleId, other.articleId)
          && number == other.number;
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, articleId, number);
    }
  }
}
