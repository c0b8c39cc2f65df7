package io.dateline.cms.changes;

import io.dateline.cms.model.ArticleStatus;
import java.util.Objects;

/**
 * What a {@link Change} did. Article kinds follow the lifecycle: a write that moves an article to a
 * new status is recorded under that status's kind; any other write to an article is {@link
 * #ARTICLE_UPDATED}.
 *
 * @since 0.1.0
 */
public enum ChangeKind {
  /** A tenant was created or its settings replaced; the subject is the tenant id. */
  TENANT_SAVED(Subject.TENANT),
  /** A new article (a draft). */
  ARTICLE_CREATED(Subject.ARTICLE),
  /** An article's content changed, or it went back to draft, without another status change. */
  ARTICLE_UPDATED(Subject.ARTICLE),
  /** An article was scheduled. */
  ARTICLE_SCHEDULED(Subject.ARTICLE),
  /** An article became visible (now, or when its schedule came due). */
  ARTICLE_PUBLISHED(Subject.ARTICLE),
  /** A published article was taken down. */
  ARTICLE_UNPUBLISHED(Subject.ARTICLE),
  /** An article was archived. */
  ARTICLE_ARCHIVED(Subject.ARTICLE),
  /** An article was deleted. */
  ARTICLE_DELETED(Subject.ARTICLE),
  /** An author was created or changed. */
  AUTHOR_SAVED(Subject.AUTHOR),
  /** An author was deleted. */
  AUTHOR_DELETED(Subject.AUTHOR),
  /** A tag was created or changed. */
  TAG_SAVED(Subject.TAG),
  /** A tag was deleted. */
  TAG_DELETED(Subject.TAG),
  /** A location was created or changed. */
  LOCATION_SAVED(Subject.LOCATION),
  /** A location was deleted. */
  LOCATION_DELETED(Subject.LOCATION),
  /** A section was created or changed. */
  SECTION_SAVED(Subject.SECTION),
  /** A section was deleted. */
  SECTION_DELETED(Subject.SECTION),
  /**
   * An image asset was uploaded or its details (alt text, caption, credit, focal point) changed.
   *
   * @since 0.1.0
   */
  IMAGE_SAVED(Subject.IMAGE),
  /**
   * An image asset was deleted.
   *
   * @since 0.1.0
   */
  IMAGE_DELETED(Subject.IMAGE),
  /**
   * An entry of an application-defined directory kind was created or changed; the subject is its
   * {@link io.dateline.cms.model.EntryId}.
   *
   * @since 0.1.0
   */
  ENTRY_SAVED(Subject.ENTRY),
  /**
   * An entry of an application-defined directory kind was deleted.
   *
   * @since 0.1.0
   */
  ENTRY_DELETED(Subject.ENTRY);

  /** The kind of object a change is about. */
  public enum Subject {
    /** The tenant itself. */
    TENANT,
    /** An article. */
    ARTICLE,
    /** An author. */
    AUTHOR,
    /** A tag. */
    TAG,
    /** A location. */
    LOCATION,
    /** A section. */
    SECTION,
    /**
     * An image asset.
     *
     * @since 0.1.0
     */
    IMAGE,
    /**
     * An entry of an application-defined directory kind ({@link io.dateline.cms.DirectoryKind}).
     *
     * @since 0.1.0
     */
    ENTRY
  }

  private final Subject subject;

  ChangeKind(Subject subject) {
    this.subject = subject;
  }

  /**
   * The kind of a successful article update: the new status's kind when the status changed (a step
   * back to {@link ArticleStatus#DRAFT} is {@link #ARTICLE_UPDATED}), else {@link
   * #ARTICLE_UPDATED}. Backends call it so that every store records the same kinds.
   *
   * @param before the status the article had before the update; never {@code null}
   * @param after the status it has after; never {@code null}
   * @return the kind to record
   * @since 0.1.0
   */
  public static ChangeKind ofArticleUpdate(ArticleStatus before, ArticleStatus after) {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before == after) {
      return ARTICLE_UPDATED;
    }
    return switch (after) {
      case DRAFT -> ARTICLE_UPDATED;
      case SCHEDULED -> ARTICLE_SCHEDULED;
      case PUBLISHED -> ARTICLE_PUBLISHED;
      case UNPUBLISHED -> ARTICLE_UNPUBLISHED;
      case ARCHIVED -> ARTICLE_ARCHIVED;
    };
  }

  /**
   * What kind of object changed.
   *
   * @return the subject kind
   */
  public Subject subject() {
    return subject;
  }
}
