package io.dateline.cms.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;

/**
 * The meters of a {@code Dateline}'s built-in scheduled publishing (names in
 * docs/observability.md). Only built when the application gives the builder a {@link
 * MeterRegistry}. Thread-safe.
 */
public final class PublishMeters {
  private final MeterRegistry registry;
  private final Counter succeeded;
  private final Counter failed;
  private final Counter published;

  /**
   * Registers the meters.
   *
   * @param registry where
   */
  public PublishMeters(MeterRegistry registry) {
    this.registry = registry;
    this.succeeded = run(registry, "success");
    this.failed = run(registry, "failure");
    this.published =
        Counter.builder("dateline.publish.scheduled.articles")
            .description("Scheduled articles the built-in scheduler published")
            .baseUnit("articles")
            .register(registry);
  }

  private static Counter run(MeterRegistry registry, String outcome) {
    return Counter.builder("dateline.publish.scheduled.runs")
        .description("Runs of the built-in scheduled publishing, by outcome")
        .tag("outcome", outcome)
        .register(registry);
  }

  /**
   * A run ended.
   *
   * @param articles how many articles it published
   * @param complete whether every tenant was published without failure
   */
  public void ran(int articles, boolean complete) {
    (complete ? succeeded : failed).increment();
    published.increment(articles);
  }

  /** Removes the meters from the registry. */
  public void close() {
    for (Meter meter : List.of(succeeded, failed, published)) {
      registry.remove(meter);
    }
  }
}
