package io.dateline.cms.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a listing.
 *
 * @param items the items, in listing order; never {@code null}
 * @param next the cursor for the following page, or {@code null} when this is the last page
 * @param <T> the item type
 * @since 0.1.0
 */
public record Page<T>(List<T> items, @Nullable PageCursor next) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /**
   * The cursor of the following page.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<PageCursor> nextCursor() {
    return Optional.ofNullable(next);
  }

  /**
   * Whether another page follows.
   *
   * @return {@code true} when {@link #nextCursor()} is present
   */
  public boolean hasNext() {
    return next != null;
  }
}
