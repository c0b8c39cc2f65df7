package io.dateline.cms.spi;

import io.dateline.cms.model.TenantId;

/**
 * A storage backend: the root from which Dateline reaches every repository.
 *
 * <p>Implementations must be thread-safe; one instance serves the whole application, and several
 * instances (one per node) may share one database.
 *
 * @since 0.1.0
 */
public interface ContentStorage extends AutoCloseable {

  /**
   * The tenants themselves.
   *
   * @return the tenant repository; never {@code null}
   */
  TenantRepository tenants();

  /**
   * The repositories of one tenant. Every call through the returned object reads and writes only
   * that tenant's rows. Obtaining it does not check that the tenant exists.
   *
   * @param tenantId the tenant; never {@code null}
   * @return a tenant-scoped view; cheap to obtain
   */
  TenantStorage tenant(TenantId tenantId);

  /**
   * View counts for all tenants.
   *
   * @return the view count store; never {@code null}
   */
  ViewCountStore viewCounts();

  /**
   * The change feed: every content change of every tenant, in order.
   *
   * @return the change log; never {@code null}
   * @since 0.1.0
   */
  ChangeLog changes();

  /** Releases resources the backend owns (pools, caches); a no-op by default. */
  @Override
  default void close() {}
}
