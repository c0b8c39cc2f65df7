package io.dateline.cms.memory;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ReferenceInUseException;
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
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's directory of one kind, indexed by id and by slug.
 *
 * <p>Writes hold the tenant's write lock, which the tenant's article repository holds too: a delete
 * counts the articles that refer to the object and removes it in one critical section, and an
 * article write checks that everything it refers to exists in one, so no article can end up
 * referring to a deleted object.
 */
abstract class InMemoryDirectory<T, I> implements DirectoryRepository<T, I> {
  private final TenantId tenant;
  private final String kind;
  private final Function<T, TenantId> tenantOf;
  private final Function<T, I> idOf;
  private final Function<T, String> slugOf;
  private final InMemoryChangeLog changes;
  private final ChangeKind saved;
  private final ChangeKind deleted;
  private final Object lock;
  private final ToLongFunction<I> referencingArticles;
  private final @Nullable Function<T, I> parentOf;
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
      ChangeKind deleted,
      Object lock,
      ToLongFunction<I> referencingArticles,
      @Nullable Function<T, I> parentOf) {
    this.tenant = tenant;
    this.kind = kind;
    this.tenantOf = tenantOf;
    this.idOf = idOf;
    this.slugOf = slugOf;
    this.changes = changes;
    this.saved = saved;
    this.deleted = deleted;
    this.lock = lock;
    this.referencingArticles = referencingArticles;
    this.parentOf = parentOf;
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
  public List<T> list(@Nullable String afterSlug, int limit) {
    var tail = afterSlug == null ? bySlug : bySlug.tailMap(afterSlug, false);
    return tail.values().stream().map(byId::get).filter(Objects::nonNull).limit(limit).toList();
  }

  @Override
  public void insert(T value) {
    synchronized (lock) {
      insertLocked(value);
    }
  }

  private void insertLocked(T value) {
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
  public void update(T value) {
    synchronized (lock) {
      updateLocked(value);
    }
  }

  private void updateLocked(T value) {
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

  /**
   * Deletes the object unless articles (or, for a section, subsections) refer to it; the check and
   * the removal are one critical section under the tenant's write lock.
   */
  @Override
  public boolean delete(I id) {
    synchronized (lock) {
      return deleteLocked(id);
    }
  }

  private boolean deleteLocked(I id) {
    if (!byId.containsKey(id)) {
      return false;
    }
    long articles = referencingArticles.applyAsLong(id);
    if (articles > 0) {
      throw new ReferenceInUseException(kind, id, articles);
    }
    if (parentOf != null) {
      long children = byId.values().stream().filter(v -> id.equals(parentOf.apply(v))).count();
      if (children > 0) {
        throw new ReferenceInUseException(kind, id, children, "subsection(s)");
      }
    }
    T old = byId.remove(id);
    bySlug.remove(slugOf.apply(old));
    changes.append(tenant, deleted, id.toString());
    return true;
  }

  /** Whether an object with this id is stored; call under the tenant's write lock. */
  boolean contains(I id) {
    return byId.containsKey(id);
  }

  private void checkTenant(T value) {
    if (!tenant.equals(tenantOf.apply(value))) {
      throw new IllegalArgumentException(
          "a " + kind + " of tenant " + tenantOf.apply(value) + " cannot be stored in " + tenant);
    }
  }
}
