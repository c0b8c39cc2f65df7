package io.dateline.cms;

import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import io.dateline.cms.spi.DirectoryEntryRepository;
import io.dateline.cms.spi.DirectoryRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One application-defined kind's view of the tenant's {@link DirectoryEntryRepository}, in the
 * shape the directory service works with: it fixes the kind's name and converts between entries and
 * the kind's type.
 */
final class KindRepository<T> implements DirectoryRepository<T, EntryId> {
  private final DirectoryKind<T, ?> kind;
  private final DirectoryEntryRepository entries;

  KindRepository(DirectoryKind<T, ?> kind, DirectoryEntryRepository entries) {
    this.kind = kind;
    this.entries = entries;
  }

  @Override
  public Optional<T> findById(EntryId id) {
    return entries.findById(kind.name(), id).map(kind::fromEntry);
  }

  @Override
  public List<T> findByIds(Collection<EntryId> ids) {
    return ids.stream()
        .distinct()
        .map(id -> entries.findById(kind.name(), id))
        .flatMap(Optional::stream)
        .map(kind::fromEntry)
        .toList();
  }

  @Override
  public Optional<T> findBySlug(String slug) {
    return entries.findBySlug(kind.name(), slug).map(kind::fromEntry);
  }

  @Override
  public List<T> list(@Nullable String afterSlug, int limit) {
    return entries.list(kind.name(), afterSlug, limit).stream().map(kind::fromEntry).toList();
  }

  @Override
  public void insert(T value) {
    entries.insert(entry(value));
  }

  @Override
  public void update(T value) {
    entries.update(entry(value));
  }

  @Override
  public boolean delete(EntryId id) {
    return entries.delete(kind.name(), id);
  }

  private DirectoryEntry entry(T value) {
    DirectoryEntry entry = kind.toEntry(value);
    if (!kind.name().equals(entry.kind())) {
      throw new IllegalArgumentException(
          "an entry of kind " + entry.kind() + " cannot be stored as " + kind.name());
    }
    return entry;
  }
}
