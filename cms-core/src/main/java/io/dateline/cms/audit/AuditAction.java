package io.dateline.cms.audit;

/**
 * What a recorded command did to its subject. Together with {@link AuditSubject} it names the
 * command: {@code (ARTICLE, PUBLISHED)}, {@code (TAG, DELETED)}. New constants may be added in
 * later versions; code that switches over them should have a default branch.
 *
 * @since 0.1.0
 */
public enum AuditAction {
  /** The subject was created. */
  CREATED,
  /** The subject's content was changed. */
  UPDATED,
  /** An article was published, by a person or by the scheduler when its time came. */
  PUBLISHED,
  /** An article was scheduled for publication; the detail holds the time. */
  SCHEDULED,
  /** An article's scheduled publication was cancelled; it is a draft again. */
  SCHEDULE_CANCELLED,
  /** An article was taken off the site. */
  UNPUBLISHED,
  /** An article was archived. */
  ARCHIVED,
  /** The subject was deleted. */
  DELETED,
  /** A tag was merged into another and is gone; the detail names the tag that stays. */
  MERGED
}
