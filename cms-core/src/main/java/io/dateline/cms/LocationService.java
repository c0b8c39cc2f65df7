package io.dateline.cms;

import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;

/**
 * Manages one tenant's locations (cities, regions, countries). See {@link DirectoryService}.
 *
 * @since 0.1.0
 */
public interface LocationService extends DirectoryService<Location, LocationId, LocationDraft> {}
