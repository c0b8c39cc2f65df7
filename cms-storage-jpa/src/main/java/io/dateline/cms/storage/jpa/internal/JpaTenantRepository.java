package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.TenantRepository;
import java.net.URI;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The global {@code dateline_tenant} table.
 *
 * @since 0.1.0
 */
public final class JpaTenantRepository implements TenantRepository {
  /** Saving retries once when another node inserted the same new tenant at the same moment. */
  private static final int SAVE_ATTEMPTS = 2;

  private final TenantSessions sessions;
  private final JpaChangeLog changes;

  /**
   * Creates the repository.
   *
   * @param sessions the session runner
   * @param changes the change log every save appends to
   */
  public JpaTenantRepository(TenantSessions sessions, JpaChangeLog changes) {
    this.sessions = sessions;
    this.changes = changes;
  }

  @Override
  public Optional<Tenant> find(TenantId id) {
    return sessions.unscoped(
        true,
        s ->
            Optional.ofNullable(s.find(TenantEntity.class, id.value()))
                .map(JpaTenantRepository::toTenant));
  }

  @Override
  public List<Tenant> findAll() {
    return sessions.unscoped(
        true,
        s ->
            s
                .createSelectionQuery("from TenantEntity t order by t.tenantId", TenantEntity.class)
                .getResultList()
                .stream()
                .map(JpaTenantRepository::toTenant)
                .toList());
  }

  @Override
  public void save(Tenant tenant) {
    for (int attempt = 1; ; attempt++) {
      try {
        sessions.unscoped(
            false,
            s -> {
              TenantEntity entity = s.find(TenantEntity.class, tenant.id().value());
              if (entity == null) {
                entity = new TenantEntity(tenant.id().value());
                copy(tenant, entity);
                s.persist(entity);
              } else {
                copy(tenant, entity);
              }
              changes.append(s, tenant.id(), ChangeKind.TENANT_SAVED, tenant.id().value());
              return null;
            });
        return;
      } catch (RuntimeException e) {
        if (attempt == SAVE_ATTEMPTS || !TenantSessions.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  private static void copy(Tenant t, TenantEntity e) {
    e.name = t.name();
    e.publicationName = t.publicationName();
    e.defaultLocale = t.defaultLocale().toLanguageTag();
    e.supportedLocales = ContentJson.locales(t.supportedLocales());
    e.timeZone = t.timeZone().getId();
    e.baseUrl = t.baseUrl().toString();
    e.logoId = t.logo() == null ? null : t.logo().value();
    e.iconId = t.icon() == null ? null : t.icon().value();
    e.twitterSite = t.twitterSite();
  }

  private static Tenant toTenant(TenantEntity e) {
    return Tenant.builder(
            TenantId.of(e.tenantId),
            e.name,
            Locale.forLanguageTag(e.defaultLocale),
            ZoneId.of(e.timeZone),
            URI.create(e.baseUrl))
        .publicationName(e.publicationName)
        .supportedLocales(new LinkedHashSet<>(ContentJson.locales(e.supportedLocales)))
        .logo(e.logoId == null ? null : ImageId.of(e.logoId))
        .icon(e.iconId == null ? null : ImageId.of(e.iconId))
        .twitterSite(e.twitterSite)
        .build();
  }
}
