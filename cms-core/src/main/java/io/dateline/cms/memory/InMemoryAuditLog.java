package io.dateline.cms.memory;

import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.audit.AuditRecord;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's audit log in the heap, kept for the life of the store.
 *
 * <p>{@link #appendWith} stores its entry from inside the write: the change log calls {@link
 * #changed} while the write still holds the tenant's lock, so the entry appears together with the
 * change, and a write that fails or changes nothing records nothing, as on a transactional backend.
 * The pending entry travels in a thread-local because the repositories' write methods have no room
 * for it.
 */
final class InMemoryAuditLog implements AuditLog {
  /** Sequences for every in-memory log of the JVM: unique and increasing within any one store. */
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private static final ThreadLocal<@Nullable Pending> PENDING = new ThreadLocal<>();

  private final TenantId tenant;
  private final List<AuditEntry> entries = new ArrayList<>(); // guarded by this, sequence order

  InMemoryAuditLog(TenantId tenant) {
    this.tenant = tenant;
  }

  /** An entry waiting for the content change it records. */
  private static final class Pending {
    final InMemoryAuditLog log;
    final AuditRecord record;
    boolean stored;

    Pending(InMemoryAuditLog log, AuditRecord record) {
      this.log = log;
      this.record = record;
    }
  }

  /**
   * Called by the change log for every content change, inside the write: stores the entry the
   * running {@link #appendWith} of this tenant is waiting to record, once.
   *
   * @param changed the tenant whose content changed
   */
  static void changed(TenantId changed) {
    Pending pending = PENDING.get();
    if (pending != null && !pending.stored && pending.log.tenant.equals(changed)) {
      pending.log.append(pending.record);
      pending.stored = true;
    }
  }

  @Override
  public AuditEntry append(AuditRecord record) {
    Objects.requireNonNull(record, "record");
    if (!record.tenantId().equals(tenant)) {
      throw new IllegalArgumentException(
          "audit record of tenant " + record.tenantId() + " given to the log of " + tenant);
    }
    synchronized (this) {
      AuditEntry entry = new AuditEntry(SEQUENCE.incrementAndGet(), record);
      entries.add(entry);
      return entry;
    }
  }

  @Override
  public <R> R appendWith(AuditRecord record, Supplier<R> write) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(write, "write");
    if (!record.tenantId().equals(tenant)) {
      throw new IllegalArgumentException(
          "audit record of tenant " + record.tenantId() + " given to the log of " + tenant);
    }
    Pending outer = PENDING.get();
    PENDING.set(new Pending(this, record));
    try {
      return write.get();
    } finally {
      PENDING.set(outer);
    }
  }

  @Override
  public synchronized List<AuditEntry> find(AuditQuery query) {
    Objects.requireNonNull(query, "query");
    if (query.limit() < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + query.limit());
    }
    List<AuditEntry> found = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0 && found.size() < query.limit(); i--) {
      AuditEntry entry = entries.get(i);
      if (query.matches(entry)) {
        found.add(entry);
      }
    }
    return found;
  }

  @Override
  public synchronized long prune(Instant before) {
    Objects.requireNonNull(before, "before");
    int size = entries.size();
    entries.removeIf(e -> e.at().isBefore(before));
    return (long) size - entries.size();
  }
}
