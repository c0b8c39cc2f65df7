package io.dateline.cms.spi;

import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;

/**
 * Storage of one tenant's tags; see {@link DirectoryRepository} for the contract.
 *
 * @since 0.1.0
 */
public interface TagRepository extends DirectoryRepository<Tag, TagId> {}
