package io.dateline.cms;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of an article's revisions, newest first.
 *
 * @param items the revisions, highest number first; never {@code null}
 * @param nextBefore the {@code before} argument that returns the following (older) page, or {@code
 *     null} when this is the last page
 * @since 0.1.0
 */
public record RevisionPage(List<Revision> items, @Nullable Integer nextBefore) {
  /** Copies the items. */
  public RevisionPage {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * Whether older revisions follow.
   *
   * @return {@code true} when {@link #nextBefore()} is set
   */
  public boolean hasNext() {
    return nextBefore != null;
  }
}
