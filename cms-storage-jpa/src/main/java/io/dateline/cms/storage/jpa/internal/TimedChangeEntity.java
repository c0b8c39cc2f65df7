package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@code dateline_timed_change}: a prepared update (its content the article state as
 * {@link RevisionJson} writes it) or an expiry (no content) of one article.
 *
 * @since 0.1.0
 */
@Entity(name = "TimedChangeEntity")
@Table(name = "dateline_timed_change")
@IdClass(TenantScopedId.class)
public class TimedChangeEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "article_id", nullable = false)
  UUID articleId;

  @Column(name = "is_expiry", nullable = false)
  boolean expiry;

  @Column(name = "due_at", nullable = false)
  Instant dueAt;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "actor_id", nullable = false, length = 200)
  String actorId;

  @Column(name = "actor_name", nullable = false, length = 200)
  String actorName;

  @Column(name = "summary", length = 500)
  @Nullable String summary;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "content")
  @Nullable String content;

  /** For Hibernate. */
  protected TimedChangeEntity() {}

  TimedChangeEntity(UUID id) {
    this.id = id;
  }
}
