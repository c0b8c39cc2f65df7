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
 * A row of {@code dateline_image}: one image asset of a tenant.
 *
 * @since 0.1.0
 */
@Entity(name = "ImageEntity")
@Table(name = "dateline_image")
@IdClass(TenantScopedId.class)
public class ImageEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "storage_key", nullable = false, length = 500)
  String storageKey;

  @Column(name = "media_type", nullable = false, length = 100)
  String mediaType;

  @Column(name = "width", nullable = false)
  int width;

  @Column(name = "height", nullable = false)
  int height;

  @Column(name = "byte_size", nullable = false)
  long byteSize;

  @Column(name = "content_hash", nullable = false, length = 64)
  String contentHash;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "alt", nullable = false)
  String alt;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "caption", nullable = false)
  String caption;

  @Column(name = "credit", length = 300)
  @Nullable String credit;

  @Column(name = "copyright", length = 500)
  @Nullable String copyright;

  @Column(name = "licence", length = 2000)
  @Nullable String licence;

  @Column(name = "focal_x", nullable = false)
  double focalX;

  @Column(name = "focal_y", nullable = false)
  double focalY;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  /** For Hibernate. */
  protected ImageEntity() {}
}
