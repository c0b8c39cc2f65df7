package io.dateline.benchmarks.storage;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.TenantStorage;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk import throughput: articles stored per second through {@code ArticleRepository.insert} (one
 * transaction each, with its reference index rows), by two importing threads into the already
 * seeded 100,000-article database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Threads(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ArticleImportBenchmark {
  /** The database: {@code h2} (file) or {@code postgresql} (embedded). */
  @Param({"h2", "postgresql"})
  public String database;

  private BenchmarkDatabase db;
  private TenantStorage site;
  private BenchmarkDatabase.Directory directory;
  private final AtomicInteger sequence = new AtomicInteger();
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /** Opens the seeded database; imports go to one of its tenants. */
  @Setup(Level.Trial)
  public void open() {
    db = BenchmarkDatabase.open(database, true);
    site = db.storage().tenant(TenantId.of("bench-b"));
    directory = BenchmarkDatabase.Directory.load(site);
  }

  /** Closes the database. */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    db.close();
  }

  /** Stores one new article. */
  @Benchmark
  public Article importArticle() {
    int i = sequence.incrementAndGet();
    return site.articles()
        .insert(
            BenchmarkDatabase.article(
                site.tenantId(), directory, "import-" + run + "-" + i, 100_000 + i));
  }
}
