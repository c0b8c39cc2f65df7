package io.dateline.cms.spi;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.util.List;
import java.util.Optional;

/**
 * Stores tenants. Thread-safe.
 *
 * @since 0.1.0
 */
public interface TenantRepository {

  /**
   * Finds a tenant.
   *
   * @param id the id
   * @return the tenant, or empty
   */
  Optional<Tenant> find(TenantId id);

  /**
   * Every tenant, ordered by id ({@link TenantId#compareTo}: character by character).
   *
   * @return an unmodifiable list
   */
  List<Tenant> findAll();

  /**
   * Inserts a new tenant or replaces the stored one with the same id.
   *
   * @param tenant the tenant, already validated
   */
  void save(Tenant tenant);
}
