package io.dateline.benchmarks.views;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.views.ViewCounter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * View counting with a realistic working set, the database work included in what is measured.
 *
 * <p>{@link ViewCounterBenchmark} spreads views over 1,024 articles of one tenant and times only
 * {@link ViewCounter#record}: the flusher's database work runs on another thread and is not in its
 * score. Here views go to {@code tenants x articlesPerTenant} articles (100 x 1,000 = 100,000 by
 * default) with a Zipf-like popularity (a few stories get most views, the long tail some), so each
 * flush writes tens of thousands of rows, and the figure is <b>views stored per second</b>: views
 * recorded, divided by the time from the first view until the counter's final flush has committed
 * the last of them. The flusher's store calls are timed and reported: how many, how many article
 * rows each carried, and what share of the recording time the flusher spent in the database (near
 * 100% means the database, not {@code record}, sets the pace; views then wait longer in memory,
 * none is lost).
 *
 * <p>The baseline, one auto-committed {@code UPDATE ... SET views = views + 1} per view, runs over
 * the same rows with the same popularity. The two alternate, phase by phase, on the same database,
 * and each phase checks that the stored sum grew by exactly the views recorded.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.dateline.benchmarks.views.ViewWorkingSet [name=value ...]}, names: {@code database} (h2,
 * postgresql), {@code tenants}, {@code articlesPerTenant}, {@code threads}, {@code seconds} (per
 * phase), {@code rounds}, {@code zipf} (popularity exponent), {@code flushMs}.
 */
public final class ViewWorkingSet {
  private ViewWorkingSet() {}

  /** Indexes into the working set, drawn from the popularity distribution; threads walk it. */
  private static int[] draws;

  private static TenantId[] tenantOf;
  private static ArticleId[] articleOf;

  /**
   * Runs the comparison.
   *
   * @param args optional {@code name=value} settings (see the class comment)
   * @throws Exception when the database or a thread fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("database", "h2");
    settings.put("tenants", "100");
    settings.put("articlesPerTenant", "1000");
    settings.put("threads", "2");
    settings.put("seconds", "10");
    settings.put("rounds", "3");
    settings.put("zipf", "1.0");
    settings.put("flushMs", "1000");
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2 || !settings.containsKey(kv[0])) {
        throw new IllegalArgumentException(
            "expected one of " + settings.keySet() + "=value: " + arg);
      }
      settings.put(kv[0], kv[1]);
    }
    System.out.println("settings: " + settings);
    int tenants = Integer.parseInt(settings.get("tenants"));
    int perTenant = Integer.parseInt(settings.get("articlesPerTenant"));
    int threads = Integer.parseInt(settings.get("threads"));
    long phaseNanos = Long.parseLong(settings.get("seconds")) * 1_000_000_000L;
    int rounds = Integer.parseInt(settings.get("rounds"));
    Duration flush = Duration.ofMillis(Long.parseLong(settings.get("flushMs")));

    int size = tenants * perTenant;
    tenantOf = new TenantId[size];
    articleOf = new ArticleId[size];
    for (int t = 0; t < tenants; t++) {
      TenantId tenant = TenantId.of(String.format(Locale.ROOT, "ws-%03d", t));
      for (int a = 0; a < perTenant; a++) {
        tenantOf[t * perTenant + a] = tenant;
        articleOf[t * perTenant + a] = ArticleId.random();
      }
    }
    draws = zipfDraws(size, Double.parseDouble(settings.get("zipf")), 1 << 21, 42);

    try (ViewDatabase db = ViewDatabase.open(settings.get("database"))) {
      seedTotals(db);
      List<String> table = new ArrayList<>();
      table.add(
          "| round | per-view UPDATE (views/s) | ViewCounter, stored (views/s) | ratio"
              + " | record only (views/s) | final flush (ms) | flushes | rows/flush"
              + " | ms/flush | flusher busy |");
      table.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      // Round 0 warms both up (JIT, and the day's rows the counter creates once per day); it is
      // printed but not part of the result.
      for (int round = 0; round <= rounds; round++) {
        boolean updateFirst = round % 2 == 0;
        double update = 0;
        CounterResult counter = null;
        for (int phase = 0; phase < 2; phase++) {
          if ((phase == 0) == updateFirst) {
            update = perViewUpdate(db, threads, phaseNanos);
          } else {
            counter = viewCounter(db, threads, phaseNanos, flush);
          }
        }
        String line =
            String.format(
                Locale.ROOT,
                "| %s | %,.0f | %,.0f | %,.0f× | %,.0f | %,.0f | %d | %,.0f | %,.0f | %.0f%% |",
                round == 0 ? "warm-up" : Integer.toString(round),
                update,
                counter.stored,
                counter.stored / update,
                counter.recordOnly,
                counter.finalFlushMillis,
                counter.flushes,
                counter.rowsPerFlush,
                counter.millisPerFlush,
                counter.busy * 100);
        System.out.println(line);
        table.add(line);
      }
      System.out.println();
      table.forEach(System.out::println);
    }
  }

  /** Every article's all-time row exists, as for a site that has been running for a while. */
  private static void seedTotals(ViewDatabase db) throws SQLException {
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into dateline_view_total (tenant_id, article_id, views) values (?, ?, 0)")) {
        for (int i = 0; i < articleOf.length; i++) {
          insert.setString(1, tenantOf[i].value());
          insert.setObject(2, articleOf[i].value());
          insert.addBatch();
          if (i % 5_000 == 4_999 || i == articleOf.length - 1) {
            insert.executeBatch();
            c.commit();
          }
        }
      }
    }
  }

  private static double perViewUpdate(ViewDatabase db, int threads, long phaseNanos)
      throws Exception {
    long before = storedSum(db);
    LongAdder views = new LongAdder();
    long elapsed =
        runThreads(
            threads,
            phaseNanos,
            (thread, deadline) -> {
              try (Connection c = db.connect();
                  PreparedStatement increment =
                      c.prepareStatement(
                          "update dateline_view_total set views = views + 1"
                              + " where tenant_id = ? and article_id = ?")) {
                int next = thread * 7919;
                long n = 0;
                while (System.nanoTime() < deadline.get()) {
                  int i = draws[next++ & (draws.length - 1)];
                  increment.setString(1, tenantOf[i].value());
                  increment.setObject(2, articleOf[i].value());
                  increment.executeUpdate();
                  n++;
                }
                views.add(n);
              }
            });
    check(db, before, views.sum(), "per-view UPDATE");
    return views.sum() / (elapsed / 1e9);
  }

  private record CounterResult(
      double stored,
      double recordOnly,
      double finalFlushMillis,
      long flushes,
      double rowsPerFlush,
      double millisPerFlush,
      double busy) {}

  private static CounterResult viewCounter(
      ViewDatabase db, int threads, long phaseNanos, Duration flush) throws Exception {
    long before = storedSum(db);
    TimedStore store = new TimedStore(db.storage().viewCounts());
    ViewCounter counter = ViewCounter.builder(store.proxy).flushInterval(flush).build();
    LongAdder views = new LongAdder();
    long start = System.nanoTime();
    long recording =
        runThreads(
            threads,
            phaseNanos,
            (thread, deadline) -> {
              int next = thread * 7919;
              long n = 0;
              while (System.nanoTime() < deadline.get()) {
                int i = draws[next++ & (draws.length - 1)];
                counter.record(tenantOf[i], articleOf[i]);
                n++;
              }
              views.add(n);
            });
    long closing = System.nanoTime();
    counter.close(); // the final flush: every recorded view is in the database after this
    long end = System.nanoTime();
    check(db, before, views.sum(), "ViewCounter");
    long flushes = store.calls.get();
    return new CounterResult(
        views.sum() / ((end - start) / 1e9),
        views.sum() / (recording / 1e9),
        (end - closing) / 1e6,
        flushes,
        flushes == 0 ? 0 : (double) store.rows.get() / flushes,
        flushes == 0 ? 0 : store.nanos.get() / 1e6 / flushes,
        (double) store.nanosDuringRecording(closing) / recording);
  }

  /** A phase's work on one thread, until the deadline. */
  private interface Work {
    void run(int thread, AtomicLong deadline) throws Exception;
  }

  /** Runs the work on every thread for the phase; returns the wall-clock nanoseconds it took. */
  private static long runThreads(int threads, long phaseNanos, Work work) throws Exception {
    AtomicLong deadline = new AtomicLong(Long.MAX_VALUE);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Exception> failures = new ArrayList<>();
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread th =
          new Thread(
              () -> {
                try {
                  ready.countDown();
                  go.await();
                  work.run(thread, deadline);
                } catch (Exception e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              },
              "viewer-" + t);
      th.start();
      running.add(th);
    }
    ready.await();
    long start = System.nanoTime();
    deadline.set(start + phaseNanos);
    go.countDown();
    for (Thread th : running) {
      th.join();
    }
    long elapsed = System.nanoTime() - start;
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    return elapsed;
  }

  private static long storedSum(ViewDatabase db) throws SQLException {
    try (Connection c = db.connect();
        PreparedStatement sum =
            c.prepareStatement("select coalesce(sum(views), 0) from dateline_view_total");
        ResultSet rs = sum.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void check(ViewDatabase db, long before, long recorded, String method)
      throws SQLException {
    long stored = storedSum(db) - before;
    if (stored != recorded) {
      throw new IllegalStateException(
          method + " lost views: recorded " + recorded + ", stored " + stored);
    }
  }

  /**
   * Indexes 0..n-1 drawn with probability proportional to 1 / rank^s, ranks shuffled over the
   * working set so that popular articles are spread over the tenants.
   */
  static int[] zipfDraws(int n, double s, int count, long seed) {
    double[] cumulative = new double[n];
    double total = 0;
    for (int k = 0; k < n; k++) {
      total += 1 / Math.pow(k + 1, s);
      cumulative[k] = total;
    }
    SplittableRandom random = new SplittableRandom(seed);
    int[] rankToIndex = new int[n];
    for (int i = 0; i < n; i++) {
      rankToIndex[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = rankToIndex[i];
      rankToIndex[i] = rankToIndex[j];
      rankToIndex[j] = swap;
    }
    int[] out = new int[count];
    for (int d = 0; d < count; d++) {
      int rank = Arrays.binarySearch(cumulative, random.nextDouble() * total);
      out[d] = rankToIndex[rank >= 0 ? rank : Math.min(n - 1, -rank - 1)];
    }
    return out;
  }

  /**
   * The JPA store with each batch's store call timed: the counter's flushes go through it. A proxy
   * rather than a delegating class, so that it forwards every method the SPI has or gains.
   */
  private static final class TimedStore implements InvocationHandler {
    private final ViewCountStore store;
    final ViewCountStore proxy;
    final AtomicLong calls = new AtomicLong();
    final AtomicLong rows = new AtomicLong();
    final AtomicLong nanos = new AtomicLong();
    private final List<long[]> spans = new ArrayList<>(); // {start, end}

    TimedStore(ViewCountStore store) {
      this.store = store;
      this.proxy =
          (ViewCountStore)
              Proxy.newProxyInstance(
                  ViewCountStore.class.getClassLoader(),
                  new Class<?>[] {ViewCountStore.class},
                  this);
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
      boolean add =
          method.getName().equals("add")
              && args != null
              && args.length == 1
              && args[0] instanceof ViewBatch;
      long start = System.nanoTime();
      try {
        return method.invoke(store, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        if (add) {
          long end = System.nanoTime();
          calls.incrementAndGet();
          rows.addAndGet(((ViewBatch) args[0]).increments().size());
          nanos.addAndGet(end - start);
          synchronized (spans) {
            spans.add(new long[] {start, end});
          }
        }
      }
    }

    /** Nanoseconds spent in store calls before {@code until} (the end of recording). */
    long nanosDuringRecording(long until) {
      long sum = 0;
      synchronized (spans) {
        for (long[] span : spans) {
          sum += Math.max(0, Math.min(span[1], until) - span[0]);
        }
      }
      return sum;
    }
  }
}
