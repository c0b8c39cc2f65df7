package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of {@code dateline_view_total}; read through Hibernate, written by batched upserts.
 *
 * @since 0.1.0
 */
@Entity(name = "ViewTotalEntity")
@Table(name = "dateline_view_total")
@IdClass(ViewTotalId.class)
public class ViewTotalEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "article_id")
  UUID articleId;

  @Column(name = "views", nullable = false)
  long views;

  /** For Hibernate. */
  protected ViewTotalEntity() {}
}
