package io.dateline.cms.spi;

import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;

/**
 * Storage of one tenant's locations; see {@link DirectoryRepository} for the contract.
 *
 * @since 0.1.0
 */
public interface LocationRepository extends DirectoryRepository<Location, LocationId> {}
