package io.dateline.cms.site.internal;

import com.github.benmanes.caffeine.cache.Cache;
import io.dateline.cms.Dateline;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeSubscription;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The meters of one site (names in docs/observability.md). Only built when the application gives
 * {@code DatelineSite.builder()} a {@link MeterRegistry}; without one the engine pays a null check
 * per call site and no Micrometer class is loaded.
 *
 * <p>Thread-safe.
 */
final class SiteMeters {
  /** The name of the site's page cache in the {@code cache.*} meters. */
  static final String CACHE_NAME = "dateline.site";

  private static final int STATUSES = 600;

  private final MeterRegistry registry;
  private final List<Meter> meters = new CopyOnWriteArrayList<>();

  /**
   * Request timers by {@code kind * STATUSES + status}, made on first use: a request then costs an
   * array read, not a registry look-up with its tag allocation.
   */
  private final AtomicReferenceArray<Timer> requests =
      new AtomicReferenceArray<>(ServedKind.values().length * STATUSES);

  private final Timer[] renders = new Timer[ServedKind.values().length];
  private final Timer changeLag;

  SiteMeters(MeterRegistry registry) {
    this.registry = registry;
    for (ServedKind kind : List.of(ServedKind.ARTICLE, ServedKind.HOME, ServedKind.LISTING)) {
      renders[kind.ordinal()] =
          keep(
              Timer.builder("dateline.site.render")
                  .description("Rendering a page's view into HTML bytes")
                  .tag("kind", kind.tag())
                  .register(registry));
    }
    this.changeLag =
        keep(
            Timer.builder("dateline.site.changes.lag")
                .description(
                    "From a change's time in the feed to the site dropping what it made stale")
                .register(registry));
  }

  /** Measures the page cache; it must record statistics. */
  void monitor(Cache<?, ?> cache) {
    // Caffeine's statistics, as Micrometer's binder reads them: cache.gets{result=hit|miss},
    // cache.evictions, cache.size ...
    CaffeineCacheMetrics<?, ?, ?> binder =
        new CaffeineCacheMetrics<>(cache, CACHE_NAME, Tags.empty());
    binder.bindTo(registry);
    registry.getMeters().stream()
        .filter(m -> CACHE_NAME.equals(m.getId().getTag("cache")))
        .forEach(meters::add);
    keep(
        Gauge.builder("dateline.site.cache.hit.ratio", cache, c -> c.stats().hitRate())
            .description("Share of page cache look-ups that found an entry, since the start")
            .register(registry));
  }

  /** Measures how far the site's change-feed follower is behind the feed's head. */
  void follow(Dateline cms, ChangeSubscription subscription) {
    keep(
        Gauge.builder(
                "dateline.site.changes.behind",
                subscription,
                s -> Math.max(0, cms.changes().head() - s.position()))
            .description("Feed positions written but not yet applied by the site (reads the head)")
            .register(registry));
  }

  /** A request was answered. */
  void served(ServedKind kind, int status, long startedNanos) {
    int code = status >= 0 && status < STATUSES ? status : 0;
    int index = kind.ordinal() * STATUSES + code;
    Timer timer = requests.get(index);
    if (timer == null) {
      timer =
          keep(
              Timer.builder("dateline.site.requests")
                  .description("Requests the site answered, by kind of page and status")
                  .tag("kind", kind.tag())
                  .tag("status", Integer.toString(status))
                  .register(registry));
      requests.set(index, timer); // a racing thread registered the same timer: the registry dedups
    }
    timer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
  }

  /** A page was rendered. */
  void rendered(ServedKind kind, long startedNanos) {
    Timer timer = renders[kind.ordinal()];
    if (timer != null) {
      timer.record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }
  }

  /** The site applied a batch of changes at a time. */
  void applied(List<Change> batch, Instant now) {
    for (Change change : batch) {
      Duration lag = Duration.between(change.time(), now);
      changeLag.record(lag.isNegative() ? Duration.ZERO : lag);
    }
  }

  /** Removes the site's meters from the registry. */
  void close() {
    meters.forEach(registry::remove);
    meters.clear();
  }

  private <M extends Meter> M keep(M meter) {
    meters.add(meter);
    return meter;
  }
}
