package io.dateline.cms.memory;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps everything in the heap. Thread-safe: reads never block; writes to one tenant's articles or
 * directories are serialized per tenant so that slug uniqueness and version checks are atomic.
 */
public final class InMemoryStorage implements ContentStorage {
  private final ConcurrentMap<TenantId, Tenant> tenants = new ConcurrentHashMap<>();
  private final ConcurrentMap<TenantId, InMemoryTenantStorage> scopes = new ConcurrentHashMap<>();
  private final InMemoryViewCountStore viewCounts = new InMemoryViewCountStore();
  private final TenantRepository tenantRepository =
      new TenantRepository() {
        @Override
        public Optional<Tenant> find(TenantId id) {
          return Optional.ofNullable(tenants.get(id));
        }

        @Override
        public List<Tenant> findAll() {
          return tenants.values().stream().sorted(Comparator.comparing(Tenant::id)).toList();
        }

        @Override
        public void save(Tenant tenant) {
          tenants.put(tenant.id(), tenant);
        }
      };

  /** Creates an empty store. */
  public InMemoryStorage() {}

  @Override
  public TenantRepository tenants() {
    return tenantRepository;
  }

  @Override
  public TenantStorage tenant(TenantId tenantId) {
    return scopes.computeIfAbsent(tenantId, InMemoryTenantStorage::new);
  }

  @Override
  public ViewCountStore viewCounts() {
    return viewCounts;
  }
}
