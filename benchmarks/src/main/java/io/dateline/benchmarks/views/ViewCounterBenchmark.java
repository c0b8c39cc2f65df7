package io.dateline.benchmarks.views;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.views.ViewCounter;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Views per second: {@link ViewCounter#record} (buffered, flushed every second to the JPA store)
 * against the classic per-view {@code UPDATE ... SET views = views + 1}, on the same table of the
 * same database, H2 (file) and PostgreSQL (embedded).
 *
 * <p>The baseline is given its best case: a dedicated auto-commit connection per thread with a
 * prepared statement, and only the all-time total row to update (the counter also keeps per-day
 * buckets). Both spread views over {@value #ARTICLES} articles of one tenant.
 *
 * <p>Each trial ends by checking that no view was lost: the sum of the tenant's stored totals must
 * equal the number of views the benchmark threads recorded (warm-up included). A mismatch fails the
 * trial.
 *
 * <p>Run all thread counts in one go, with a summary table: {@code java -cp
 * benchmarks/target/benchmarks.jar io.dateline.benchmarks.views.ViewCounterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class ViewCounterBenchmark {
  /** Articles the views are spread over; a power of two so a mask picks one. */
  static final int ARTICLES = 1024;

  /** The database: {@code h2} (file) or {@code postgresql} (embedded). */
  @Param({"h2", "postgresql"})
  public String database;

  private ViewDatabase db;
  private TenantId tenant;
  private final ArticleId[] articles = new ArticleId[ARTICLES];
  private ViewCounter counter;
  private final Queue<Viewer> viewers = new ConcurrentLinkedQueue<>();

  /** One benchmark thread's connection, statement and tally of views it recorded. */
  @State(Scope.Thread)
  public static class Viewer {
    long views;
    int next;
    Connection connection;
    PreparedStatement increment;

    /**
     * Opens this thread's connection and registers for the lost-view check.
     *
     * @param bench the shared state
     * @throws SQLException when the database is unreachable
     */
    @Setup(Level.Trial)
    public void open(ViewCounterBenchmark bench) throws SQLException {
      next = (int) (Thread.currentThread().getId() * 97);
      connection = bench.db.connect();
      increment =
          connection.prepareStatement(
              "update dateline_view_total set views = views + 1"
                  + " where tenant_id = ? and article_id = ?");
      bench.viewers.add(this);
    }

    /**
     * Closes the connection.
     *
     * @throws SQLException when closing fails
     */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      connection.close();
    }
  }

  /**
   * Creates the database, a fresh tenant with a zero row per article (the baseline updates existing
   * rows), and the counter.
   *
   * @throws SQLException when the database fails
   */
  @Setup(Level.Trial)
  public void open() throws SQLException {
    db = ViewDatabase.open(database);
    tenant = TenantId.of("bench-" + UUID.randomUUID().toString().substring(0, 8));
    try (Connection c = db.connect();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into dateline_view_total (tenant_id, article_id, views) values (?, ?, 0)")) {
      for (int i = 0; i < ARTICLES; i++) {
        articles[i] = ArticleId.random();
        insert.setString(1, tenant.value());
        insert.setObject(2, articles[i].value());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    counter =
        ViewCounter.builder(db.storage().viewCounts()).flushInterval(Duration.ofSeconds(1)).build();
  }

  /**
   * Stores what the counter holds, then fails the trial if any recorded view is missing.
   *
   * @throws SQLException when the database fails
   * @throws IOException when the database cannot be removed
   */
  @TearDown(Level.Trial)
  public void verifyAndClose() throws SQLException, IOException {
    try {
      counter.close();
      long recorded = viewers.stream().mapToLong(v -> v.views).sum();
      long stored;
      try (Connection c = db.connect();
          PreparedStatement sum =
              c.prepareStatement(
                  "select coalesce(sum(views), 0) from dateline_view_total where tenant_id = ?")) {
        sum.setString(1, tenant.value());
        try (ResultSet rs = sum.executeQuery()) {
          rs.next();
          stored = rs.getLong(1);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%n[views] %s: %d views recorded, %d stored, %d lost%n",
          database,
          recorded,
          stored,
          recorded - stored);
      if (recorded != stored) {
        throw new IllegalStateException(
            "lost views on " + database + ": recorded " + recorded + ", stored " + stored);
      }
    } finally {
      // JMH may tear this state down before the threads' states; the database must go last.
      for (Viewer viewer : viewers) {
        viewer.close();
      }
      db.close();
    }
  }

  /**
   * Dateline: record a view in the node's buffer; a flusher thread stores it within a second.
   *
   * @param viewer this thread's state
   * @return whether it counted (always, here)
   */
  @Benchmark
  public boolean record(Viewer viewer) {
    ArticleId article = articles[viewer.next++ & (ARTICLES - 1)];
    viewer.views++;
    return counter.record(tenant, article);
  }

  /**
   * The baseline: one auto-committed {@code UPDATE} per view.
   *
   * @param viewer this thread's state
   * @return rows updated (always 1)
   * @throws SQLException when the database fails
   */
  @Benchmark
  public int perViewUpdate(Viewer viewer) throws SQLException {
    ArticleId article = articles[viewer.next++ & (ARTICLES - 1)];
    viewer.views++;
    viewer.increment.setString(1, tenant.value());
    viewer.increment.setObject(2, article.value());
    return viewer.increment.executeUpdate();
  }

  /**
   * Runs both benchmarks on both databases at 1, 2 and 4 threads and prints a comparison table.
   *
   * @param args ignored
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Map<String, Double> scores = new TreeMap<>();
    List<Integer> threadCounts = List.of(1, 2, 4);
    for (int threads : threadCounts) {
      Collection<RunResult> results =
          new Runner(
                  new OptionsBuilder()
                      .include(ViewCounterBenchmark.class.getName() + "\\.")
                      .threads(threads)
                      .build())
              .run();
      for (RunResult result : results) {
        String method = result.getParams().getBenchmark();
        method = method.substring(method.lastIndexOf('.') + 1);
        String key = result.getParams().getParam("database") + "/" + threads + "/" + method;
        scores.put(key, result.getPrimaryResult().getScore());
      }
    }
    List<String> rows = new ArrayList<>();
    rows.add(
        "| Database | Threads | per-view UPDATE (views/s) | ViewCounter.record (views/s) | Ratio |");
    rows.add("|---|---:|---:|---:|---:|");
    for (String database : List.of("h2", "postgresql")) {
      for (int threads : threadCounts) {
        Double update = scores.get(database + "/" + threads + "/perViewUpdate");
        Double record = scores.get(database + "/" + threads + "/record");
        if (update == null || record == null) {
          continue;
        }
        rows.add(
            String.format(
                Locale.ROOT,
                "| %s | %d | %,.0f | %,.0f | %,.0f× |",
                database,
                threads,
                update,
                record,
                record / update));
      }
    }
    System.out.println();
    rows.forEach(System.out::println);
  }
}
