package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of {@code dateline_tenant}. Not tenant-filtered: the tenants table is global.
 *
 * @since 0.1.0
 */
@Entity(name = "TenantEntity")
@Table(name = "dateline_tenant")
public class TenantEntity {
  @Id
  @Column(name = "tenant_id", length = 63)
  String tenantId;

  @Column(name = "name", nullable = false, length = 200)
  String name;

  @Column(name = "publication_name", nullable = false, length = 200)
  String publicationName;

  @Column(name = "default_locale", nullable = false, length = 35)
  String defaultLocale;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "supported_locales", nullable = false)
  String supportedLocales;

  @Column(name = "time_zone", nullable = false, length = 64)
  String timeZone;

  @Column(name = "base_url", nullable = false, length = 2000)
  String baseUrl;

  /** For Hibernate. */
  protected TenantEntity() {}

  TenantEntity(String tenantId) {
    this.tenantId = tenantId;
  }
}
