package io.dateline.cms.spi;

import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores one tenant's image assets (their descriptions; the bytes live in a {@link BlobStore}).
 * Every method sees only the tenant of the {@link TenantStorage} it came from.
 *
 * @since 0.1.0
 */
public interface ImageRepository {
  /**
   * Inserts or replaces an asset, and appends {@code IMAGE_SAVED} to the change feed atomically
   * with the write (see {@link ChangeLog}), so that caches showing the image learn of the change.
   *
   * @param asset the asset, of this repository's tenant
   */
  void save(ImageAsset asset);

  /**
   * Finds an asset.
   *
   * @param id the asset's id
   * @return the asset, or empty when this tenant has none with that id
   */
  Optional<ImageAsset> findById(ImageId id);

  /**
   * Finds several assets in one read; ids of other tenants or of nothing are left out.
   *
   * @param ids the ids
   * @return the assets found, in no particular order
   */
  List<ImageAsset> findByIds(Collection<ImageId> ids);

  /**
   * Removes an asset, appending {@code IMAGE_DELETED} to the change feed atomically with the
   * removal; removing nothing appends nothing.
   *
   * @param id the asset's id
   * @return whether an asset was removed
   */
  boolean delete(ImageId id);
}
