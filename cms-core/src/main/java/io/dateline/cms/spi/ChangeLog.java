package io.dateline.cms.spi;

import io.dateline.cms.changes.Change;
import io.dateline.cms.model.TenantId;
import java.util.List;

/**
 * The read side of a backend's change feed. Thread-safe.
 *
 * <p>The write side is part of every repository's contract: each successful {@code insert}, {@code
 * update} and {@code delete} of an article, author, tag, location, section or directory entry
 * ({@link DirectoryEntryRepository}), and each {@link TenantRepository#save}, appends exactly one
 * {@link Change} in the same transaction as the write; a write that fails or is rolled back appends
 * nothing. A delete that deleted nothing appends nothing.
 *
 * <p>Positions must be assigned so that a reader never misses a change: when a reader has seen
 * position {@code p}, no change with a position at or below {@code p} may become visible later. (A
 * plain database sequence does not give this: two transactions can take positions 10 and 11 and
 * commit 11 first.) Gaps are allowed.
 *
 * @since 0.1.0
 */
public interface ChangeLog {

  /**
   * Changes of every tenant after a position, oldest first.
   *
   * @param afterPosition return only positions greater than this; 0 for the beginning
   * @param limit the most to return, at least 1
   * @return the changes in position order
   */
  List<Change> read(long afterPosition, int limit);

  /**
   * Changes of one tenant after a position, oldest first.
   *
   * @param tenantId the tenant
   * @param afterPosition return only positions greater than this; 0 for the beginning
   * @param limit the most to return, at least 1
   * @return the tenant's changes in position order
   */
  List<Change> read(TenantId tenantId, long afterPosition, int limit);

  /**
   * The highest position written so far.
   *
   * @return the position, or 0 when the feed is empty
   */
  long head();
}
