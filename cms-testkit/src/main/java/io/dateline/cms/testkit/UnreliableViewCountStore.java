package io.dateline.cms.testkit;

import io.dateline.cms.StorageException;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.views.ViewTotal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A real {@link ViewCountStore} behind scripted failures of {@link #add(ViewBatch)}, for testing
 * how a view counter survives them on any backend.
 *
 * <p>Each call to {@code add} takes the next scripted fault, if any: {@link Fault#LOST_CONNECTION}
 * throws before the batch reaches the store (nothing is added), {@link Fault#LOST_REPLY} throws
 * after the store applied it (as when the commit succeeded but its acknowledgement never arrived).
 * With the script empty, calls pass through. Reads always pass through.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class UnreliableViewCountStore implements ViewCountStore {
  /** A scripted failure of one {@code add} call. */
  public enum Fault {
    /** Throw without calling the store. */
    LOST_CONNECTION,
    /** Call the store, then throw as if its reply was lost. */
    LOST_REPLY
  }

  private final ViewCountStore store;
  private final Deque<Fault> script = new ArrayDeque<>();
  private final List<ViewBatch> attempts = new ArrayList<>();

  /**
   * Wraps a store.
   *
   * @param store the real store
   */
  public UnreliableViewCountStore(ViewCountStore store) {
    this.store = store;
  }

  /**
   * Appends faults for the next calls to {@code add}, in order.
   *
   * @param faults the faults
   * @return this store
   */
  public synchronized UnreliableViewCountStore thenFail(Fault... faults) {
    script.addAll(List.of(faults));
    return this;
  }

  /**
   * Appends the same fault {@code times} times.
   *
   * @param fault the fault
   * @param times how many calls fail with it
   * @return this store
   */
  public synchronized UnreliableViewCountStore thenFail(Fault fault, int times) {
    for (int i = 0; i < times; i++) {
      script.add(fault);
    }
    return this;
  }

  /** Drops the remaining script: every later call passes. */
  public synchronized void recover() {
    script.clear();
  }

  /**
   * Every batch passed to {@code add}, in call order, including failed ones.
   *
   * @return a copy
   */
  public synchronized List<ViewBatch> attempts() {
    return List.copyOf(attempts);
  }

  @Override
  public boolean add(ViewBatch batch) {
    Fault fault;
    synchronized (this) {
      attempts.add(batch);
      fault = script.poll();
    }
    if (fault == Fault.LOST_CONNECTION) {
      throw new StorageException("scripted fault: connection lost before the batch was sent", null);
    }
    boolean applied = store.add(batch);
    if (fault == Fault.LOST_REPLY) {
      throw new StorageException("scripted fault: reply lost after the batch was applied", null);
    }
    return applied;
  }

  @Override
  public int forgetBatchIds(Duration olderThan) {
    return store.forgetBatchIds(olderThan);
  }

  @Override
  public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds) {
    return store.totals(tenantId, articleIds);
  }

  @Override
  public List<ViewTotal> top(
      TenantId tenantId, LocalDate fromInclusive, LocalDate toInclusive, int limit) {
    return store.top(tenantId, fromInclusive, toInclusive, limit);
  }

  @Override
  public List<ViewTotal> topAllTime(TenantId tenantId, int limit) {
    return store.topAllTime(tenantId, limit);
  }
}
