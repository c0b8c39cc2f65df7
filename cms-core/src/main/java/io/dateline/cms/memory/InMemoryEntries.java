package io.dateline.cms.memory;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.DirectoryEntryRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's entries of application-defined directory kinds, per kind indexed by id and by slug.
 * Every method holds the repository's lock: these directories are small and rarely written, so one
 * lock is simpler than concurrent maps and never lets a reader see a half-made rename.
 */
final class InMemoryEntries implements DirectoryEntryRepository {
  private final TenantId tenant;
  private final InMemoryChangeLog changes;
  private final Map<String, Directory> kinds = new HashMap<>();

  /** One kind's entries. */
  private static final class Directory {
    final Map<EntryId, DirectoryEntry> byId = new HashMap<>();
    final TreeMap<String, EntryId> bySlug = new TreeMap<>();
  }

  InMemoryEntries(TenantId tenant, InMemoryChangeLog changes) {
    this.tenant = tenant;
    this.changes = changes;
  }

  @Override
  public synchronized Optional<DirectoryEntry> findById(String kind, EntryId id) {
    Directory directory = kinds.get(kind);
    return directory == null ? Optional.empty() : Optional.ofNullable(directory.byId.get(id));
  }

  @Override
  public synchronized Optional<DirectoryEntry> findBySlug(String kind, String slug) {
    Directory directory = kinds.get(kind);
    if (directory == null) {
      return Optional.empty();
    }
    EntryId id = directory.bySlug.get(slug);
    return id == null ? Optional.empty() : Optional.ofNullable(directory.byId.get(id));
  }

  @Override
  public synchronized List<DirectoryEntry> list(
      String kind, @Nullable String afterSlug, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    Directory directory = kinds.get(kind);
    if (directory == null) {
      return List.of();
    }
    var tail = afterSlug == null ? directory.bySlug : directory.bySlug.tailMap(afterSlug, false);
    return tail.values().stream().limit(limit).map(directory.byId::get).toList();
  }

  @Override
  public synchronized boolean exists(String kind, EntryId id) {
    Directory directory = kinds.get(kind);
    return directory != null && directory.byId.containsKey(id);
  }

  @Override
  public synchronized void insert(DirectoryEntry entry) {
    checkTenant(entry);
    Directory directory = kinds.computeIfAbsent(entry.kind(), k -> new Directory());
    if (directory.bySlug.containsKey(entry.slug()) || directory.byId.containsKey(entry.id())) {
      throw new DuplicateSlugException(entry.kind(), entry.slug(), tenant);
    }
    directory.byId.put(entry.id(), entry);
    directory.bySlug.put(entry.slug(), entry.id());
    changes.append(tenant, ChangeKind.ENTRY_SAVED, entry.id().toString());
  }

  @Override
  public synchronized void update(DirectoryEntry entry) {
    checkTenant(entry);
    Directory directory = kinds.get(entry.kind());
    DirectoryEntry old = directory == null ? null : directory.byId.get(entry.id());
    if (directory == null || old == null) {
      throw new NotFoundException(entry.kind(), entry.id(), tenant);
    }
    EntryId holder = directory.bySlug.get(entry.slug());
    if (holder != null && !holder.equals(entry.id())) {
      throw new DuplicateSlugException(entry.kind(), entry.slug(), tenant);
    }
    directory.bySlug.remove(old.slug());
    directory.bySlug.put(entry.slug(), entry.id());
    directory.byId.put(entry.id(), entry);
    changes.append(tenant, ChangeKind.ENTRY_SAVED, entry.id().toString());
  }

  @Override
  public synchronized boolean delete(String kind, EntryId id) {
    Directory directory = kinds.get(kind);
    DirectoryEntry old = directory == null ? null : directory.byId.remove(id);
    if (directory == null || old == null) {
      return false;
    }
    directory.bySlug.remove(old.slug());
    changes.append(tenant, ChangeKind.ENTRY_DELETED, id.toString());
    return true;
  }

  private void checkTenant(DirectoryEntry entry) {
    if (!tenant.equals(entry.tenantId())) {
      throw new IllegalArgumentException(
          "an entry of tenant " + entry.tenantId() + " cannot be stored in " + tenant);
    }
  }
}
