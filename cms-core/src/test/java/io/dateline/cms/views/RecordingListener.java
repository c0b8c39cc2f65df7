package io.dateline.cms.views;

import io.dateline.cms.spi.ViewBatch;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Keeps what a counter reported, and lets a test wait for flushes made by the flusher thread. */
final class RecordingListener implements ViewCounterListener {
  record Stored(ViewBatch batch, int attempt, boolean applied) {}

  record Failed(ViewBatch batch, int attempt, RuntimeException error) {}

  final List<Stored> stored = new CopyOnWriteArrayList<>();
  final List<Failed> failed = new CopyOnWriteArrayList<>();
  final List<Long> pendingAfterFlush = new CopyOnWriteArrayList<>();
  private final Semaphore flushes = new Semaphore(0);

  @Override
  public void batchStored(ViewBatch batch, int attempt, boolean applied) {
    stored.add(new Stored(batch, attempt, applied));
  }

  @Override
  public void batchFailed(ViewBatch batch, int attempt, RuntimeException error) {
    failed.add(new Failed(batch, attempt, error));
  }

  @Override
  public void flushed(long pendingViews, boolean complete) {
    pendingAfterFlush.add(pendingViews);
    flushes.release();
  }

  /** Waits for a flush to finish; generous, since a loaded CI machine can be slow. */
  boolean awaitFlush() throws InterruptedException {
    return flushes.tryAcquire(30, TimeUnit.SECONDS);
  }
}
