package io.dateline.cms.webhooks.delivery.internal;

import io.dateline.cms.changes.Change;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The meters of one node's webhook delivery (names in docs/observability.md). Only built when the
 * application gives {@code Webhooks.builder()} a {@link MeterRegistry}; without one the engine pays
 * a null check per call site and no Micrometer class is loaded.
 *
 * <p>No meter is tagged with a tenant, a subscription or a URL: tenants and subscriptions are
 * created at run time by users of the CMS, so their number has no bound, and a URL may carry a
 * token in its query. Per-subscription detail is in the delivery log ({@code
 * TenantWebhooks.deliveries}).
 *
 * <p>Thread-safe: workers record attempts concurrently; the lag is written by the engine's single
 * loop thread.
 */
public final class WebhookMeters {
  private final MeterRegistry registry;
  private final Counter delivered;
  private final Counter failed;
  private final Counter refused;
  private final Counter disabled;
  private final Timer deliveredTime;
  private final Timer failedTime;
  private final TimeGauge lag;

  /** The lag the last complete pass found, in milliseconds. */
  private final AtomicLong lagMillis = new AtomicLong();

  /** The oldest waiting change seen so far in the pass under way; loop thread only. */
  private long passOldestMillis;

  /**
   * Registers the meters.
   *
   * @param registry where
   */
  public WebhookMeters(MeterRegistry registry) {
    this.registry = registry;
    this.delivered = deliveries(registry, "delivered");
    this.failed = deliveries(registry, "failed");
    this.refused = deliveries(registry, "refused");
    this.deliveredTime = time(registry, "delivered");
    this.failedTime = time(registry, "failed");
    this.disabled =
        Counter.builder("dateline.webhooks.disabled")
            .description("Subscriptions this node disabled after a run of failed attempts")
            .baseUnit("subscriptions")
            .register(registry);
    this.lag =
        TimeGauge.builder(
                "dateline.webhooks.lag", lagMillis, TimeUnit.MILLISECONDS, AtomicLong::doubleValue)
            .description(
                "Age of the oldest change an enabled subscription has yet to deliver, as of the"
                    + " engine's last pass")
            .register(registry);
  }

  private static Counter deliveries(MeterRegistry registry, String outcome) {
    return Counter.builder("dateline.webhooks.deliveries")
        .description("Delivery attempts, by outcome")
        .baseUnit("attempts")
        .tag("outcome", outcome)
        .register(registry);
  }

  private static Timer time(MeterRegistry registry, String outcome) {
    return Timer.builder("dateline.webhooks.delivery.duration")
        .description("Delivery requests sent, from connecting to the answer's status line")
        .tag("outcome", outcome)
        .register(registry);
  }

  /**
   * An attempt was made and logged.
   *
   * @param succeeded whether the receiver answered 2xx
   * @param wasRefused whether the address guard (or a URL without a host) stopped it before a
   *     request was sent; such attempts are not timed
   * @param nanos how long the attempt took
   */
  public void attempted(boolean succeeded, boolean wasRefused, long nanos) {
    if (wasRefused) {
      refused.increment();
      return;
    }
    (succeeded ? delivered : failed).increment();
    (succeeded ? deliveredTime : failedTime).record(nanos, TimeUnit.NANOSECONDS);
  }

  /** This node disabled a subscription after its run of failures. */
  public void disabled() {
    disabled.increment();
  }

  /** The engine starts a pass over the subscriptions. Loop thread only. */
  public void passStarted() {
    passOldestMillis = 0;
  }

  /**
   * The engine read what an enabled subscription waits for (the first change after its position).
   * Loop thread only.
   *
   * @param next at most one change, the first the subscription has not passed; empty when it is up
   *     to date
   * @param now the engine's clock
   */
  public void waiting(List<Change> next, Instant now) {
    if (next.isEmpty()) {
      return;
    }
    long age = Duration.between(next.get(0).time(), now).toMillis();
    passOldestMillis = Math.max(passOldestMillis, age);
  }

  /** The pass went over every tenant: publish what it found. Loop thread only. */
  public void passEnded() {
    lagMillis.set(passOldestMillis);
  }

  /** Removes the meters from the registry. */
  public void close() {
    for (Meter meter :
        List.of(delivered, failed, refused, disabled, deliveredTime, failedTime, lag)) {
      registry.remove(meter);
    }
  }
}
