package io.dateline.cms.spi;

import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;

/**
 * Storage of one tenant's sections; see {@link DirectoryRepository} for the contract.
 *
 * @since 0.1.0
 */
public interface SectionRepository extends DirectoryRepository<Section, SectionId> {}
