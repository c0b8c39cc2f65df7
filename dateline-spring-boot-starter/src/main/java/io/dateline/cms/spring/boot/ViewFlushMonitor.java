package io.dateline.cms.spring.boot;

import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.views.ViewCounterListener;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Remembers how the view counter's flushes went, for the health indicator: whether the last flush
 * stored everything, since when flushes have been failing, and the last error. Installed on the
 * counter by the auto-configuration.
 *
 * <p>Thread-safe: the counter calls it one flush at a time, readers read volatile fields.
 */
public final class ViewFlushMonitor implements ViewCounterListener {
  private final Clock clock;
  private volatile @Nullable Instant failingSince;
  private volatile @Nullable Instant lastCompleteFlush;
  private volatile @Nullable String lastError;

  /**
   * Creates the monitor.
   *
   * @param clock the clock times are taken from
   */
  public ViewFlushMonitor(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void batchFailed(ViewBatch batch, int attempt, RuntimeException error) {
    lastError = error.getClass().getName() + ": " + error.getMessage();
  }

  @Override
  public void flushed(long pendingViews, boolean complete) {
    Instant now = clock.instant();
    if (complete) {
      failingSince = null;
      lastCompleteFlush = now;
    } else if (failingSince == null) {
      failingSince = now;
    }
  }

  /**
   * Since when flushes have been failing.
   *
   * @return the time of the first failed flush since the last complete one, or {@code null} when
   *     the last flush stored everything (or none ran yet)
   */
  public @Nullable Instant failingSince() {
    return failingSince;
  }

  /**
   * When a flush last stored everything.
   *
   * @return the time, or {@code null} before the first complete flush
   */
  public @Nullable Instant lastCompleteFlush() {
    return lastCompleteFlush;
  }

  /**
   * The last error a flush met.
   *
   * @return the exception's class and message, or {@code null} when none failed yet
   */
  public @Nullable String lastError() {
    return lastError;
  }
}
