package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of {@code dateline_view_daily}; read through Hibernate, written by batched upserts.
 *
 * @since 0.1.0
 */
@Entity(name = "ViewDailyEntity")
@Table(name = "dateline_view_daily")
@IdClass(ViewDailyId.class)
public class ViewDailyEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "article_id")
  UUID articleId;

  @Id
  @Column(name = "view_day")
  LocalDate viewDay;

  @Column(name = "views", nullable = false)
  long views;

  /** For Hibernate. */
  protected ViewDailyEntity() {}
}
