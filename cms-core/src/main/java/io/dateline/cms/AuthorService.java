package io.dateline.cms;

import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;

/**
 * Manages one tenant's authors. See {@link DirectoryService}.
 *
 * @since 0.1.0
 */
public interface AuthorService extends DirectoryService<Author, AuthorId, AuthorDraft> {}
