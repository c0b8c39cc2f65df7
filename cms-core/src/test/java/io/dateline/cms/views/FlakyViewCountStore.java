package io.dateline.cms.views;

import io.dateline.cms.StorageException;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.spi.ViewTotal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps a real store and fails chosen {@code add} calls, either before delegating (nothing stored)
 * or after (stored, but the caller hears a failure, as when a commit's reply is lost).
 */
final class FlakyViewCountStore implements ViewCountStore {
  /** What happens to one call. */
  enum Outcome {
    PASS,
    FAIL_BEFORE_COMMIT,
    FAIL_AFTER_COMMIT
  }

  /** Decides the outcome of the n-th call to {@code add}, counting from 1. */
  interface Plan {
    Outcome outcome(int call);
  }

  private final ViewCountStore delegate;
  private volatile Plan plan;
  private final List<ViewBatch> calls = new CopyOnWriteArrayList<>();

  FlakyViewCountStore(ViewCountStore delegate, Plan plan) {
    this.delegate = delegate;
    this.plan = plan;
  }

  void plan(Plan plan) {
    this.plan = plan;
  }

  /** Every batch passed to {@code add}, in call order, failed or not. */
  List<ViewBatch> calls() {
    return calls;
  }

  @Override
  public boolean add(ViewBatch batch) {
    calls.add(batch);
    Outcome outcome = plan.outcome(calls.size());
    if (outcome == Outcome.FAIL_BEFORE_COMMIT) {
      throw new StorageException("connection refused (simulated)", null);
    }
    boolean applied = delegate.add(batch);
    if (outcome == Outcome.FAIL_AFTER_COMMIT) {
      throw new StorageException("commit reply lost (simulated)", null);
    }
    return applied;
  }

  @Override
  public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds) {
    return delegate.totals(tenantId, articleIds);
  }

  @Override
  public List<ViewTotal> top(
      TenantId tenantId, LocalDate fromInclusive, LocalDate toInclusive, int limit) {
    return delegate.top(tenantId, fromInclusive, toInclusive, limit);
  }

  @Override
  public List<ViewTotal> topAllTime(TenantId tenantId, int limit) {
    return delegate.topAllTime(tenantId, limit);
  }

  @Override
  public int forgetBatchIds(java.time.Duration olderThan) {
    return delegate.forgetBatchIds(olderThan);
  }
}
