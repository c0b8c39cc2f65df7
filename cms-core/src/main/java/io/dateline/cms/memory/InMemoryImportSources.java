package io.dateline.cms.memory;

import io.dateline.cms.spi.ImportSource;
import io.dateline.cms.spi.ImportSourceRepository;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One tenant's import sources in the heap; the map's atomic operations give the SPI's atomicity.
 */
final class InMemoryImportSources implements ImportSourceRepository {
  private final ConcurrentMap<String, ImportSource> sources = new ConcurrentHashMap<>();

  @Override
  public Optional<ImportSource> find(String uri) {
    return Optional.ofNullable(sources.get(Objects.requireNonNull(uri, "uri must not be null")));
  }

  @Override
  public boolean insert(ImportSource source) {
    Objects.requireNonNull(source, "source must not be null");
    return sources.putIfAbsent(source.uri(), source) == null;
  }

  @Override
  public boolean update(ImportSource source, long expectedVersion) {
    Objects.requireNonNull(source, "source must not be null");
    boolean[] replaced = {false};
    sources.computeIfPresent(
        source.uri(),
        (uri, stored) -> {
          if (stored.version() != expectedVersion) {
            return stored;
          }
          replaced[0] = true;
          return source;
        });
    return replaced[0];
  }

  @Override
  public boolean delete(String uri) {
    return sources.remove(Objects.requireNonNull(uri, "uri must not be null")) != null;
  }
}
