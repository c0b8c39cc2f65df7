package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.testsupport.MutableClock;
import io.dateline.cms.views.ViewCounter;
import io.dateline.cms.views.ViewTotal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Dateline's lifecycle: publishing due articles, scheduling, closing, owning storage")
class DatelineLifecycleTest {
  private static final TenantId ALPHA = TenantId.of("alpha");
  private static final long TIMEOUT_SECONDS = 60;

  private final MutableClock clock = MutableClock.at(Newsroom.START);
  private final ObservedStorage storage = new ObservedStorage(new InMemoryStorage());

  /**
   * In-memory storage that counts {@code close()} calls and fails on demand: a tenant's article
   * repository, the tenant list, or the view store.
   */
  private static final class ObservedStorage implements ContentStorage {
    private final InMemoryStorage delegate;
    final AtomicInteger closes = new AtomicInteger();
    final AtomicInteger tenantListReads = new AtomicInteger();
    volatile TenantId brokenTenant;
    volatile boolean tenantListDown;
    volatile boolean viewsDown;

    ObservedStorage(InMemoryStorage delegate) {
      this.delegate = delegate;
    }

    @Override
    public TenantRepository tenants() {
      TenantRepository tenants = delegate.tenants();
      return (TenantRepository)
          Proxy.newProxyInstance(
              TenantRepository.class.getClassLoader(),
              new Class<?>[] {TenantRepository.class},
              (proxy, method, args) -> {
                if (method.getName().equals("findAll")) {
                  tenantListReads.incrementAndGet();
                  if (tenantListDown) {
                    throw new StorageException("tenant list unavailable", null);
                  }
                }
                return invoke(method, tenants, args);
              });
    }

    @Override
    public TenantStorage tenant(TenantId tenantId) {
      TenantStorage real = delegate.tenant(tenantId);
      if (!tenantId.equals(brokenTenant)) {
        return real;
      }
      ArticleRepository broken =
          (ArticleRepository)
              Proxy.newProxyInstance(
                  ArticleRepository.class.getClassLoader(),
                  new Class<?>[] {ArticleRepository.class},
                  (proxy, method, args) -> {
                    throw new StorageException("articles of " + tenantId + " unavailable", null);
                  });
      return new TenantStorage() {
        @Override
        public TenantId tenantId() {
          return tenantId;
        }

        @Override
        public ArticleRepository articles() {
          return broken;
        }

        @Override
        public io.dateline.cms.spi.AuthorRepository authors() {
          return real.authors();
        }

        @Override
        public io.dateline.cms.spi.TagRepository tags() {
          return real.tags();
        }

        @Override
        public io.dateline.cms.spi.LocationRepository locations() {
          return real.locations();
        }

        @Override
        public io.dateline.cms.spi.SectionRepository sections() {
          return real.sections();
        }
      };
    }

    @Override
    public ViewCountStore viewCounts() {
      ViewCountStore views = delegate.viewCounts();
      return new ViewCountStore() {
        @Override
        public boolean add(ViewBatch batch) {
          if (viewsDown) {
            throw new StorageException("views unavailable", null);
          }
          return views.add(batch);
        }

        @Override
        public int forgetBatchIds(Duration olderThan) {
          return views.forgetBatchIds(olderThan);
        }

        @Override
        public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> ids) {
          return views.totals(tenantId, ids);
        }

        @Override
        public List<ViewTotal> top(TenantId tenantId, LocalDate from, LocalDate to, int limit) {
          return views.top(tenantId, from, to, limit);
        }

        @Override
        public List<ViewTotal> topAllTime(TenantId tenantId, int limit) {
          return views.topAllTime(tenantId, limit);
        }
      };
    }

    @Override
    public ChangeLog changes() {
      return delegate.changes();
    }

    @Override
    public void close() {
      closes.incrementAndGet();
    }

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
        throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  private Dateline.Builder builder() {
    return Dateline.builder().storage(storage).clock(clock).publishScheduled(Duration.ZERO);
  }

  private static Tenant alphaTenant() {
    return Tenant.builder(
            ALPHA,
            "Alpha",
            Newsroom.UK,
            ZoneId.of("Europe/Kyiv"),
            URI.create("https://alpha.example"))
        .publicationName("Alpha")
        .supportedLocales(Set.of())
        .build();
  }

  private static void saveTenants(Dateline cms) {
    cms.saveTenant(alphaTenant());
    cms.saveTenant(Newsroom.cityTenant());
    cms.saveTenant(Newsroom.unnTenant());
  }

  /** Creates an article and schedules it ten minutes after the clock's time. */
  private ArticleId schedule(Dateline cms, TenantId tenant, String headline) {
    ArticleService articles = cms.tenant(tenant).articles();
    ArticleDraft.Builder builder =
        tenant.equals(Newsroom.CITY)
            ? ArticleDraft.builder(Newsroom.EN, headline).body(Block.Paragraph.of("Text."))
            : Newsroom.draft(headline);
    Article draft = articles.create(builder.build());
    articles.schedule(draft.id(), clock.instant().plus(Duration.ofMinutes(10)));
    return draft.id();
  }

  private ArticleStatus status(TenantId tenant, ArticleId id) {
    return storage.delegate.tenant(tenant).articles().findById(id).orElseThrow().status();
  }

  private static Set<Thread> threadsNamed(String prefix) {
    Set<Thread> threads = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix)) {
        threads.add(thread);
      }
    }
    return threads;
  }

  @Nested
  @DisplayName("publishDue()")
  class PublishDue {
    @Test
    @DisplayName("tries every tenant when one fails, then reports the failures together")
    void everyTenantIsTried() {
      try (Dateline cms = builder().build()) {
        saveTenants(cms);
        ArticleId alpha = schedule(cms, ALPHA, "Альфа");
        ArticleId city = schedule(cms, Newsroom.CITY, "Місто");
        ArticleId unn = schedule(cms, Newsroom.UNN, "Агенція");
        clock.advance(Duration.ofMinutes(11));
        storage.brokenTenant = Newsroom.CITY; // tenants are tried by id: alpha, city, unn

        PublishDueException failure =
            (PublishDueException) org.assertj.core.api.Assertions.catchThrowable(cms::publishDue);

        assertThat(failure).isNotNull();
        assertThat(failure.failures()).containsOnlyKeys(Newsroom.CITY);
        assertThat(failure.failures().get(Newsroom.CITY))
            .isInstanceOf(StorageException.class)
            .hasMessageContaining("articles of city unavailable");
        assertThat(failure.getSuppressed()).containsExactly(failure.failures().get(Newsroom.CITY));
        assertThat(failure.published()).isEqualTo(2);
        assertThat(failure).hasMessageContaining("1 tenant: city");
        assertThat(status(ALPHA, alpha)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(status(Newsroom.UNN, unn)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(status(Newsroom.CITY, city)).isEqualTo(ArticleStatus.SCHEDULED);

        storage.brokenTenant = null;
        assertThat(cms.publishDue()).isEqualTo(1);
        assertThat(status(Newsroom.CITY, city)).isEqualTo(ArticleStatus.PUBLISHED);
      }
    }

    @Test
    @DisplayName("names every failed tenant, in the order tried")
    void severalFailures() {
      Map<TenantId, RuntimeException> failures = new LinkedHashMap<>();
      failures.put(ALPHA, new StorageException("a", null));
      failures.put(Newsroom.UNN, new IllegalStateException("b"));

      PublishDueException both = new PublishDueException(3, failures);

      assertThat(both)
          .isInstanceOf(DatelineException.class)
          .hasMessageStartingWith("publishing due articles failed for 2 tenants: alpha (")
          .hasMessageContaining(", unn (");
      assertThat(both.failures().keySet()).containsExactly(ALPHA, Newsroom.UNN);
      assertThat(both.getSuppressed()).containsExactlyElementsOf(failures.values());
      assertThat(both.published()).isEqualTo(3);
      assertThatThrownBy(() -> new PublishDueException(0, Map.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("the built-in scheduler")
  class Scheduler {
    @Test
    @DisplayName("publishes due articles on its own, keeps going after failures, stops on close")
    void publishesOnItsOwn() throws Exception {
      Set<Thread> before = threadsNamed("dateline-publisher-");
      CountDownLatch published = new CountDownLatch(2);
      Dateline cms =
          Dateline.builder()
              .storage(storage)
              .clock(clock)
              .publishScheduled(Duration.ofMillis(5))
              .listener(
                  e -> {
                    if (e instanceof ArticleEvent.Published) {
                      published.countDown();
                    }
                  })
              .build();
      try {
        saveTenants(cms);
        ArticleId first = schedule(cms, Newsroom.UNN, "Перша");
        ArticleId second = schedule(cms, ALPHA, "Друга");
        // Runs fail while the tenant list is down: they must be logged, not end the scheduler.
        storage.tenantListDown = true;
        int reads = storage.tenantListReads.get();
        while (storage.tenantListReads.get() < reads + 3) {
          Thread.onSpinWait();
        }
        storage.tenantListDown = false;
        assertThat(status(Newsroom.UNN, first)).isEqualTo(ArticleStatus.SCHEDULED);

        clock.advance(Duration.ofMinutes(11));

        assertThat(published.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(status(Newsroom.UNN, first)).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(status(ALPHA, second)).isEqualTo(ArticleStatus.PUBLISHED);
      } finally {
        cms.close();
      }
      Set<Thread> mine = threadsNamed("dateline-publisher-");
      mine.removeAll(before);
      assertThat(mine).noneMatch(Thread::isAlive);
    }

    @Test
    @DisplayName("is on by default, and off with Duration.ZERO")
    void defaultOn() {
      Set<Thread> before = threadsNamed("dateline-publisher-");
      Set<Thread> started;
      try (Dateline cms = Dateline.builder().storage(storage).build()) {
        started = threadsNamed("dateline-publisher-");
        started.removeAll(before);
        assertThat(started).hasSize(1).allMatch(Thread::isDaemon);
      }
      assertThat(started).noneMatch(Thread::isAlive);

      Set<Thread> beforeOff = threadsNamed("dateline-publisher-");
      try (Dateline cms = builder().build()) {
        Set<Thread> off = threadsNamed("dateline-publisher-");
        off.removeAll(beforeOff);
        assertThat(off).isEmpty();
      }
    }

    @Test
    @DisplayName("refuses a negative or sub-millisecond interval")
    void validation() {
      Dateline.Builder builder = Dateline.builder();
      assertThatThrownBy(() -> builder.publishScheduled(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("publishScheduled interval must be zero or at least 1 ms, was PT-1S");
      assertThatThrownBy(() -> builder.publishScheduled(Duration.ofNanos(10)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> builder.publishScheduled(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("a closed instance")
  class Closed {
    @Test
    @DisplayName("refuses every call, also through services and feeds obtained before")
    void refusesCalls() {
      Dateline cms = builder().viewCounting(views -> views.flushInterval(Duration.ZERO)).build();
      saveTenants(cms);
      TenantContent unn = cms.tenant(Newsroom.UNN);
      ArticleService articles = unn.articles();
      ViewCounter counter = cms.viewCounter();
      io.dateline.cms.changes.ChangeFeed feed = cms.changes();
      Article story = articles.create(Newsroom.draft("Новина").build());
      assertThat(counter.record(Newsroom.UNN, story.id())).isTrue();

      cms.close();

      List<ThrowingCallable> calls =
          List.of(
              () -> cms.tenant(Newsroom.UNN),
              cms::tenants,
              () -> cms.findTenant(Newsroom.UNN),
              () -> cms.saveTenant(Newsroom.cityTenant()),
              cms::publishDue,
              cms::changes,
              cms::viewCounter,
              () -> cms.tenant(Newsroom.UNN, java.time.Clock.systemUTC()),
              () -> cms.importViews(Newsroom.UNN, java.util.UUID.randomUUID(), List.of()),
              () -> articles.list(ArticleQuery.published()),
              () -> articles.find(story.id()),
              () -> articles.create(Newsroom.draft("Пізно").build()),
              () -> unn.authors().list(null, 10),
              () -> feed.read(0, 10),
              feed::head);
      for (ThrowingCallable call : calls) {
        assertThatThrownBy(call)
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("Dateline is closed");
      }
      // A counter held from before ignores views instead of failing a request during shutdown.
      assertThat(counter.record(Newsroom.UNN, story.id())).isFalse();
      assertThat(storage.delegate.viewCounts().totals(Newsroom.UNN, List.of(story.id())))
          .containsEntry(story.id(), 1L);
      assertThat(cms.clock()).isSameAs(clock);
      cms.close(); // again: nothing happens
    }
  }

  @Nested
  @DisplayName("storage ownership")
  class Ownership {
    @Test
    @DisplayName("storage(...) stays the application's: close() leaves it open")
    void applicationOwned() {
      Dateline cms = builder().build();
      cms.close();
      assertThat(storage.closes).hasValue(0);
    }

    @Test
    @DisplayName("ownStorage(...) is closed by close(), once")
    void dateLineOwned() {
      Dateline cms =
          Dateline.builder()
              .ownStorage(storage)
              .clock(clock)
              .publishScheduled(Duration.ZERO)
              .build();
      cms.saveTenant(Newsroom.unnTenant());
      cms.close();
      cms.close();
      assertThat(storage.closes).hasValue(1);
    }

    @Test
    @DisplayName("owned storage stays open while the final view flush fails, so close() can retry")
    void ownedStorageWaitsForViews() {
      Dateline cms =
          Dateline.builder()
              .ownStorage(storage)
              .clock(clock)
              .publishScheduled(Duration.ZERO)
              .viewCounting(views -> views.flushInterval(Duration.ZERO))
              .build();
      ArticleId article = ArticleId.random();
      cms.viewCounter().record(Newsroom.UNN, article);
      storage.viewsDown = true;

      assertThatThrownBy(cms::close).isInstanceOf(StorageException.class);
      assertThat(storage.closes).hasValue(0);

      storage.viewsDown = false;
      cms.close();
      assertThat(storage.closes).hasValue(1);
      assertThat(storage.delegate.viewCounts().totals(Newsroom.UNN, List.of(article)))
          .containsEntry(article, 1L);
    }
  }
}
