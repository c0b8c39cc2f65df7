package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code dateline_directory_entry}: an author, tag, section or location. One table for the
 * four kinds lets a page's references load with a single polymorphic query.
 *
 * @since 0.1.0
 */
@Entity(name = "DirectoryEntryEntity")
@Table(name = "dateline_directory_entry")
@IdClass(TenantScopedId.class)
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind", discriminatorType = DiscriminatorType.STRING, length = 16)
public abstract class DirectoryEntryEntity {
  @Id
  @TenantId
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Id
  @Column(name = "id")
  UUID id;

  @Column(name = "slug", nullable = false, length = 120)
  String slug;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "name", nullable = false)
  String name;

  /** For Hibernate. */
  protected DirectoryEntryEntity() {}
}
