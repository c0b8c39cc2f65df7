package io.dateline.cms;

import io.dateline.cms.changes.ChangeFeed;
import io.dateline.cms.event.ArticleListener;
import io.dateline.cms.internal.ChangeNotifier;
import io.dateline.cms.internal.EventDispatcher;
import io.dateline.cms.internal.MostReadCache;
import io.dateline.cms.internal.SlugAssigner;
import io.dateline.cms.internal.validation.CommandValidator;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.slug.SlugGenerator;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.views.ViewCounter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
 * <p>Thread-safe. {@link #close()} stops the {@linkplain #changes() change feed}'s subscriptions,
 * flushes the view counter (when enabled) and releases the validator; it does not close the
 * storage, which the application owns.
 */
public final class Dateline implements AutoCloseable {
  private final ContentStorage storage;
  private final Clock clock;
  private final CommandValidator validator;
  private final SlugAssigner slugs;
  private final EventDispatcher events;
  private final ViewCounter viewCounter; // null unless enabled
  private final ChangeNotifier changeNotifier = new ChangeNotifier();
  private final ChangeFeed changes;
  private final MostReadCache mostRead;

  private Dateline(Builder b) {
    this.storage = b.storage;
    this.clock = b.clock;
    this.validator = new CommandValidator(b.clock, b.messageLocale);
    this.slugs = new SlugAssigner(b.slugGenerator);
    this.events = new EventDispatcher(b.listeners);
    this.changes = new ChangeFeed(b.storage.changes(), changeNotifier);
    this.mostRead = new MostReadCache(b.mostReadCacheTtl, b.clock);
    if (b.viewCounting == null) {
      this.viewCounter = null;
    } else {
      ViewCounter.Builder counter = ViewCounter.builder(b.storage.viewCounts()).clock(b.clock);
      b.viewCounting.accept(counter);
      this.viewCounter = counter.build();
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
   */
  public Optional<Tenant> findTenant(TenantId id) {
    return storage.tenants().find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Every tenant, ordered by id.
   *
   * @return the tenants
   */
  public List<Tenant> tenants() {
    return storage.tenants().findAll();
  }

  /**
   * The content of one tenant.
   *
   * @param id the tenant
   * @return its services
   * @throws NotFoundException when no such tenant is stored
   */
  public TenantContent tenant(TenantId id) {
    Tenant tenant = findTenant(id).orElseThrow(() -> new NotFoundException("tenant", id, null));
    return new TenantContent(
        tenant, storage.tenant(id), clock, validator, slugs, events, mostRead, changeNotifier);
  }

  /**
   * Publishes every tenant's scheduled articles whose time has come. Call it from any scheduler, on
   * any number of nodes: each article is published exactly once.
   *
   * @return how many articles this call published
   */
  public int publishDue() {
    int published = 0;
    for (Tenant tenant : tenants()) {
      published += tenant(tenant.id()).articles().publishDue();
    }
    return published;
  }

  /**
   * The change feed: every content change of every tenant, in order, to read or follow. Writes
   * through this instance wake its followers at once.
   *
   * @return the feed; never {@code null}
   */
  public ChangeFeed changes() {
    return changes;
  }

  /**
   * The storage this instance uses.
   *
   * @return the storage
   */
  public ContentStorage storage() {
    return storage;
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
   * @throws IllegalStateException when view counting was not enabled
   */
  public ViewCounter viewCounter() {
    if (viewCounter == null) {
      throw new IllegalStateException(
          "view counting is off: enable it with Dateline.builder().viewCounting(...)");
    }
    return viewCounter;
  }

  /**
   * Stops the change feed's subscriptions, flushes the view counter, if enabled, then releases the
   * validator.
   *
   * @throws StorageException when the view counter's final flush fails (see {@link
   *     ViewCounter#close()})
   */
  @Override
  public void close() {
    try {
      changeNotifier.close();
      if (viewCounter != null) {
        viewCounter.close();
      }
    } finally {
      validator.close();
    }
  }

  /** Configures a {@link Dateline}; not thread-safe. */
  public static final class Builder {
    private ContentStorage storage;
    private Clock clock = Clock.systemUTC();
    private Locale messageLocale = Locale.ENGLISH;
    private SlugGenerator slugGenerator = SlugGenerator.standard();
    private final List<ArticleListener> listeners = new ArrayList<>();
    private Consumer<ViewCounter.Builder> viewCounting;
    private Duration mostReadCacheTtl = Duration.ofSeconds(10);

    private Builder() {}

    /**
     * Sets the storage. Required.
     *
     * @param storage the backend
     * @return this builder
     */
    public Builder storage(ContentStorage storage) {
      this.storage = Objects.requireNonNull(storage, "storage");
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
     * Builds the instance.
     *
     * @return the configured Dateline
     * @throws IllegalStateException when no storage was set
     */
    public Dateline build() {
      if (storage == null) {
        throw new IllegalStateException(
            "Dateline needs a storage: call storage(...) before build()");
      }
      return new Dateline(this);
    }
  }
}
