package io.dateline.cms.memory;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.DirectoryEntryRepository;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's entries of application-defined directory kinds: per kind, the same in-memory directory
 * the built-in kinds use ({@link InMemoryDirectory}), with nothing referring to its entries.
 */
final class InMemoryEntries implements DirectoryEntryRepository {
  private final TenantId tenant;
  private final InMemoryChangeLog changes;
  private final ConcurrentMap<String, Kind> kinds = new ConcurrentHashMap<>();

  /** One kind's entries. */
  private static final class Kind extends InMemoryDirectory<DirectoryEntry, EntryId> {
    Kind(TenantId tenant, String name, InMemoryChangeLog changes) {
      super(
          tenant,
          name,
          DirectoryEntry::tenantId,
          DirectoryEntry::id,
          DirectoryEntry::slug,
          changes,
          ChangeKind.ENTRY_SAVED,
          ChangeKind.ENTRY_DELETED,
          new Object(),
          id -> 0, // articles never refer to entries of application kinds
          null);
    }
  }

  InMemoryEntries(TenantId tenant, InMemoryChangeLog changes) {
    this.tenant = tenant;
    this.changes = changes;
  }

  private Kind kind(String name) {
    return kinds.computeIfAbsent(name, n -> new Kind(tenant, n, changes));
  }

  @Override
  public Optional<DirectoryEntry> findById(String kind, EntryId id) {
    Kind found = kinds.get(kind);
    return found == null ? Optional.empty() : found.findById(id);
  }

  @Override
  public Optional<DirectoryEntry> findBySlug(String kind, String slug) {
    Kind found = kinds.get(kind);
    return found == null ? Optional.empty() : found.findBySlug(slug);
  }

  @Override
  public List<DirectoryEntry> list(String kind, @Nullable String afterSlug, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    Kind found = kinds.get(kind);
    return found == null ? List.of() : found.list(afterSlug, limit);
  }

  @Override
  public boolean exists(String kind, EntryId id) {
    return findById(kind, id).isPresent();
  }

  @Override
  public void insert(DirectoryEntry entry) {
    kind(entry.kind()).insert(entry);
  }

  @Override
  public void update(DirectoryEntry entry) {
    kind(entry.kind()).update(entry);
  }

  @Override
  public boolean delete(String kind, EntryId id) {
    Kind found = kinds.get(kind);
    return found != null && found.delete(id);
  }
}
