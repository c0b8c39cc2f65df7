package io.dateline.cms.webhooks.delivery;

import io.dateline.cms.Dateline;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.webhooks.delivery.internal.AddressGuard;
import io.dateline.cms.webhooks.delivery.internal.DeliveryEngine;
import io.dateline.cms.webhooks.delivery.internal.DeliverySettings;
import io.dateline.cms.webhooks.delivery.internal.WebhookMeters;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Webhooks for a {@link Dateline} instance: each tenant's subscriptions, and this node's delivery
 * engine, which sends every subscribed change of the change feed to its subscription's URL.
 *
 * <pre>{@code
 * Webhooks webhooks = Webhooks.builder(cms, storage).build();         // starts delivering
 * WebhookSubscription s = webhooks.tenant(TenantId.of("unn"))
 *     .create(URI.create("https://example.com/hooks"), Set.of(ChangeKind.ARTICLE_PUBLISHED));
 * String secret = s.secret();                                  // give it to the receiver
 * ...
 * webhooks.close();                                            // before cms.close()
 * }</pre>
 *
 * <p>Delivery is at least once and in feed order per subscription (so in order per article), and
 * safe on any number of nodes sharing one database: a node claims a subscription's lease in storage
 * before it sends, so one node at a time delivers a subscription. Requests are signed as the
 * Standard Webhooks specification describes ({@link WebhookSigner}). Failed attempts are retried
 * with exponential backoff and jitter; after {@link Builder#maxFailures(int)} failures in a row the
 * subscription is disabled until {@link TenantWebhooks#enable} is called, and delivery then resumes
 * at the change that failed. Outbound requests follow no redirects, time out, and refuse loopback,
 * private, link-local, multicast and any-local addresses after resolving the host, unless the
 * builder allows them.
 *
 * <p>The storage must implement {@link io.dateline.cms.spi.TenantStorage#webhooks()} (the in-memory
 * and JPA stores do). Thread-safe. Close it before the {@code Dateline}.
 */
public final class Webhooks implements AutoCloseable {
  private final Dateline cms;
  private final ContentStorage storage;
  private final DeliverySettings settings;
  private final @Nullable DeliveryEngine engine;
  private final @Nullable WebhookMeters meters; // null without a MeterRegistry or an engine

  private Webhooks(
      Dateline cms,
      ContentStorage storage,
      DeliverySettings settings,
      boolean deliver,
      @Nullable MeterRegistry registry) {
    this.cms = cms;
    this.storage = storage;
    this.settings = settings;
    this.meters = deliver && registry != null ? new WebhookMeters(registry) : null;
    this.engine = deliver ? new DeliveryEngine(cms, storage, settings, meters) : null;
  }

  /**
   * Starts building webhooks for a Dateline instance.
   *
   * @param cms the instance whose change feed is followed
   * @param storage the storage {@code cms} was built on: subscriptions, leases and delivery logs
   *     live there (Dateline hands its storage to no one, so the application, which built it,
   *     passes it here)
   * @return a builder with the defaults
   */
  public static Builder builder(Dateline cms, ContentStorage storage) {
    return new Builder(
        Objects.requireNonNull(cms, "cms"), Objects.requireNonNull(storage, "storage"));
  }

  /**
   * The webhooks of one tenant.
   *
   * @param tenant the tenant
   * @return its subscriptions; cheap to obtain
   */
  public TenantWebhooks tenant(TenantId tenant) {
    return new TenantWebhooks(
        cms, storage, Objects.requireNonNull(tenant, "tenant"), settings.guard(), this::wake);
  }

  /**
   * The lease owner name of this node.
   *
   * @return the node id
   */
  public String nodeId() {
    return settings.nodeId();
  }

  /** Makes this node look for work now instead of at the next poll. */
  public void wake() {
    if (engine != null) {
      engine.wake();
    }
  }

  /**
   * Stops this node's delivery: requests under way finish (within the request time-out), leases are
   * released so another node continues at once. Subscriptions stay stored. The meters given by
   * {@link Builder#meterRegistry} are removed from the registry.
   */
  @Override
  public void close() {
    if (engine != null) {
      engine.close();
    }
    if (meters != null) {
      meters.close();
    }
  }

  /** Settings of {@link Webhooks}; each has a default. Not thread-safe. */
  public static final class Builder {
    private final Dateline cms;
    private final ContentStorage storage;
    private String nodeId = "node-" + UUID.randomUUID();
    private Duration pollInterval = Duration.ofSeconds(2);
    private int batchSize = 100;
    private int workers = 4;
    private int maxFailures = 10;
    private Duration initialBackoff = Duration.ofSeconds(5);
    private Duration maxBackoff = Duration.ofHours(1);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(15);
    private Duration leaseDuration = Duration.ofMinutes(1);
    private Duration logRetention = Duration.ofDays(30);
    private boolean allowLoopback;
    private boolean allowPrivateNetworks;
    private Clock clock = Clock.systemUTC();
    private boolean deliver = true;
    private @Nullable MeterRegistry meterRegistry;

    private Builder(Dateline cms, ContentStorage storage) {
      this.cms = cms;
      this.storage = storage;
    }

    /**
     * The name this node claims leases under; unique per node. Default: {@code node-} and a random
     * UUID, new at each start.
     *
     * @param id at most 200 characters, not blank
     * @return this builder
     */
    public Builder nodeId(String id) {
      Objects.requireNonNull(id, "nodeId");
      if (id.isBlank() || id.length() > 200) {
        throw new IllegalArgumentException("nodeId must be 1 to 200 characters, not blank");
      }
      this.nodeId = id;
      return this;
    }

    /**
     * How often the engine looks for work written on other nodes (writes through this node's {@code
     * Dateline} wake it at once). Default 2 s.
     *
     * @param interval positive
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /**
     * How many subscriptions this node delivers at once. Default 4.
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder workers(int count) {
      this.workers = atLeastOne(count, "workers");
      return this;
    }

    /**
     * Changes read from the feed at a time per subscription. Default 100.
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder batchSize(int size) {
      this.batchSize = atLeastOne(size, "batchSize");
      return this;
    }

    /**
     * Failed attempts in a row after which a subscription is disabled. Default 10.
     *
     * @param count at least 1
     * @return this builder
     */
    public Builder maxFailures(int count) {
      this.maxFailures = atLeastOne(count, "maxFailures");
      return this;
    }

    /**
     * The backoff between retries: the wait starts at {@code initial} and doubles with each failure
     * in a row up to {@code max}; each wait is cut by a random amount of up to half. Default 5 s to
     * 1 h.
     *
     * @param initial positive
     * @param max at least {@code initial}
     * @return this builder
     */
    public Builder backoff(Duration initial, Duration max) {
      positive(initial, "initial backoff");
      positive(max, "max backoff");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException("max backoff must be at least the initial backoff");
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * The connect and request (response headers) time-outs. Default 5 s and 15 s.
     *
     * @param connect positive
     * @param request positive
     * @return this builder
     */
    public Builder timeouts(Duration connect, Duration request) {
      this.connectTimeout = positive(connect, "connect timeout");
      this.requestTimeout = positive(request, "request timeout");
      return this;
    }

    /**
     * How long a claim on a subscription lasts without renewal: after a node dies, another takes
     * its subscriptions over this long after its last send. It must exceed the connect plus request
     * time-out, so that a lease cannot expire during a request. Default 1 min.
     *
     * @param duration positive
     * @return this builder
     */
    public Builder leaseDuration(Duration duration) {
      this.leaseDuration = positive(duration, "leaseDuration");
      return this;
    }

    /**
     * How long delivery log entries are kept. Default 30 days.
     *
     * @param retention positive
     * @return this builder
     */
    public Builder deliveryLogRetention(Duration retention) {
      this.logRetention = positive(retention, "deliveryLogRetention");
      return this;
    }

    /**
     * Lets requests reach loopback addresses (127.0.0.0/8, ::1): for tests and local development
     * only. Default false.
     *
     * @param allow whether allowed
     * @return this builder
     */
    public Builder allowLoopback(boolean allow) {
      this.allowLoopback = allow;
      return this;
    }

    /**
     * Lets requests reach private and link-local addresses (10/8, 172.16/12, 192.168/16, 100.64/10,
     * 169.254/16, fc00::/7, fe80::/10), for receivers on an intranet. Default false.
     *
     * @param allow whether allowed
     * @return this builder
     */
    public Builder allowPrivateNetworks(boolean allow) {
      this.allowPrivateNetworks = allow;
      return this;
    }

    /**
     * The clock of signature timestamps, retry times, leases and the delivery log. Default the
     * system clock (not the {@code Dateline}'s, which tests often fix: receivers check timestamps
     * against real time).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether this node delivers. Default true; false for a node that only manages subscriptions.
     *
     * @param enabled whether to run the delivery engine
     * @return this builder
     */
    public Builder delivering(boolean enabled) {
      this.deliver = enabled;
      return this;
    }

    /**
     * Records this node's delivery in a Micrometer registry: attempts by outcome (delivered,
     * failed, refused by the outbound address rules), the time of each request, subscriptions
     * disabled after a run of failures, and the delivery lag (the age of the oldest change an
     * enabled subscription has yet to deliver). No meter is tagged with a tenant, subscription or
     * URL. Names are listed in docs/observability.md. {@link Webhooks#close()} removes them from
     * the registry; a node built with {@code delivering(false)} registers none.
     *
     * <p>Without a registry (the default) nothing is measured, and Micrometer need not be on the
     * class path.
     *
     * @param registry the registry; never {@code null}
     * @return this builder
     * @since 0.1.0
     */
    public Builder meterRegistry(MeterRegistry registry) {
      this.meterRegistry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Builds the webhooks and, unless {@link #delivering(boolean)} is false, starts this node's
     * delivery engine (daemon threads {@code dateline-webhooks-N}).
     *
     * @return the webhooks
     * @throws IllegalArgumentException when the lease is not longer than connect plus request
     *     time-out
     */
    public Webhooks build() {
      if (leaseDuration.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
        throw new IllegalArgumentException(
            "leaseDuration ("
                + leaseDuration
                + ") must exceed connect plus request timeout ("
                + connectTimeout.plus(requestTimeout)
                + ")");
      }
      DeliverySettings settings =
          new DeliverySettings(
              nodeId,
              pollInterval,
              batchSize,
              workers,
              maxFailures,
              initialBackoff,
              maxBackoff,
              connectTimeout,
              requestTimeout,
              leaseDuration,
              logRetention,
              new AddressGuard(allowLoopback, allowPrivateNetworks),
              clock);
      return new Webhooks(cms, storage, settings, deliver, meterRegistry);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive: " + d);
      }
      return d;
    }

    private static int atLeastOne(int n, String name) {
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + n);
      }
      return n;
    }
  }
}
