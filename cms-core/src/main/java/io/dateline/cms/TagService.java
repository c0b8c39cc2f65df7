package io.dateline.cms;

import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;

/**
 * Manages one tenant's tags. See {@link DirectoryService}.
 *
 * @since 0.1.0
 */
public interface TagService extends DirectoryService<Tag, TagId, TagDraft> {

  /**
   * Merges one tag into another: every article tagged {@code from} (any status) is tagged {@code
   * into} instead, {@code from} is deleted, and its URL (and every former URL that led to it)
   * redirects to {@code into}'s. Each re-tagged article is stored with its next version and appears
   * in the change feed, so caches refresh; article events are not published for them.
   *
   * <p>The default refuses, for implementations written before merging existed.
   *
   * @param from the tag that disappears
   * @param into the tag that stays
   * @return the tag that stays
   * @throws ValidationException when both ids are the same (rule {@code Distinct})
   * @throws NotFoundException when either names no tag of this tenant
   * @throws UnsupportedOperationException when the implementation cannot merge
   * @since 0.1.0
   */
  default Tag merge(TagId from, TagId into) {
    throw new UnsupportedOperationException(getClass().getName() + " cannot merge tags");
  }
}
