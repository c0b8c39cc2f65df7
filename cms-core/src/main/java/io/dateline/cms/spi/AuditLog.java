package io.dateline.cms.spi;

import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.audit.AuditRecord;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * One tenant's audit log: an append-only list of what commands did, who ran them and when.
 * Thread-safe; bound to its tenant like every repository of a {@link TenantStorage}: it never reads
 * another tenant's entries, and a record whose {@code tenantId} is another tenant's is refused with
 * {@link IllegalArgumentException}.
 *
 * <p><b>Recording with the change.</b> The services record a command with {@link #appendWith}: the
 * entry is stored with the content change the command makes, in the same transaction where the
 * backend has transactions, so that a change is never stored without its entry nor an entry without
 * its change. The default implementation runs the write and then {@link #append}s, which is right
 * for a backend without transactions.
 *
 * @since 0.1.0
 */
public interface AuditLog {

  /**
   * Stores an entry on its own.
   *
   * @param record what a command did; its tenant must be this log's
   * @return the stored entry, with its sequence
   */
  AuditEntry append(AuditRecord record);

  /**
   * Runs a command's write and stores its entry with it. A backend with transactions stores the
   * entry in the transaction of the first content change the write makes in this tenant (the one
   * that appends to the change feed); when the write throws before any content change was stored,
   * or makes none, nothing is recorded. The default runs the write and then {@link #append}s
   * (nothing when the write throws).
   *
   * @param record what the command did; its tenant must be this log's
   * @param write the command's storage write
   * @param <R> the write's result
   * @return what the write returned
   */
  default <R> R appendWith(AuditRecord record, Supplier<R> write) {
    R result = write.get();
    append(record);
    return result;
  }

  /**
   * Reads entries, newest first.
   *
   * @param query the filters, the cursor ({@link AuditQuery#before()}) and the most to return
   *     ({@link AuditQuery#limit()}, at least 1)
   * @return at most {@code query.limit()} matching entries of this tenant, in descending sequence
   */
  List<AuditEntry> find(AuditQuery query);

  /**
   * Deletes the entries recorded before a time, for a retention policy ({@code
   * Dateline.Builder.auditRetention}). Entries recorded at {@code before} or later stay. The
   * default refuses, for a backend written before retention existed; Dateline then keeps every
   * entry and logs that once.
   *
   * @param before entries recorded strictly before this time are deleted
   * @return how many entries were deleted
   * @throws UnsupportedOperationException when the backend cannot delete entries
   * @since 0.1.0
   */
  default long prune(Instant before) {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not implement AuditLog.prune");
  }
}
