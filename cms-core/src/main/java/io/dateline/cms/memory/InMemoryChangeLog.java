package io.dateline.cms.memory;

import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ChangeLog;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The change feed in the heap: every change ever appended, kept for the life of the store (a
 * reference store holds all content in the heap anyway; the feed is a small fraction of it).
 *
 * <p>Repositories call {@link #append} inside the critical section of the write it records, so a
 * write that fails appends nothing and positions follow the order in which writes became visible.
 * One lock guards the log: assigning a position and making the change readable happen together, so
 * a reader always sees a gap-free prefix of the feed. Positions are 1, 2, 3, ... without gaps,
 * which lets reads find their start by index instead of searching.
 */
final class InMemoryChangeLog implements ChangeLog {
  private final Clock clock;
  private final List<Change> all = new ArrayList<>();
  private final Map<TenantId, List<Change>> byTenant = new HashMap<>();

  InMemoryChangeLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * Records one change; call it while holding the lock of the write it records, after the write
   * succeeded.
   */
  synchronized void append(TenantId tenant, ChangeKind kind, String subjectId) {
    // Microseconds: the precision every store keeps, so the in-memory feed compares with the
    // others exactly.
    Change change =
        new Change(
            all.size() + 1L,
            tenant,
            kind,
            subjectId,
            clock.instant().truncatedTo(ChronoUnit.MICROS));
    all.add(change);
    byTenant.computeIfAbsent(tenant, t -> new ArrayList<>()).add(change);
    // The audit entry of the command making this change, if one is waiting, is stored with it.
    InMemoryAuditLog.changed(tenant);
  }

  @Override
  public synchronized List<Change> read(long afterPosition, int limit) {
    checkLimit(limit);
    // Position p is at index p - 1.
    int from = (int) Math.min(Math.max(afterPosition, 0), all.size());
    return List.copyOf(all.subList(from, (int) Math.min(all.size(), (long) from + limit)));
  }

  @Override
  public synchronized List<Change> read(TenantId tenantId, long afterPosition, int limit) {
    Objects.requireNonNull(tenantId, "tenantId");
    checkLimit(limit);
    List<Change> changes = byTenant.getOrDefault(tenantId, List.of());
    int from = firstAfter(changes, afterPosition);
    return List.copyOf(changes.subList(from, (int) Math.min(changes.size(), (long) from + limit)));
  }

  @Override
  public synchronized long head() {
    return all.size();
  }

  /** The index of the first change with a position above {@code position}: a binary search. */
  private static int firstAfter(List<Change> changes, long position) {
    int low = 0;
    int high = changes.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (changes.get(mid).position() <= position) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static void checkLimit(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }
}
