package io.dateline.cms.spring.boot;

import io.dateline.cms.Dateline;
import io.dateline.cms.views.ViewCounter;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Dateline's health for Actuator ({@code /actuator/health/dateline}): {@code DOWN} when its storage
 * cannot be read (one small statement: the change feed's head) or when the view counter's flushes
 * keep failing, so that counted views pile up in memory; {@code UP} otherwise. Details: the feed's
 * head, the views pending and, while failing, since when and the last error.
 *
 * <p>Thread-safe.
 */
public class DatelineHealthIndicator extends AbstractHealthIndicator {
  private final Dateline cms;
  private final @Nullable ViewFlushMonitor flushes;

  /**
   * Creates the indicator.
   *
   * @param cms the instance to check
   * @param flushes what the view counter's flushes did, or {@code null} when not monitored
   */
  public DatelineHealthIndicator(Dateline cms, @Nullable ViewFlushMonitor flushes) {
    super("Dateline health check failed");
    this.cms = cms;
    this.flushes = flushes;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    // Throws when storage is unreachable; the base class reports DOWN with the exception.
    long head = cms.changes().head();
    builder.up().withDetail("changeFeedHead", head);
    ViewCounter counter = viewCounter();
    if (counter == null) {
      return;
    }
    builder.withDetail("pendingViews", counter.pendingViews());
    if (flushes == null) {
      return;
    }
    Instant failingSince = flushes.failingSince();
    if (failingSince != null) {
      builder.down().withDetail("viewFlushFailingSince", failingSince.toString());
      String error = flushes.lastError();
      if (error != null) {
        builder.withDetail("viewFlushError", error);
      }
    }
    Instant last = flushes.lastCompleteFlush();
    if (last != null) {
      builder.withDetail("lastCompleteViewFlush", last.toString());
    }
  }

  private @Nullable ViewCounter viewCounter() {
    try {
      return cms.viewCounter();
    } catch (IllegalStateException e) {
      return null; // view counting is off
    }
  }
}
