package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code dateline_entry}: an entry of an application-defined directory kind.
 *
 * @since 0.1.0
 */
@Entity(name = "EntryEntity")
@Table(name = "dateline_entry")
@IdClass(TenantScopedId.class)
public class EntryEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "kind", nullable = false, length = 32)
  String kind;

  @Column(name = "slug", nullable = false, length = 120)
  String slug;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "name", nullable = false)
  String name;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "attributes", nullable = false)
  String attributes;

  /** For Hibernate. */
  protected EntryEntity() {}
}
