package io.dateline.cms.memory;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ImageRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** One tenant's image assets in the heap. */
final class InMemoryImageRepository implements ImageRepository {
  private final TenantId tenant;
  private final InMemoryChangeLog changes;
  private final ConcurrentMap<ImageId, ImageAsset> assets = new ConcurrentHashMap<>();

  InMemoryImageRepository(TenantId tenant, InMemoryChangeLog changes) {
    this.tenant = tenant;
    this.changes = changes;
  }

  @Override
  public void save(ImageAsset asset) {
    Objects.requireNonNull(asset, "asset must not be null");
    if (!asset.tenantId().equals(tenant)) {
      throw new IllegalArgumentException(
          "image " + asset.id() + " belongs to tenant " + asset.tenantId() + ", not " + tenant);
    }
    // Under the change log's lock, so the feed's order is the order of the writes.
    synchronized (changes) {
      assets.put(asset.id(), asset);
      changes.append(tenant, ChangeKind.IMAGE_SAVED, asset.id().toString());
    }
  }

  @Override
  public Optional<ImageAsset> findById(ImageId id) {
    return Optional.ofNullable(assets.get(Objects.requireNonNull(id, "id must not be null")));
  }

  @Override
  public List<ImageAsset> findByIds(Collection<ImageId> ids) {
    List<ImageAsset> found = new ArrayList<>(ids.size());
    for (ImageId id : ids.stream().distinct().toList()) {
      ImageAsset asset = assets.get(id);
      if (asset != null) {
        found.add(asset);
      }
    }
    return found;
  }

  @Override
  public boolean delete(ImageId id) {
    Objects.requireNonNull(id, "id must not be null");
    synchronized (changes) {
      if (assets.remove(id) == null) {
        return false;
      }
      changes.append(tenant, ChangeKind.IMAGE_DELETED, id.toString());
      return true;
    }
  }
}
