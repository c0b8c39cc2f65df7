package io.dateline.cms.memory;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps everything in the heap. Thread-safe: reads never block; writes to one tenant's articles or
 * directories are serialized per tenant so that slug uniqueness and version checks are atomic.
 *
 * <p>Every successful write appends one {@link io.dateline.cms.changes.Change} to the {@linkplain
 * #changes() change feed} while the write still holds its lock, so the feed's order is the order in
 * which writes became visible. The feed keeps every change for the life of the instance; its times
 * come from the clock given to {@link #InMemoryStorage(Clock)}.
 *
 * @since 0.1.0
 */
public final class InMemoryStorage implements ContentStorage {
  private final ConcurrentMap<TenantId, Tenant> tenants = new ConcurrentHashMap<>();
  private final ConcurrentMap<TenantId, InMemoryTenantStorage> scopes = new ConcurrentHashMap<>();
  private final InMemoryViewCountStore viewCounts = new InMemoryViewCountStore();
  private final InMemoryChangeLog changes;
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
          // Serialized so that two saves of one tenant are recorded in the order they were stored.
          synchronized (tenants) {
            tenants.put(tenant.id(), tenant);
            changes.append(tenant.id(), ChangeKind.TENANT_SAVED, tenant.id().value());
          }
        }
      };

  /** Creates an empty store whose change feed takes its times from {@link Clock#systemUTC()}. */
  public InMemoryStorage() {
    this(Clock.systemUTC());
  }

  /**
   * Creates an empty store.
   *
   * @param clock where the times of the change feed's entries come from; never {@code null}
   */
  public InMemoryStorage(Clock clock) {
    this.changes = new InMemoryChangeLog(Objects.requireNonNull(clock, "clock"));
  }

  @Override
  public TenantRepository tenants() {
    return tenantRepository;
  }

  @Override
  public TenantStorage tenant(TenantId tenantId) {
    return scopes.computeIfAbsent(
        tenantId, id -> new InMemoryTenantStorage(id, changes, viewCounts));
  }

  @Override
  public ViewCountStore viewCounts() {
    return viewCounts;
  }

  @Override
  public ChangeLog changes() {
    return changes;
  }
}
