package io.dateline.cms.spi;

import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;

/**
 * Storage of one tenant's authors; see {@link DirectoryRepository} for the contract.
 *
 * @since 0.1.0
 */
public interface AuthorRepository extends DirectoryRepository<Author, AuthorId> {}
