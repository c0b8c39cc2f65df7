package io.dateline.cms.views.internal;

import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The meters of one {@code ViewCounter} (names in docs/observability.md). Only built when the
 * application gives the counter a {@link MeterRegistry}, so that without one no Micrometer class is
 * loaded and the counter pays one null check per call site.
 *
 * <p>Thread-safe: counters and timers are; {@link #lastCompleteFlushNanos} is volatile.
 */
public final class ViewMeters {
  private final MeterRegistry registry;
  private final List<Meter> meters = new ArrayList<>();
  private final Counter counted;
  private final Counter filtered;
  private final Counter repeated;
  private final Counter flushed;
  private final Counter failedBatches;
  private final Counter failedViews;
  private final Timer completeFlushes;
  private final Timer incompleteFlushes;

  /** When a flush last stored everything, by {@link System#nanoTime()}; the start until then. */
  private volatile long lastCompleteFlushNanos = System.nanoTime();

  /**
   * Registers the counter's meters.
   *
   * @param registry where
   * @param pendingViews the counter's {@code pendingViews()}, read when the gauge is read
   */
  public ViewMeters(MeterRegistry registry, LongSupplier pendingViews) {
    this.registry = registry;
    this.counted = recorded("counted");
    this.filtered = recorded("filtered");
    this.repeated = recorded("repeat");
    this.flushed =
        keep(
            Counter.builder("dateline.views.flushed")
                .description("Views the store confirmed (each view once, however often retried)")
                .baseUnit("views")
                .register(registry));
    this.failedBatches =
        keep(
            Counter.builder("dateline.views.failed")
                .description("Flush attempts the store refused; the batch is kept and resent")
                .baseUnit("batches")
                .register(registry));
    this.failedViews =
        keep(
            Counter.builder("dateline.views.failed.views")
                .description("Views in refused flush attempts, counted once per attempt")
                .baseUnit("views")
                .register(registry));
    this.completeFlushes = flushTimer("complete");
    this.incompleteFlushes = flushTimer("incomplete");
    keep(
        Gauge.builder("dateline.views.pending", pendingViews, s -> (double) s.getAsLong())
            .description("Views recorded on this node that the store has not confirmed")
            .baseUnit("views")
            // The supplier is a method reference nobody else holds: a weak one would be collected.
            .strongReference(true)
            .register(registry));
    keep(
        Gauge.builder("dateline.views.flush.lag", this, ViewMeters::flushLagSeconds)
            .description("Seconds since a flush last stored every pending view")
            .baseUnit("seconds")
            .register(registry));
  }

  private Counter recorded(String outcome) {
    return keep(
        Counter.builder("dateline.views.recorded")
            .description("Calls to ViewCounter.record, by outcome")
            .baseUnit("views")
            .tag("outcome", outcome)
            .register(registry));
  }

  private Timer flushTimer(String outcome) {
    return keep(
        Timer.builder("dateline.views.flushes")
            .description("Flushes of the view buffer to the store, by whether all was stored")
            .tag("outcome", outcome)
            .register(registry));
  }

  private <M extends Meter> M keep(M meter) {
    meters.add(meter);
    return meter;
  }

  private double flushLagSeconds() {
    return (System.nanoTime() - lastCompleteFlushNanos) / 1e9;
  }

  /** A view was counted. */
  public void counted() {
    counted.increment();
  }

  /** The view filter dropped a view. */
  public void filtered() {
    filtered.increment();
  }

  /** De-duplication dropped a visitor's repeated view. */
  public void repeated() {
    repeated.increment();
  }

  /**
   * The store confirmed a batch.
   *
   * @param batch the batch
   */
  public void stored(ViewBatch batch) {
    flushed.increment(views(batch));
  }

  /**
   * The store refused a batch.
   *
   * @param batch the batch
   */
  public void failed(ViewBatch batch) {
    failedBatches.increment();
    failedViews.increment(views(batch));
  }

  /**
   * A flush ended.
   *
   * @param complete whether it stored everything
   * @param startedNanos when it started, by {@link System#nanoTime()}
   */
  public void flushed(boolean complete, long startedNanos) {
    long now = System.nanoTime();
    (complete ? completeFlushes : incompleteFlushes)
        .record(now - startedNanos, TimeUnit.NANOSECONDS);
    if (complete) {
      lastCompleteFlushNanos = now;
    }
  }

  /** Removes the meters from the registry, so a later counter on it registers its own. */
  public void close() {
    meters.forEach(registry::remove);
  }

  private static long views(ViewBatch batch) {
    long n = 0;
    for (ViewIncrement increment : batch.increments()) {
      n += increment.views();
    }
    return n;
  }
}
