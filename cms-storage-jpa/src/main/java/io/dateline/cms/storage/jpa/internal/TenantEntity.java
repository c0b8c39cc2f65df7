package io.dateline.cms.storage.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

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

  @Column(name = "logo_id")
  @Nullable UUID logoId;

  @Column(name = "icon_id")
  @Nullable UUID iconId;

  @Column(name = "twitter_site", length = 16)
  @Nullable String twitterSite;

  /** For Hibernate. */
  protected TenantEntity() {}

  TenantEntity(String tenantId) {
    this.tenantId = tenantId;
  }
}
