package io.dateline.cms.views;

import io.dateline.cms.StorageException;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wraps a real store and fails chosen {@code add} calls, either before delegating (nothing stored)
 * or after (stored, but the caller hears a failure, as when a commit's reply is lost).
 */
final class FlakyViewCountStore extends ForwardingViewCountStore {
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

  private volatile Plan plan;
  private final List<ViewBatch> calls = new CopyOnWriteArrayList<>();

  FlakyViewCountStore(ViewCountStore delegate, Plan plan) {
    super(delegate);
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
    boolean applied = super.add(batch);
    if (outcome == Outcome.FAIL_AFTER_COMMIT) {
      throw new StorageException("commit reply lost (simulated)", null);
    }
    return applied;
  }
}
