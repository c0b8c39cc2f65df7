package io.dateline.cms.memory;

import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.SlugKind;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One tenant's former slugs in the heap; the map's atomic operations give the SPI's atomicity. */
final class InMemorySlugHistory implements SlugHistory {
  private record Key(SlugKind kind, String slug) {}

  private final ConcurrentMap<Key, UUID> records = new ConcurrentHashMap<>();

  @Override
  public void record(SlugKind kind, String oldSlug, UUID target) {
    records.put(key(kind, oldSlug), Objects.requireNonNull(target, "target must not be null"));
  }

  @Override
  public Optional<UUID> find(SlugKind kind, String oldSlug) {
    return Optional.ofNullable(records.get(key(kind, oldSlug)));
  }

  @Override
  public int retarget(SlugKind kind, UUID from, UUID to) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    int changed = 0;
    for (Map.Entry<Key, UUID> e : records.entrySet()) {
      if (e.getKey().kind() == kind && records.replace(e.getKey(), from, to)) {
        changed++;
      }
    }
    return changed;
  }

  @Override
  public int forget(SlugKind kind, UUID target) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(target, "target must not be null");
    int removed = 0;
    for (Key key : records.keySet()) {
      if (key.kind() == kind && records.remove(key, target)) {
        removed++;
      }
    }
    return removed;
  }

  private static Key key(SlugKind kind, String slug) {
    return new Key(
        Objects.requireNonNull(kind, "kind must not be null"),
        Objects.requireNonNull(slug, "oldSlug must not be null"));
  }
}
