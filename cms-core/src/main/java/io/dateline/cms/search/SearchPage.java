package io.dateline.cms.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of search hits, best first.
 *
 * @param hits the hits of this page; at most the query's limit
 * @param nextCursor the cursor of the next page ({@link SearchQuery#after}), or {@code null} on the
 *     last page
 */
public record SearchPage(List<SearchHit> hits, @Nullable String nextCursor) {

  /** Copies the list. */
  public SearchPage {
    hits = List.copyOf(Objects.requireNonNull(hits, "hits"));
  }

  /**
   * The page without hits.
   *
   * @return an empty last page
   */
  public static SearchPage empty() {
    return new SearchPage(List.of(), null);
  }

  /**
   * The next page's cursor.
   *
   * @return the cursor, or empty on the last page
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
