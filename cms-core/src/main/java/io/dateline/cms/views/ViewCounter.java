package io.dateline.cms.views;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.StorageException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.views.internal.CurrentDay;
import io.dateline.cms.views.internal.RecentVisitors;
import io.dateline.cms.views.internal.StoredTotals;
import io.dateline.cms.views.internal.TenantArticle;
import io.dateline.cms.views.internal.UnsentViews;
import io.dateline.cms.views.internal.ViewBuffer;
import io.dateline.cms.views.internal.ViewBuffer.ArticleViews;
import io.dateline.cms.views.internal.ViewMeters;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.StampedLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts article views exactly and cheaply, on one node or many sharing one {@link ViewCountStore}.
 *
 * <pre>{@code
 * ViewCounter views = ViewCounter.builder(storage.viewCounts())
 *     .flushInterval(Duration.ofSeconds(5))
 *     .deduplicate(Duration.ofMinutes(30), 1_000_000)
 *     .filter(ViewFilter.excludingBots())
 *     .build();
 * views.record(tenantId, articleId, sessionId, userAgent); // on every page view
 * long shown = views.count(tenantId, articleId);           // "30138 views"
 * Map<ArticleId, Long> shownOnPage = views.counts(listing); // one query for a listing page
 * List<ViewTotal> box = views.mostRead(tenantId, ViewPeriod.LAST_24_HOURS, 10);
 * views.close();                                           // on shutdown: flushes
 * }</pre>
 *
 * <p><b>Recording</b> touches no database: it adds to an in-memory buffer keyed by (tenant,
 * article, UTC day of the clock). On the JDK system clock the day is kept in memory and switched by
 * a timer at midnight instead of reading the clock per view (a clock read can cost more than the
 * rest of {@code record}); views in the moment between midnight and the switch, normally well under
 * a millisecond, count on the day before. Other clocks are read on every view. A flusher thread
 * owned by the counter adds the buffer to the store as one batch every {@link
 * Builder#flushInterval(Duration) flush interval}, early when the buffer holds {@link
 * Builder#maxPendingArticles(int) maxPendingArticles} distinct articles, and on {@link #close()}.
 *
 * <p><b>Exactness.</b> Every recorded view is added to the store exactly once. A batch the store
 * rejects is kept and resent, unchanged and under the same id, at the next flush; the store ignores
 * an id it has applied before, so a flush that failed after the database committed is not counted
 * twice. What a hard crash (kill -9, power loss) loses is bounded: the views recorded since the
 * last flush (at most one flush interval, or fewer when the buffer filled early) plus any batch the
 * store had not confirmed.
 *
 * <p><b>Displayed counts</b> ({@link #count}, {@link #counts}) add this node's unsent views to the
 * stored totals, so a reader sees their own view at once. Stored totals are reused for {@link
 * Builder#storedCountTtl(Duration) storedCountTtl} (2 s by default), so repeated counts of an
 * article make no store call; batches this node stores are added to the reused totals, so its own
 * views are never lost from or doubled in the count. Other nodes' views appear after those nodes
 * flush and this node's reused total expires. The count is never lower than what this node recorded
 * before the call; while a batch is being committed it can briefly be higher, by that batch's views
 * of the article, because the batch is read both as unsent and as stored.
 *
 * <p>Thread-safe. {@code record} is lock-free and allocates nothing for an article already viewed
 * in the current flush window (de-duplication, when enabled, allocates a small key per call).
 *
 * @since 0.1.0
 */
public final class ViewCounter implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ViewCounter.class);
  private static final int MAX_LIMIT = 1000;
  private static final AtomicInteger THREAD_SEQUENCE = new AtomicInteger();

  /** How often, by the counter's clock, the store is asked to forget expired batch ids. */
  private static final Duration PRUNE_EVERY = Duration.ofHours(1);

  /** How long {@code close()} waits for a flush running on the flusher thread to finish. */
  private static final long CLOSE_WAIT_SECONDS = 60;

  private final ViewCountStore store;
  private final Clock clock;
  private final Duration flushInterval;
  private final int maxPendingArticles;
  private final @Nullable ViewFilter filter;
  private final @Nullable RecentVisitors recentVisitors;
  private final ViewCounterListener listener;
  private final @Nullable ViewMeters meters; // null without a MeterRegistry
  private final ScheduledThreadPoolExecutor flusher;
  private final Duration batchIdRetention;
  private final Duration pruneEvery;

  /**
   * Threads of {@link #flusher}, so that {@code close()} called on one does not wait for itself.
   */
  private final Set<Thread> flusherThreads = ConcurrentHashMap.newKeySet();

  private @Nullable Instant lastPrune; // guarded by flushLock; null until the first flush
  private final CurrentDay currentDay;
  private final Runnable requestEarlyFlush = this::requestEarlyFlush;
  private final StoredTotals storedTotals;

  /**
   * The buffer recorders add to. Replaced by a fresh one at each flush.
   *
   * <p><b>The swap race.</b> A recorder reads this field, then increments an entry of that buffer.
   * The flusher may swap the buffer and drain the old one between those two steps, so the increment
   * can land in a buffer that was already drained. Rather than making recorders announce themselves
   * (a shared counter touched on every view would be the very contention the buffer avoids), each
   * recorder re-reads this field after incrementing. If it still holds the recorder's buffer, the
   * swap (a volatile write) comes after the increment in the total order of volatile accesses, and
   * so does the flusher's drain, which therefore collects the increment. If the buffer changed, the
   * recorder drains the entry it touched itself and adds what it took to the new buffer ({@link
   * #add}). Draining uses {@link java.util.concurrent.atomic.LongAdder#sumThenReset()}, an atomic
   * get-and-set per cell, so each increment is taken by exactly one drainer, whichever comes after
   * it: never lost, never counted twice. The concurrency tests check this to the view.
   */
  private volatile ViewBuffer current;

  /**
   * Guards the moment a buffer moves into {@link #unsent}, so that readers of pending counts see
   * the views either in the buffer or in the unsent set, never in neither. Readers take an
   * optimistic stamp and only wait when a flush overlapped; recorders never touch it.
   */
  private final StampedLock transition = new StampedLock();

  /** Serializes flushes: the flusher thread, {@link #flush()} and {@link #close()}. */
  private final ReentrantLock flushLock = new ReentrantLock();

  private final UnsentViews unsent = new UnsentViews(); // guarded by flushLock
  private final AtomicBoolean earlyFlushRequested = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable RuntimeException lastFailure;

  private final UnsentViews.Observer reporter =
      new UnsentViews.Observer() {
        @Override
        public void confirmed(ViewBatch batch) {
          storedTotals.confirmed(batch);
          if (meters != null) {
            meters.stored(batch);
          }
        }

        @Override
        public void stored(ViewBatch batch, int attempt, boolean applied) {
          if (attempt > 1 || !applied) {
            LOG.info(
                "View batch {} stored on attempt {}{}",
                batch.id(),
                attempt,
                applied ? "" : " (an earlier attempt had committed; not counted twice)");
          } else {
            LOG.debug("View batch {} stored: {} increments", batch.id(), batch.increments().size());
          }
          notifyListener(() -> listener.batchStored(batch, attempt, applied));
        }

        @Override
        public void failed(ViewBatch batch, int attempt, RuntimeException error) {
          lastFailure = error;
          if (meters != null) {
            meters.failed(batch);
          }
          LOG.warn(
              "View batch {} failed on attempt {}; its {} increments are kept and resent at the"
                  + " next flush",
              batch.id(),
              attempt,
              batch.increments().size(),
              error);
          notifyListener(() -> listener.batchFailed(batch, attempt, error));
        }
      };

  private ViewCounter(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.flushInterval = b.flushInterval;
    this.maxPendingArticles = b.maxPendingArticles;
    this.filter = b.filter;
    this.listener = b.listener;
    this.recentVisitors =
        b.dedupWindow == null ? null : new RecentVisitors(b.dedupWindow, b.maxVisitors, b.clock);
    this.current = newBuffer();
    this.storedTotals = new StoredTotals(b.storedCountTtl, b.clock);
    // Two threads: flushes run one at a time (flushLock), and the second thread keeps the midnight
    // day switch of CurrentDay on time while a flush waits on a slow store.
    this.batchIdRetention = b.batchIdRetention;
    this.pruneEvery = batchIdRetention.compareTo(PRUNE_EVERY) < 0 ? batchIdRetention : PRUNE_EVERY;
    this.flusher = new ScheduledThreadPoolExecutor(2, flusherThreads(flusherThreads));
    // close() must leave no thread behind: drop the midnight timer and periodic flushes at shutdown
    // instead of letting a delayed task keep a thread waiting until midnight.
    flusher.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    flusher.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    flusher.setRemoveOnCancelPolicy(true);
    this.currentDay = CurrentDay.of(b.clock, flusher);
    if (!flushInterval.isZero()) {
      long millis = flushInterval.toMillis();
      flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }
    this.meters =
        b.meterRegistry == null ? null : new ViewMeters(b.meterRegistry, this::pendingViews);
  }

  /**
   * Starts a builder.
   *
   * @param store where counts are kept; usually {@code storage.viewCounts()}
   * @return a new builder
   * @throws NullPointerException when {@code store} is {@code null}
   */
  public static Builder builder(ViewCountStore store) {
    return new Builder(store);
  }

  /**
   * Records one view.
   *
   * @param tenantId the tenant; never {@code null}
   * @param articleId the article; never {@code null}
   * @return {@code true} when counted; {@code false} when the filter dropped it or the counter is
   *     closed
   */
  public boolean record(TenantId tenantId, ArticleId articleId) {
    return record(tenantId, articleId, null, null);
  }

  /**
   * Records one view by a visitor; with de-duplication on, a visitor's repeated views of an article
   * within the window count once.
   *
   * @param tenantId the tenant; never {@code null}
   * @param articleId the article; never {@code null}
   * @param visitorKey a stable, short key for the visitor (a session id, a hash of address and user
   *     agent); {@code null} to skip de-duplication for this view
   * @return {@code true} when counted; {@code false} when it was a repeat, filtered, or the counter
   *     is closed
   */
  public boolean record(TenantId tenantId, ArticleId articleId, @Nullable String visitorKey) {
    return record(tenantId, articleId, visitorKey, null);
  }

  /**
   * Records one view by a visitor with a user agent, which the {@link ViewFilter} sees.
   *
   * <p>A view recorded after {@link #close()} is ignored and returns {@code false}: a request still
   * running during shutdown must not fail because of a counter. A view racing with {@code close()}
   * is either ignored (and {@code false} returned) or counted and stored: when this call returns
   * {@code true}, the view is in the store or, if the store is failing, among the {@link
   * #pendingViews()} that the next {@code flush()} or {@code close()} retries. A view recorded
   * while {@code close()} runs is stored by the recording thread itself if the final flush has
   * already passed.
   *
   * @param tenantId the tenant; never {@code null}
   * @param articleId the article; never {@code null}
   * @param visitorKey see {@link #record(TenantId, ArticleId, String)}; may be {@code null}
   * @param userAgent the client's {@code User-Agent}, for the filter; may be {@code null}
   * @return {@code true} when counted; {@code false} when it was a repeat, filtered, or the counter
   *     is closed
   * @throws NullPointerException when {@code tenantId} or {@code articleId} is {@code null}
   */
  public boolean record(
      TenantId tenantId,
      ArticleId articleId,
      @Nullable String visitorKey,
      @Nullable String userAgent) {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(articleId, "articleId");
    if (closed.get()) {
      return false;
    }
    if (filter != null && !filter.accept(tenantId, articleId, userAgent)) {
      if (meters != null) {
        meters.filtered();
      }
      return false;
    }
    if (recentVisitors != null
        && visitorKey != null
        && !recentVisitors.firstView(tenantId, articleId, visitorKey)) {
      if (meters != null) {
        meters.repeated();
      }
      return false;
    }
    add(tenantId, articleId, currentDay.epochDay(), 1);
    if (meters != null) {
      meters.counted();
    }
    if (closed.get()) {
      // close() may have flushed before this view was added (this thread passed the check above,
      // then close() set the flag and flushed). Store it now rather than leave it in a buffer that
      // nobody flushes. If the flag was still clear here, it was set after the increment (volatile
      // accesses are totally ordered), so close()'s own flush, which swaps the buffer after setting
      // the flag, collects it.
      flush();
    }
    return true;
  }

  /** Adds views to the current buffer, moving them on if the buffer was swapped meanwhile. */
  private void add(TenantId tenantId, ArticleId articleId, long epochDay, long count) {
    ViewBuffer buffer = current;
    ArticleViews views = buffer.article(tenantId, articleId, epochDay);
    views.add(epochDay, count);
    if (current == buffer) {
      return;
    }
    // Lost the race with a flush (see the comment on `current`): take back whatever the flusher
    // left in this entry, ours and other stragglers' alike, and add it to the newer buffer.
    views.drain((day, left) -> add(tenantId, articleId, day, left));
  }

  /**
   * The view count to display: stored total (reused for {@link Builder#storedCountTtl}) plus this
   * node's views not yet stored.
   *
   * @param tenantId the tenant; never {@code null}
   * @param articleId the article; never {@code null}
   * @return the count; 0 for an article never viewed
   * @throws StorageException when the store fails
   */
  public long count(TenantId tenantId, ArticleId articleId) {
    Objects.requireNonNull(articleId, "articleId");
    return counts(tenantId, List.of(articleId)).getOrDefault(articleId, 0L);
  }

  /**
   * Display counts of several articles, for listing pages: one store query for all of them whose
   * stored totals are not reused from an earlier call, none when all are.
   *
   * @param tenantId the tenant; never {@code null}
   * @param articleIds the articles; never {@code null}, no {@code null} elements
   * @return a count for every requested article (0 for those never viewed), in the order given
   * @throws StorageException when the store fails
   */
  public Map<ArticleId, Long> counts(TenantId tenantId, Collection<ArticleId> articleIds) {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(articleIds, "articleIds");
    Set<ArticleId> ids = new LinkedHashSet<>(articleIds);
    if (ids.contains(null)) {
      throw new NullPointerException("articleIds must not contain null");
    }
    // Pending first, stored second: views only move from buffer to unsent to store, so reading in
    // that order can count a view twice for a moment. It can also miss one for a moment: a view a
    // recorder hands from a drained buffer to the next one (see `current`) is in neither then.
    Map<ArticleId, Long> result = pending(tenantId, ids);
    if (!ids.isEmpty()) {
      storedTotals
          .totals(store, tenantId, ids)
          .forEach((id, stored) -> result.merge(id, stored, Long::sum));
    }
    return result;
  }

  /**
   * Display counts of the articles of a listing page, in one store query per tenant (a listing
   * holds one tenant's articles, so one query) as {@link #counts(TenantId, Collection)}.
   *
   * <pre>{@code
   * ArticleListing page = site.articles().list(query, null);
   * Map<ArticleId, Long> views = counter.counts(page);
   * }</pre>
   *
   * @param listing the page; never {@code null}
   * @return a count for every article of the page, in its order
   * @throws StorageException when the store fails
   */
  public Map<ArticleId, Long> counts(ArticleListing listing) {
    Objects.requireNonNull(listing, "listing");
    return countsOf(listing.articles());
  }

  /**
   * Display counts of some articles, each counted under its own tenant: one store query per tenant
   * among them, as {@link #counts(TenantId, Collection)}. Saves extracting ids by hand for a "most
   * read" box or any list of articles.
   *
   * @param articles the articles; never {@code null}, no {@code null} elements
   * @return a count for every article (0 for those never viewed), in the order given
   * @throws StorageException when the store fails
   */
  public Map<ArticleId, Long> countsOf(Collection<Article> articles) {
    Objects.requireNonNull(articles, "articles");
    Map<TenantId, List<ArticleId>> byTenant = new LinkedHashMap<>();
    for (Article article : articles) {
      if (article == null) {
        throw new NullPointerException("articles must not contain null");
      }
      byTenant.computeIfAbsent(article.tenantId(), t -> new ArrayList<>()).add(article.id());
    }
    if (byTenant.size() == 1) {
      Map.Entry<TenantId, List<ArticleId>> only = byTenant.entrySet().iterator().next();
      return counts(only.getKey(), only.getValue());
    }
    Map<ArticleId, Long> found = new HashMap<>();
    byTenant.forEach((tenant, ids) -> found.putAll(counts(tenant, ids)));
    Map<ArticleId, Long> result = new LinkedHashMap<>();
    for (Article article : articles) {
      result.put(article.id(), found.get(article.id()));
    }
    return result;
  }

  private Map<ArticleId, Long> pending(TenantId tenantId, Set<ArticleId> ids) {
    long stamp = transition.tryOptimisticRead();
    Map<ArticleId, Long> pending = readPending(tenantId, ids);
    if (!transition.validate(stamp)) {
      stamp = transition.readLock();
      try {
        pending = readPending(tenantId, ids);
      } finally {
        transition.unlockRead(stamp);
      }
    }
    return pending;
  }

  private Map<ArticleId, Long> readPending(TenantId tenantId, Set<ArticleId> ids) {
    ViewBuffer buffer = current;
    Map<TenantArticle, Long> unsentByArticle = unsent.byArticle();
    Map<ArticleId, Long> result = new LinkedHashMap<>();
    for (ArticleId id : ids) {
      long n = buffer.pending(tenantId, id);
      if (!unsentByArticle.isEmpty()) {
        n += unsentByArticle.getOrDefault(new TenantArticle(tenantId, id), 0L);
      }
      result.put(id, n);
    }
    return result;
  }

  /**
   * The most viewed articles of a tenant over a period, from stored counts (so they trail this and
   * other nodes' latest views by up to one flush interval). See {@link ViewPeriod} for how periods
   * map to UTC days.
   *
   * @param tenantId the tenant; never {@code null}
   * @param period the period; never {@code null}
   * @param limit how many, 1 to 1000
   * @return highest first, ties by ascending article id
   * @throws IllegalArgumentException when {@code limit} is out of range
   * @throws StorageException when the store fails
   */
  public List<ViewTotal> mostRead(TenantId tenantId, ViewPeriod period, int limit) {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(period, "period");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
    if (period == ViewPeriod.ALL_TIME) {
      return store.topAllTime(tenantId, limit);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return store.top(tenantId, period.firstDay(today), today, limit);
  }

  /**
   * Adds everything recorded so far to the store now, resending a batch that failed before. Safe to
   * call from any thread at any time; concurrent calls run one after the other.
   *
   * @return {@code true} when the store confirmed everything; {@code false} when a batch failed and
   *     was kept for the next flush (the failure is logged and reported to the listener)
   */
  public boolean flush() {
    flushLock.lock();
    try {
      long started = meters == null ? 0 : System.nanoTime();
      earlyFlushRequested.set(false);
      currentDay.resync();
      long stamp = transition.writeLock();
      try {
        ViewBuffer full = current;
        current = newBuffer();
        unsent.absorb(full);
      } finally {
        transition.unlockWrite(stamp);
      }
      boolean complete;
      storedTotals.sending();
      try {
        complete = unsent.send(store, reporter);
      } finally {
        storedTotals.sent();
      }
      if (complete) {
        forgetExpiredBatchIds();
      }
      long pendingViews = pendingViews();
      LOG.debug(
          "View flush {}; {} views pending", complete ? "complete" : "incomplete", pendingViews);
      notifyListener(() -> listener.flushed(pendingViews, complete));
      if (meters != null) {
        meters.flushed(complete, started);
      }
      return complete;
    } finally {
      flushLock.unlock();
    }
  }

  /**
   * Asks the store to forget the ids of batches applied more than {@link
   * Builder#batchIdRetention(Duration)} ago, at most once per hour of the counter's clock (or per
   * retention, when shorter). A failure is logged and retried at a later flush: ids kept a little
   * longer cost only space.
   */
  private void forgetExpiredBatchIds() {
    Instant now = clock.instant();
    if (lastPrune != null && now.isBefore(lastPrune.plus(pruneEvery))) {
      return;
    }
    try {
      int forgotten = store.forgetBatchIds(batchIdRetention);
      lastPrune = now;
      LOG.debug("Forgot {} view batch ids older than {}", forgotten, batchIdRetention);
    } catch (RuntimeException e) {
      LOG.warn("Could not forget expired view batch ids; will try again at a later flush", e);
    }
  }

  /**
   * Views this node recorded that the store has not confirmed: the current buffer plus unsent
   * batches.
   *
   * @return the number of views
   */
  public long pendingViews() {
    long stamp = transition.readLock();
    try {
      return current.pendingViews() + unsent.views();
    } finally {
      transition.unlockRead(stamp);
    }
  }

  /**
   * Distinct articles in the current buffer; it is flushed early when this reaches {@link
   * Builder#maxPendingArticles(int)}.
   *
   * @return the count
   */
  public int pendingArticles() {
    return current.articleCount();
  }

  /**
   * Stops the flusher and flushes. When it returns, the counter's threads have ended (unless it is
   * called on one of them, from a listener) and every view for which {@code record} returned {@code
   * true} before or during this call has been stored. After this, {@code record} ignores views and
   * returns {@code false}. Calling it again retries a flush that failed.
   *
   * @throws StorageException when the final flush fails; the views stay in memory and a later
   *     {@code close()} or {@code flush()} retries them
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      flusher.shutdown();
    }
    boolean complete = flush();
    awaitFlusher();
    if (complete && meters != null) {
      meters.close();
    }
    if (!complete) {
      throw new StorageException(
          "could not store " + pendingViews() + " views on close; call close() again to retry",
          lastFailure);
    }
  }

  /** Waits for a flush already running on the flusher thread; shutdown() does not wait. */
  private void awaitFlusher() {
    if (flusherThreads.contains(Thread.currentThread())) {
      return;
    }
    try {
      if (!flusher.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
        LOG.warn("View flusher still busy {} s after close(); interrupting it", CLOSE_WAIT_SECONDS);
        flusher.shutdownNow();
        return;
      }
      // The pool counts as terminated just before its last thread ends; wait for the threads too.
      for (Thread thread : flusherThreads) {
        thread.join(TimeUnit.SECONDS.toMillis(CLOSE_WAIT_SECONDS));
      }
    } catch (InterruptedException e) {
      flusher.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private ViewBuffer newBuffer() {
    return new ViewBuffer(maxPendingArticles, requestEarlyFlush);
  }

  private void requestEarlyFlush() {
    if (earlyFlushRequested.compareAndSet(false, true)) {
      try {
        flusher.execute(this::flushQuietly);
      } catch (RejectedExecutionException e) {
        // Closing: close() flushes on its own.
        earlyFlushRequested.set(false);
      }
    }
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException e) {
      // Store failures are handled inside flush(); this is a bug somewhere, and the flusher thread
      // must survive it, or no view would ever be stored again.
      LOG.error("Unexpected failure while flushing views", e);
    }
  }

  private void notifyListener(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("ViewCounterListener {} failed; counting is unaffected", listener, e);
    }
  }

  private static ThreadFactory flusherThreads(Set<Thread> created) {
    int counter = THREAD_SEQUENCE.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    return task -> {
      String name = "dateline-view-flusher-" + counter + "-" + threads.incrementAndGet();
      Thread thread = new Thread(task, name);
      created.add(thread);
      // A daemon, so a forgotten close() does not keep the JVM alive; the docs say to close.
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public String toString() {
    return "ViewCounter[flushInterval=" + flushInterval + ", store=" + store + "]";
  }

  /**
   * Configures a {@link ViewCounter}. Not thread-safe.
   *
   * <p>Defaults: system UTC clock, 5 s flush interval, 10 000 pending articles, stored totals
   * reused for 2 s, batch ids remembered 7 days, no de-duplication, no filter, no listener.
   */
  public static final class Builder {
    private final ViewCountStore store;
    private Clock clock = Clock.systemUTC();
    private Duration flushInterval = Duration.ofSeconds(5);
    private int maxPendingArticles = 10_000;
    private @Nullable Duration dedupWindow;
    private long maxVisitors;
    private @Nullable ViewFilter filter;
    private ViewCounterListener listener = new ViewCounterListener() {};
    private Duration storedCountTtl = Duration.ofSeconds(2);
    private Duration batchIdRetention = Duration.ofDays(7);
    private @Nullable MeterRegistry meterRegistry;

    private Builder(ViewCountStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Sets the clock; the UTC day of its time is the day a view is counted on.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets how often the buffer is flushed. Longer intervals mean fewer, larger batches and more
     * views lost on a hard crash. {@link Duration#ZERO} turns periodic flushing off: views are then
     * stored only by {@link ViewCounter#flush()}, a full buffer and {@link ViewCounter#close()}.
     *
     * @param interval at least 1 ms, or zero
     * @return this builder
     * @throws IllegalArgumentException when negative or between 0 and 1 ms
     */
    public Builder flushInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || (!interval.isZero() && interval.toMillis() < 1)) {
        throw new IllegalArgumentException(
            "flushInterval must be zero or at least 1 ms, was " + interval);
      }
      this.flushInterval = interval;
      return this;
    }

    /**
     * Sets the number of distinct articles in the buffer at which it is flushed early instead of
     * growing. The buffer can exceed it by the articles first viewed while the flusher thread wakes
     * up, a moment's worth.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder maxPendingArticles(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxPendingArticles must be at least 1, was " + max);
      }
      this.maxPendingArticles = max;
      return this;
    }

    /**
     * Counts a visitor's views of an article once per window. Memory is bounded by {@code
     * maxVisitors} (article, visitor) pairs; beyond that the oldest are forgotten early, and such a
     * visitor's next view counts again.
     *
     * @param window how long a view suppresses the same visitor's next views; positive
     * @param maxVisitors the most (article, visitor) pairs remembered; at least 1
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder deduplicate(Duration window, long maxVisitors) {
      Objects.requireNonNull(window, "window");
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("deduplicate window must be positive, was " + window);
      }
      if (maxVisitors < 1) {
        throw new IllegalArgumentException(
            "deduplicate maxVisitors must be at least 1, was " + maxVisitors);
      }
      this.dedupWindow = window;
      this.maxVisitors = maxVisitors;
      return this;
    }

    /**
     * Sets a filter that decides whether a view counts, such as {@link ViewFilter#excludingBots()}.
     *
     * @param filter the filter
     * @return this builder
     */
    public Builder filter(ViewFilter filter) {
      this.filter = Objects.requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Sets the listener told about flushes.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ViewCounterListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets how long {@link ViewCounter#count} and {@link ViewCounter#counts} reuse an article's
     * stored total before asking the store again. Within it, repeated counts of an article make no
     * store call; this node's own views still show at once and exactly, because the displayed count
     * is the cached total plus this node's unsent views, and batches this node stores are added to
     * the cached totals. Other nodes' views show up to this much later than they would uncached.
     *
     * <p>The default, 2 seconds, is short next to the default 5 s flush interval: it keeps the lag
     * of other nodes' views (their flush interval plus this time-to-live, 7 s by default) within
     * what a reader perceives as live, while an article read hundreds of times a second on a node
     * still costs one store query per 2 s on that node instead of one per view. A longer value
     * saves little more and makes counts visibly stale. {@link Duration#ZERO} turns the cache off:
     * every count reads the store.
     *
     * @param ttl zero or at least 1 ms; never {@code null}
     * @return this builder
     * @throws IllegalArgumentException when negative or between 0 and 1 ms
     */
    public Builder storedCountTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isNegative() || (!ttl.isZero() && ttl.toMillis() < 1)) {
        throw new IllegalArgumentException(
            "storedCountTtl must be zero or at least 1 ms, was " + ttl);
      }
      this.storedCountTtl = ttl;
      return this;
    }

    /**
     * Sets how long the store remembers the id of a batch it applied, which is what makes a retried
     * batch a no-op. The counter asks the store to forget older ids ({@link
     * ViewCountStore#forgetBatchIds(Duration)}) at a flush at most once an hour, so the ids kept
     * stay bounded by the batches of this period instead of growing forever.
     *
     * <p>A batch is retried only while the store fails, so this must exceed the longest store
     * outage after which a retry must still be recognised: a batch resent after its id was
     * forgotten, if its first attempt had in fact committed, is counted twice. The default, 7 days,
     * covers any outage a site survives with views held in memory.
     *
     * @param retention at least one minute; never {@code null}
     * @return this builder
     * @throws IllegalArgumentException when shorter than a minute
     */
    public Builder batchIdRetention(Duration retention) {
      Objects.requireNonNull(retention, "retention");
      if (retention.compareTo(Duration.ofMinutes(1)) < 0) {
        throw new IllegalArgumentException(
            "batchIdRetention must be at least 1 minute, was " + retention);
      }
      this.batchIdRetention = retention;
      return this;
    }

    /**
     * Records the counter's meters in a Micrometer registry: views recorded (by outcome), pending,
     * flushed and failed, flush times and the flush lag; names and tags in docs/observability.md.
     * They are removed from the registry when {@link ViewCounter#close()} has stored everything.
     * Without a registry (the default) nothing is measured and Micrometer need not be on the class
     * path.
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
     * Builds the counter and starts its flusher.
     *
     * @return the counter; close it on shutdown
     */
    public ViewCounter build() {
      return new ViewCounter(this);
    }
  }
}
