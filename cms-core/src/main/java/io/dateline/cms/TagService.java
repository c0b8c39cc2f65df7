package io.dateline.cms;

import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;

/** Manages one tenant's tags. See {@link DirectoryService}. */
public interface TagService extends DirectoryService<Tag, TagId, TagDraft> {}
