package io.dateline.cms.memory;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.DirectoryRepository;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/** A tenant's directory of one kind, indexed by id and by slug. */
abstract class InMemoryDirectory<T, I> implements DirectoryRepository<T, I> {
  private final TenantId tenant;
  private final String kind;
  private final Function<T, TenantId> tenantOf;
  private final Function<T, I> idOf;
  private final Function<T, String> slugOf;
  private final InMemoryChangeLog changes;
  private final ChangeKind saved;
  private final ChangeKind deleted;
  private final Map<I, T> byId = new ConcurrentHashMap<>();
  private final ConcurrentSkipListMap<String, I> bySlug = new ConcurrentSkipListMap<>();

  InMemoryDirectory(
      TenantId tenant,
      String kind,
      Function<T, TenantId> tenantOf,
      Function<T, I> idOf,
      Function<T, String> slugOf,
      InMemoryChangeLog changes,
      ChangeKind saved,
      ChangeKind deleted) {
    this.tenant = tenant;
    this.kind = kind;
    this.tenantOf = tenantOf;
    this.idOf = idOf;
    this.slugOf = slugOf;
    this.changes = changes;
    this.saved = saved;
    this.deleted = deleted;
  }

  @Override
  public Optional<T> findById(I id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<T> findByIds(Collection<I> ids) {
    return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
  }

  @Override
  public Optional<T> findBySlug(String slug) {
    I id = bySlug.get(slug);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<T> list(String afterSlug, int limit) {
    var tail = afterSlug == null ? bySlug : bySlug.tailMap(afterSlug, false);
    return tail.values().stream().map(byId::get).filter(Objects::nonNull).limit(limit).toList();
  }

  @Override
  public synchronized void insert(T value) {
    checkTenant(value);
    I id = idOf.apply(value);
    String slug = slugOf.apply(value);
    if (bySlug.containsKey(slug) || byId.containsKey(id)) {
      throw new DuplicateSlugException(kind, slug, tenant);
    }
    byId.put(id, value);
    bySlug.put(slug, id);
    changes.append(tenant, saved, id.toString());
  }

  @Override
  public synchronized void update(T value) {
    checkTenant(value);
    I id = idOf.apply(value);
    T old = byId.get(id);
    if (old == null) {
      throw new NotFoundException(kind, id, tenant);
    }
    String slug = slugOf.apply(value);
    I holder = bySlug.get(slug);
    if (holder != null && !holder.equals(id)) {
      throw new DuplicateSlugException(kind, slug, tenant);
    }
    bySlug.remove(slugOf.apply(old));
    bySlug.put(slug, id);
    byId.put(id, value);
    changes.append(tenant, saved, id.toString());
  }

  @Override
  public synchronized boolean delete(I id) {
    T old = byId.remove(id);
    if (old == null) {
      return false;
    }
    bySlug.remove(slugOf.apply(old));
    changes.append(tenant, deleted, id.toString());
    return true;
  }

  private void checkTenant(T value) {
    if (!tenant.equals(tenantOf.apply(value))) {
      throw new IllegalArgumentException(
          "a " + kind + " of tenant " + tenantOf.apply(value) + " cannot be stored in " + tenant);
    }
  }
}
