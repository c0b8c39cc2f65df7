package io.dateline.cms;

import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;

/**
 * Manages one tenant's tags. See {@link DirectoryService}.
 *
 * @since 0.1.0
 */
public interface TagService extends DirectoryService<Tag, TagId, TagDraft> {}
