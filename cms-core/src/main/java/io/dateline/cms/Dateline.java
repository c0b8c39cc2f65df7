package io.dateline.cms;

import io.dateline.cms.changes.ChangeFeed;
import io.dateline.cms.event.ArticleListener;
import io.dateline.cms.internal.ChangeNotifier;
import io.dateline.cms.internal.EventDispatcher;
import io.dateline.cms.internal.ImageSettings;
import io.dateline.cms.internal.MostReadCache;
import io.dateline.cms.internal.PublishMeters;
import io.dateline.cms.internal.SlugAssigner;
import io.dateline.cms.internal.validation.CommandValidator;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.slug.SlugGenerator;
import io.dateline.cms.spi.AuditLog;
import io.dateline.cms.spi.BlobStore;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewIncrement;
import io.dateline.cms.views.DailyViews;
import io.dateline.cms.views.ViewCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: one instance per application, built once and shared.
 *
 * <pre>{@code
 * Dateline cms = Dateline.builder().storage(new InMemoryStorage()).build();
 * cms.saveTenant(tenant);
 * TenantContent site = cms.tenant(TenantId.of("unn"));
 * Article draft = site.articles().create(ArticleDraft.builder(uk, "Заголовок").build());
 * site.articles().publish(draft.id());
 * }</pre>
 *
 * <p><b>Scheduled publishing.</b> By default the instance publishes scheduled articles whose time
 * has come every 30 seconds, on a daemon thread of its own ({@link
 * Builder#publishScheduled(Duration)}; {@link Duration#ZERO} turns it off, for an application that
 * calls {@link #publishDue()} from its own scheduler). Running it on every node of a cluster is
 * safe: each article is published exactly once, whichever node gets to it first.
 *
 * <p><b>Closing and ownership.</b> {@link #close()} stops the scheduled publishing and the
 * {@linkplain #changes() change feed}'s subscriptions, flushes the view counter (when enabled) and
 * releases the validator. Afterwards every call ({@link #tenant}, {@link #tenants()}, {@link
 * #changes()}, {@link #viewCounter()}, and the services and feeds obtained before) throws {@code
 * IllegalStateException("Dateline is closed")}; only {@link #clock()} and {@code close()} still
 * answer. A view counter obtained before ignores views after it ({@link ViewCounter#record} returns
 * {@code false}). Who closes the storage is chosen in the builder: storage given with {@link
 * Builder#storage(ContentStorage)} belongs to the application, which closes it (after this
 * instance); storage given with {@link Builder#ownStorage(ContentStorage)} belongs to this
 * instance, which closes it last in {@code close()}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class Dateline implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Dateline.class);
  private static final AtomicInteger PUBLISHER_SEQUENCE = new AtomicInteger();

  /** How long {@code close()} waits for a scheduled publishing run in progress. */
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final ContentStorage storage;
  private final boolean ownsStorage;
  private final ClosedGuard guard = new ClosedGuard();
  private final @Nullable ScheduledThreadPoolExecutor
      publisher; // null when scheduled publishing is off
  private volatile @Nullable Thread publisherThread;
  private boolean storageClosed; // guarded by this
  private final Clock clock;
  private final CommandValidator validator;
  private final SlugAssigner slugs;
  private final EventDispatcher events;
  private final @Nullable ViewCounter viewCounter; // null unless enabled
  private final ChangeNotifier changeNotifier = new ChangeNotifier();
  private final ChangeFeed changes;
  private final MostReadCache mostRead;
  private final RevisionRetention revisionRetention;
  private final @Nullable PublishMeters publishMeters; // null without a MeterRegistry
  private final Authorizer authorizer;
  private final ImageSettings imageSettings;
  private final @Nullable Duration auditRetention; // null: keep every audit entry

  /** When the built-in scheduler last pruned the audit log; guarded by the scheduler's thread. */
  private @Nullable Instant lastAuditPrune;

  /** How often the built-in scheduler prunes the audit log, when a retention is set. */
  static final Duration AUDIT_PRUNE_INTERVAL = Duration.ofHours(1);

  private Dateline(Builder b, ContentStorage storage) {
    this.storage = storage;
    this.ownsStorage = b.ownsStorage;
    this.clock = b.clock;
    this.authorizer = b.authorizer;
    this.validator = new CommandValidator(b.clock, b.messageLocale);
    this.imageSettings =
        new ImageSettings(
            b.blobStore == null ? FileSystemBlobStore.inWorkingDirectory() : b.blobStore,
            b.maxImageBytes,
            b.maxImagePixels);
    this.slugs = new SlugAssigner(b.slugGenerator);
    this.events = new EventDispatcher(b.listeners);
    this.mostRead = new MostReadCache(b.mostReadCacheTtl, b.clock);
    this.revisionRetention = b.revisionRetention;
    this.auditRetention = b.auditRetention;
    // Readers of the feed (a site's caches) must not reload a most-read list older than the
    // changes they act on: reading the feed drops the lists of the tenants it reports.
    this.changes =
        new ChangeFeed(
            mostRead.following(guard.wrap(ChangeLog.class, storage.changes())), changeNotifier);
    if (b.viewCounting == null) {
      this.viewCounter = null;
    } else {
      ViewCounter.Builder counter = ViewCounter.builder(storage.viewCounts()).clock(b.clock);
      if (b.meterRegistry != null) {
        counter.meterRegistry(b.meterRegistry);
      }
      b.viewCounting.accept(counter);
      this.viewCounter = counter.build();
    }
    this.publishMeters =
        b.meterRegistry == null || b.publishInterval.isZero()
            ? null
            : new PublishMeters(b.meterRegistry);
    this.publisher = b.publishInterval.isZero() ? null : startPublisher(b.publishInterval);
  }

  private ScheduledThreadPoolExecutor startPublisher(Duration interval) {
    String name = "dateline-publisher-" + PUBLISHER_SEQUENCE.incrementAndGet();
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, name);
              // A daemon, so that a forgotten close() does not keep the JVM alive.
              thread.setDaemon(true);
              publisherThread = thread;
              return thread;
            });
    executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(this::publishQuietly, millis, millis, TimeUnit.MILLISECONDS);
    return executor;
  }

  /** One run of the built-in scheduler: failures are logged, never thrown, and tried next run. */
  private void publishQuietly() {
    if (guard.isClosed()) {
      return;
    }
    pruneAuditQuietly();
    try {
      int published = publishDue();
      if (publishMeters != null) {
        publishMeters.ran(published, true);
      }
      if (published > 0) {
        LOG.info("Published {} scheduled articles", published);
      }
    } catch (PublishDueException e) {
      if (publishMeters != null) {
        publishMeters.ran(e.published(), false);
      }
      LOG.warn(
          "Scheduled publishing failed for tenants {}; published {} articles of the others; the"
              + " failed tenants are tried again at the next run",
          e.failures().keySet(),
          e.published(),
          e);
    } catch (IllegalStateException e) {
      if (!guard.isClosed()) {
        LOG.error("Scheduled publishing failed; trying again at the next run", e);
      }
    } catch (RuntimeException e) {
      // Reading the tenant list failed (storage down, say). A thrown exception would cancel the
      // periodic task for good, so it is logged and the next run tries again.
      if (publishMeters != null) {
        publishMeters.ran(0, false);
      }
      LOG.warn("Scheduled publishing failed; trying again at the next run", e);
    }
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Validates and stores a tenant, replacing one with the same id.
   *
   * @param tenant the tenant
   * @return the stored tenant
   * @throws ValidationException when a field breaks a rule; nothing is stored
   */
  public Tenant saveTenant(Tenant tenant) {
    guard.check();
    if (tenant == null) {
      throw ValidationException.of("tenant", "", "NotNull", "the tenant must not be null");
    }
    validator.check("tenant", tenant);
    storage.tenants().save(tenant);
    changeNotifier.signal();
    return tenant;
  }

  /**
   * Finds a tenant.
   *
   * @param id the id
   * @return the tenant, or empty
   * @throws IllegalStateException when this instance is closed
   */
  public Optional<Tenant> findTenant(TenantId id) {
    guard.check();
    return storage.tenants().find(Objects.requireNonNull(id, "tenant id must not be null"));
  }

  /**
   * Every tenant, ordered by id.
   *
   * @return the tenants
   * @throws IllegalStateException when this instance is closed
   */
  public List<Tenant> tenants() {
    guard.check();
    return storage.tenants().findAll();
  }

  /**
   * The content of one tenant.
   *
   * @param id the tenant
   * @return its services
   * @throws NotFoundException when no such tenant is stored
   * @throws IllegalStateException when this instance is closed; so do the services of a {@code
   *     TenantContent} obtained before
   */
  public TenantContent tenant(TenantId id) {
    Tenant tenant = findTenant(id).orElseThrow(() -> new NotFoundException("tenant", id, null));
    return new TenantContent(
        tenant,
        guard.tenant(storage.tenant(id)),
        clock,
        validator,
        slugs,
        events,
        mostRead,
        changeNotifier,
        Actor.SYSTEM,
        authorizer,
        imageSettings,
        revisionRetention);
  }

  /**
   * The content of one tenant, with every time its services set (creation, update, publication) and
   * every time rule they check ({@code @Future}) taken from another clock than this instance's. It
   * is for importing content written earlier, such as a demo's backdated articles or an archive
   * moved from another system: set the clock to each article's time before writing it. Everything
   * else (storage, listeners, slugs, the change feed) is this instance's.
   *
   * @param id the tenant; never {@code null}
   * @param clock the clock its services read; never {@code null}
   * @return its services
   * @throws NotFoundException when no such tenant is stored
   * @throws IllegalStateException when this instance is closed; so do the services of a {@code
   *     TenantContent} obtained before
   */
  public TenantContent tenant(TenantId id, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    Tenant tenant = findTenant(id).orElseThrow(() -> new NotFoundException("tenant", id, null));
    return new TenantContent(
        tenant,
        guard.tenant(storage.tenant(id)),
        clock,
        validator.withClock(clock),
        slugs,
        events,
        mostRead,
        changeNotifier,
        Actor.SYSTEM,
        authorizer,
        imageSettings,
        revisionRetention);
  }

  /**
   * Publishes every tenant's scheduled articles whose time has come, and carries out their due
   * {@linkplain TimedChange timed changes} (see {@link ArticleService#publishDue()}). The built-in
   * scheduler ({@link Builder#publishScheduled(Duration)}) calls it every 30 s by default; call it
   * yourself from any scheduler, on any number of nodes: each article is published, and each timed
   * change carried out, exactly once.
   *
   * <p>Every tenant is tried, even when an earlier one fails: a tenant whose storage fails does not
   * hold back the others. Failures are reported together afterwards.
   *
   * @return how many articles this call published
   * @throws PublishDueException when publishing failed for one or more tenants, after every tenant
   *     was tried; it names each failed tenant with its exception and says how many articles the
   *     others published
   * @throws StorageException when the list of tenants cannot be read (nothing was published)
   * @throws IllegalStateException when this instance is closed
   */
  public int publishDue() {
    int published = 0;
    Map<TenantId, RuntimeException> failures = new LinkedHashMap<>();
    for (Tenant tenant : tenants()) {
      try {
        // The PUBLISH check happened when the article was scheduled; the scheduler is not asked.
        published += tenant(tenant.id()).as(Actor.SCHEDULER).articles().publishDue();
      } catch (RuntimeException e) {
        if (guard.isClosed()) {
          throw e;
        }
        failures.put(tenant.id(), e);
      }
    }
    if (!failures.isEmpty()) {
      throw new PublishDueException(published, failures);
    }
    return published;
  }

  /**
   * Deletes every tenant's audit entries older than the retention ({@link
   * Builder#auditRetention(Duration)}). The built-in scheduler calls it about once an hour; an
   * application that runs its own scheduler ({@code publishScheduled(Duration.ZERO)}) calls it
   * itself. Running it on several nodes at once is harmless: each deletes what is old.
   *
   * <p>Every tenant is tried, even when an earlier one fails. A backend whose audit log cannot
   * delete entries ({@link AuditLog#prune} refuses) keeps them, and that is logged once.
   *
   * @return how many entries were deleted; 0 when no retention is set
   * @throws StorageException when the list of tenants cannot be read, or when pruning failed for a
   *     tenant (after every tenant was tried; the others' entries are deleted)
   * @throws IllegalStateException when this instance is closed
   * @since 0.1.0
   */
  public long pruneAuditLog() {
    guard.check();
    Duration retention = auditRetention;
    if (retention == null) {
      return 0;
    }
    Instant before = clock.instant().minus(retention);
    long deleted = 0;
    RuntimeException failure = null;
    for (Tenant tenant : tenants()) {
      try {
        deleted += storage.tenant(tenant.id()).audit().prune(before);
      } catch (UnsupportedOperationException e) {
        if (UNPRUNABLE.add(e.getMessage() == null ? "" : e.getMessage())) {
          LOG.warn("Audit entries are kept beyond the retention: {}", e.getMessage());
        }
      } catch (RuntimeException e) {
        if (failure == null) {
          failure =
              new StorageException("Pruning the audit log failed for tenant " + tenant.id(), e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return deleted;
  }

  /** Backends already warned about for an audit log that cannot prune: one warning each. */
  private static final Set<String> UNPRUNABLE = ConcurrentHashMap.newKeySet();

  /** The scheduler's pruning, at most once per {@link #AUDIT_PRUNE_INTERVAL}; never throws. */
  private void pruneAuditQuietly() {
    if (auditRetention == null) {
      return;
    }
    Instant now = clock.instant();
    Instant last = lastAuditPrune;
    if (last != null && now.isBefore(last.plus(AUDIT_PRUNE_INTERVAL))) {
      return;
    }
    lastAuditPrune = now;
    try {
      long deleted = pruneAuditLog();
      if (deleted > 0) {
        LOG.info("Deleted {} audit entries older than {}", deleted, auditRetention);
      }
    } catch (RuntimeException e) {
      if (!guard.isClosed()) {
        LOG.warn("Pruning the audit log failed; trying again in an hour", e);
      }
    }
  }

  /**
   * The change feed: every content change of every tenant, in order, to read or follow. Writes
   * through this instance wake its followers at once.
   *
   * @return the feed; never {@code null}
   * @throws IllegalStateException when this instance is closed; so do the reads of a feed obtained
   *     before
   */
  public ChangeFeed changes() {
    guard.check();
    return changes;
  }

  /**
   * Adds views counted elsewhere to the stored counts of a tenant's articles, at once and without a
   * {@link ViewCounter}: for the counts of a system a newsroom moves from, or a demo's starting
   * numbers. An import is applied whole or not at all, and exactly once: a second import with the
   * same id is ignored, so a failed import can be retried safely. Imported views are not filtered
   * or de-duplicated, and like views stored by other nodes they reach cached most-read lists when
   * those expire ({@link Builder#mostReadCacheTtl}).
   *
   * @param tenantId the tenant; never {@code null}
   * @param importId the import's id, unique per import (a name-based UUID makes a re-run of the
   *     same import a no-op); never {@code null}
   * @param views the views to add, per article and UTC day; may be empty
   * @return {@code true} when the views were added, {@code false} when this import id was applied
   *     before (or {@code views} is empty)
   * @throws NotFoundException when no such tenant is stored
   * @throws StorageException when the store fails; nothing was added
   * @throws IllegalStateException when this instance is closed
   */
  public boolean importViews(TenantId tenantId, UUID importId, Collection<DailyViews> views) {
    Objects.requireNonNull(importId, "importId");
    Objects.requireNonNull(views, "views");
    if (findTenant(tenantId).isEmpty()) {
      throw new NotFoundException("tenant", tenantId, null);
    }
    if (views.isEmpty()) {
      return false;
    }
    List<ViewIncrement> increments = new ArrayList<>(views.size());
    for (DailyViews v : views) {
      Objects.requireNonNull(v, "views must not contain null");
      increments.add(new ViewIncrement(tenantId, v.articleId(), v.day(), v.views()));
    }
    return storage.viewCounts().add(new ViewBatch(importId, increments));
  }

  /**
   * The clock this instance uses.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * The view counter enabled with {@link Builder#viewCounting(Consumer)}.
   *
   * @return the counter, owned and closed by this instance
   * @throws IllegalStateException when view counting was not enabled, or this instance is closed
   */
  public ViewCounter viewCounter() {
    guard.check();
    if (viewCounter == null) {
      throw new IllegalStateException(
          "view counting is off: enable it with Dateline.builder().viewCounting(...)");
    }
    return viewCounter;
  }

  /**
   * Closes the instance: stops the change feed's subscriptions and the scheduled publishing
   * (waiting for a run in progress), flushes the view counter, if enabled, releases the validator,
   * and last closes the storage if this instance owns it ({@link Builder#ownStorage}). From the
   * start of this call, every other call throws {@code IllegalStateException("Dateline is
   * closed")}.
   *
   * <p>Calling it again does nothing, except after a failed view flush: then it retries the flush
   * and, once that succeeds, closes owned storage.
   *
   * @throws StorageException when the view counter's final flush fails (see {@link
   *     ViewCounter#close()}); owned storage is then left open so that a later {@code close()} can
   *     retry the flush
   */
  @Override
  public void close() {
    boolean first = guard.close();
    try {
      if (first) {
        changeNotifier.close();
        stopPublisher();
        if (publishMeters != null) {
          publishMeters.close();
        }
      }
      if (viewCounter != null) {
        viewCounter.close();
      }
      closeOwnedStorage();
    } finally {
      if (first) {
        validator.close();
      }
    }
  }

  private void stopPublisher() {
    if (publisher == null) {
      return;
    }
    publisher.shutdown();
    if (Thread.currentThread() == publisherThread) {
      return; // close() called from a publish listener: the run ends when the listener returns
    }
    try {
      if (!publisher.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("Scheduled publishing still running {} s after close()", CLOSE_WAIT_SECONDS);
        publisher.shutdownNow();
        return;
      }
      // The pool counts as terminated just before its thread ends; wait for the thread too.
      Thread thread = publisherThread;
      if (thread != null) {
        thread.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
      }
    } catch (InterruptedException e) {
      publisher.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private synchronized void closeOwnedStorage() {
    if (ownsStorage && !storageClosed) {
      storageClosed = true;
      storage.close();
    }
  }

  /** Configures a {@link Dateline}; not thread-safe. */
  public static final class Builder {
    /** The default largest image upload, in bytes: 20 MiB. */
    public static final long DEFAULT_MAX_IMAGE_BYTES = 20L * 1024 * 1024;

    /** The default most pixels of an uploaded image: 40 megapixels. */
    public static final long DEFAULT_MAX_IMAGE_PIXELS = 40_000_000L;

    private @Nullable ContentStorage storage;
    private boolean ownsStorage;
    private Duration publishInterval = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Locale messageLocale = Locale.ENGLISH;
    private SlugGenerator slugGenerator = SlugGenerator.standard();
    private final List<ArticleListener> listeners = new ArrayList<>();
    private @Nullable Consumer<ViewCounter.Builder> viewCounting;
    private Duration mostReadCacheTtl = Duration.ofSeconds(10);
    private @Nullable MeterRegistry meterRegistry;
    private Authorizer authorizer = Authorizer.ALLOW_ALL;
    private @Nullable BlobStore blobStore;
    private long maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
    private long maxImagePixels = DEFAULT_MAX_IMAGE_PIXELS;
    private RevisionRetention revisionRetention = RevisionRetention.ALL;
    private @Nullable Duration auditRetention;

    private Builder() {}

    /**
     * Sets the storage, which stays the application's: {@link Dateline#close()} does not close it,
     * and the application closes it after closing the {@code Dateline}. Use this when the storage
     * outlives the instance or is shared. This or {@link #ownStorage} is required.
     *
     * @param storage the backend
     * @return this builder
     */
    public Builder storage(ContentStorage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      this.ownsStorage = false;
      return this;
    }

    /**
     * Sets the storage and hands it to the instance: {@link Dateline#close()} closes it, last,
     * after flushing the view counter. Use this when the storage was built for this instance alone:
     *
     * <pre>{@code
     * try (Dateline cms = Dateline.builder().ownStorage(JpaStorage.builder()...build()).build()) {
     *   ...
     * } // closes the storage too
     * }</pre>
     *
     * @param storage the backend
     * @return this builder
     */
    public Builder ownStorage(ContentStorage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
      this.ownsStorage = true;
      return this;
    }

    /**
     * Sets how often the instance publishes scheduled articles whose time has come, by calling
     * {@link Dateline#publishDue()} on a daemon thread of its own, stopped by {@link
     * Dateline#close()}. Default: every 30 seconds, the first run one interval after {@code
     * build()}. A scheduled article therefore goes live up to this long after its time. Failures
     * are logged through SLF4J (WARN, logger {@code io.dateline.cms.Dateline}), never thrown, and
     * the next run tries again.
     *
     * <p>One scheduler per node is safe: publishing is exactly once, so several nodes (or an
     * application's own scheduler besides this one) never publish an article twice. {@link
     * Duration#ZERO} turns it off, for an application that calls {@code publishDue()} itself, or a
     * test that moves a clock by hand.
     *
     * @param interval at least 1 ms, or zero to turn scheduled publishing off
     * @return this builder
     * @throws IllegalArgumentException when negative or between 0 and 1 ms
     */
    public Builder publishScheduled(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || (!interval.isZero() && interval.toMillis() < 1)) {
        throw new IllegalArgumentException(
            "publishScheduled interval must be zero or at least 1 ms, was " + interval);
      }
      this.publishInterval = interval;
      return this;
    }

    /**
     * Sets the clock all times come from. Default: {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the language of validation messages: English (default) or Ukrainian ({@code uk}).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder messageLocale(Locale locale) {
      this.messageLocale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Replaces the slug generator, for example to change the maximum length.
     *
     * @param generator the generator
     * @return this builder
     */
    public Builder slugGenerator(SlugGenerator generator) {
      this.slugGenerator = Objects.requireNonNull(generator, "generator");
      return this;
    }

    /**
     * Adds a listener for article events.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ArticleListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * Turns on view counting: {@link Dateline#viewCounter()} then returns a counter over the
     * storage's view counts, using this builder's clock, which {@code settings} may adjust.
     *
     * <pre>{@code
     * Dateline.builder().storage(storage)
     *     .viewCounting(views -> views.flushInterval(Duration.ofSeconds(10)))
     *     .build();
     * }</pre>
     *
     * @param settings configures the counter; {@code views -> {}} keeps the defaults
     * @return this builder
     */
    public Builder viewCounting(Consumer<ViewCounter.Builder> settings) {
      this.viewCounting = Objects.requireNonNull(settings, "settings");
      return this;
    }

    /**
     * Sets how long {@link ArticleService#mostRead} keeps a list (per tenant, language, period and
     * limit) before reading it from storage again. Default: 10 seconds, so a "most read" box on
     * every page costs one storage statement per list per 10 seconds on each node, and trails the
     * stored counts by at most that. {@link Duration#ZERO} turns caching off.
     *
     * @param ttl zero or positive; never {@code null}
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder mostReadCacheTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isNegative()) {
        throw new IllegalArgumentException("mostReadCacheTtl must be zero or positive, was " + ttl);
      }
      this.mostReadCacheTtl = ttl;
      return this;
    }

    /**
     * Records Dateline's meters in a Micrometer registry: runs of the built-in scheduled publishing
     * and the articles they published, and, when {@link #viewCounting view counting} is on, the
     * view counter's meters ({@link ViewCounter.Builder#meterRegistry}). Names and tags are listed
     * in docs/observability.md; the site's meters are set on {@code DatelineSite.builder()}. {@link
     * Dateline#close()} removes them from the registry.
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
     * Sets who may run which command: the services ask it at the start of every command, before
     * anything is validated or stored, and throw {@link AccessDeniedException} when it refuses.
     * Default: {@link Authorizer#ALLOW_ALL}. Scheduled publication is not asked again when its time
     * comes (it was asked for {@link Action#PUBLISH} when the article was scheduled) and is
     * recorded as {@link Actor#SCHEDULER}'s. See docs/audit.md.
     *
     * @param authorizer the decision; never {@code null}
     * @return this builder
     * @since 0.1.0
     */
    public Builder authorizer(Authorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /**
     * Sets where the original bytes of uploaded images are kept. Default: a {@link
     * FileSystemBlobStore} under {@code dateline-media} in the working directory (created on the
     * first upload). Give every node of a cluster the same store (a shared volume, S3, ...).
     *
     * @param store the blob store; the application closes it, if it needs closing
     * @return this builder
     * @since 0.1.0
     */
    public Builder blobStore(BlobStore store) {
      this.blobStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sets the limits uploaded images are checked against. Defaults: {@value
     * #DEFAULT_MAX_IMAGE_BYTES} bytes (20 MiB) and {@value #DEFAULT_MAX_IMAGE_PIXELS} pixels (40
     * megapixels). The pixel limit is checked on the dimensions in the file's header, before any
     * decoder sees it, so a small file that would decode into a huge bitmap is refused.
     *
     * @param maxBytes the largest file accepted, positive
     * @param maxPixels the most pixels (width × height) accepted, positive
     * @return this builder
     * @since 0.1.0
     */
    public Builder imageLimits(long maxBytes, long maxPixels) {
      if (maxBytes <= 0 || maxPixels <= 0) {
        throw new IllegalArgumentException(
            "image limits must be positive, got " + maxBytes + " bytes, " + maxPixels + " pixels");
      }
      this.maxImageBytes = maxBytes;
      this.maxImagePixels = maxPixels;
      return this;
    }

    /**
     * Which article revisions to keep: after every change, the article's revisions outside the
     * policy are deleted (never its newest). The default, {@link RevisionRetention#ALL}, keeps
     * every revision.
     *
     * @param retention the policy; never {@code null}
     * @return this builder
     * @since 0.1.0
     */
    public Builder revisionRetention(RevisionRetention retention) {
      this.revisionRetention = Objects.requireNonNull(retention, "retention");
      return this;
    }

    /**
     * How long audit entries are kept. Older ones are deleted by {@link Dateline#pruneAuditLog()},
     * which the built-in scheduler ({@link #publishScheduled(Duration)}) runs about once an hour.
     * By default every entry is kept. Audit entries name people (actor ids and display names), so a
     * newsroom's data-protection rules usually set a limit.
     *
     * @param retention at least one day
     * @return this builder
     * @throws IllegalArgumentException when shorter than one day
     * @since 0.1.0
     */
    public Builder auditRetention(Duration retention) {
      Objects.requireNonNull(retention, "retention");
      if (retention.compareTo(Duration.ofDays(1)) < 0) {
        throw new IllegalArgumentException(
            "auditRetention must be at least one day, was " + retention);
      }
      this.auditRetention = retention;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the configured Dateline
     * @throws IllegalStateException when no storage was set
     */
    public Dateline build() {
      if (storage == null) {
        throw new IllegalStateException(
            "Dateline needs a storage: call storage(...) or ownStorage(...) before build()");
      }
      return new Dateline(this, storage);
    }
  }
}
