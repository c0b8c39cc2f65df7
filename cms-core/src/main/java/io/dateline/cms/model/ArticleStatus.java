package io.dateline.cms.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article is in its life. Only the transitions returned by {@link #next()} are legal;
 * services reject any other with {@link io.dateline.cms.IllegalTransitionException}.
 *
 * <pre>
 * DRAFT ──► SCHEDULED ──► PUBLISHED ──► UNPUBLISHED ──► PUBLISHED | SCHEDULED
 *   │  ╲        │             │               │
 *   │   ╲──────────────────►  │               ▼
 *   ▼           ▼ (cancel)    ▼           ARCHIVED
 * ARCHIVED    DRAFT        ARCHIVED
 * </pre>
 *
 * @since 0.1.0
 */
public enum ArticleStatus {
  /** Being written; invisible to readers. */
  DRAFT,
  /** Will become visible at {@link Article#publishAt()}. */
  SCHEDULED,
  /** Visible to readers. */
  PUBLISHED,
  /** Taken down; may be published again. */
  UNPUBLISHED,
  /** Kept for the record; final. */
  ARCHIVED;

  /**
   * The statuses this one may move to.
   *
   * @return an unmodifiable set, empty for {@link #ARCHIVED}
   */
  public Set<ArticleStatus> next() {
    return switch (this) {
      case DRAFT -> Set.copyOf(EnumSet.of(SCHEDULED, PUBLISHED, ARCHIVED));
      case SCHEDULED -> Set.copyOf(EnumSet.of(PUBLISHED, DRAFT));
      case PUBLISHED -> Set.copyOf(EnumSet.of(UNPUBLISHED, ARCHIVED));
      case UNPUBLISHED -> Set.copyOf(EnumSet.of(PUBLISHED, SCHEDULED, ARCHIVED));
      case ARCHIVED -> Set.of();
    };
  }

  /**
   * Whether moving to {@code target} is legal.
   *
   * @param target the wanted status
   * @return {@code true} when allowed
   */
  public boolean canMoveTo(ArticleStatus target) {
    return next().contains(target);
  }
}
