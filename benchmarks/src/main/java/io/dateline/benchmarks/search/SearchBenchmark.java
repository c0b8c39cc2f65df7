package io.dateline.benchmarks.search;

import io.dateline.benchmarks.BenchData;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.search.ArticleText;
import io.dateline.cms.search.SearchPage;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.search.lucene.LuceneSearchIndex;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Search at archive size: indexes generated Ukrainian articles into a Lucene index on disk, then
 * runs a fixed set of queries and reports the indexing rate and query latency percentiles, beside a
 * PostgreSQL {@code ILIKE} scan of the same articles (embedded PostgreSQL, one table of headline
 * and body text, the query every {@code LIKE}-based CMS search runs). Also counts how many articles
 * each finds for a word whose inflected forms differ from the query.
 *
 * <p>A main class rather than JMH: indexing is a one-off batch, and a query's latency distribution
 * (p50, p99) is what matters, not its mean. Run:
 *
 * <pre>
 * mvn -B -ntp -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar io.dateline.benchmarks.search.SearchBenchmark [articles] [queries]
 * </pre>
 */
public final class SearchBenchmark {
  private static final TenantId TENANT = TenantId.of("bench-search");
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Instant NEWEST = Instant.parse("2026-12-01T00:00:00Z");

  private static final String[] CITIES = {
    "Харків", "Харкова", "Харкові", "Харковом", "Київ", "Києва", "Києві", "Києвом", "Львів",
        "Львова",
    "Львові", "Одеса", "Одеси", "Одесі", "Дніпро", "Дніпра", "Дніпрі", "Суми", "Сум", "Сумах",
    "Полтава", "Полтави", "Полтаві", "Чернігів", "Чернігова", "Чернігові"
  };
  private static final String[] NOUNS = {
    "енергетики",
    "енергетиків",
    "енергетикам",
    "світло",
    "світла",
    "підстанція",
    "підстанції",
    "обстріл",
    "обстрілу",
    "обстрілів",
    "уряд",
    "уряду",
    "урядом",
    "закон",
    "закону",
    "законів",
    "вибори",
    "виборів",
    "виборах",
    "школа",
    "школи",
    "школах",
    "лікарня",
    "лікарні",
    "міст",
    "мосту",
    "мости",
    "депутат",
    "депутата",
    "депутатів",
    "бюджет",
    "бюджету",
    "ракета",
    "ракети",
    "ракетами",
    "зустріч",
    "зустрічі",
    "область",
    "області",
    "областей",
    "новина",
    "новини",
    "мешканці",
    "мешканців",
    "вода",
    "води",
    "тепло",
    "тепла",
    "рада",
    "ради",
    "мер",
    "мера"
  };
  private static final String[] VERBS = {
    "відновили",
    "повідомили",
    "ухвалили",
    "відкрили",
    "пошкодили",
    "закрили",
    "планують",
    "обговорили",
    "затвердили",
    "підтримали",
    "працюють",
    "повернули",
    "оголосили"
  };
  private static final String[] FILLER = {
    "у",
    "в",
    "на",
    "до",
    "з",
    "після",
    "через",
    "біля",
    "під",
    "та",
    "і",
    "що",
    "як",
    "цього",
    "тижня",
    "ранку",
    "вечора",
    "сьогодні",
    "вчора",
    "понад",
    "тисяч",
    "домівок",
    "години"
  };

  /** Queries: a lemma whose inflected forms fill the archive, or two words, or a phrase. */
  private static final String[] QUERIES = {
    "Харків",
    "Київ",
    "Львів",
    "Одеса",
    "Дніпро",
    "Суми",
    "Полтава",
    "Чернігів",
    "енергетики",
    "підстанція",
    "обстріл",
    "закон",
    "вибори",
    "школа",
    "лікарня",
    "міст",
    "депутат",
    "бюджет",
    "ракета",
    "зустріч",
    "область",
    "мешканці",
    "Харків енергетики",
    "Київ бюджет",
    "Львів вибори",
    "\"відновили світло\"",
    "Одеса обстріл",
    "уряд закон",
    "рада депутат"
  };

  /**
   * Rare words: 5,000 topic codes ({@code тема0000} to {@code тема4999}), one per article, so each
   * occurs in about 20 of 100,000 articles, as most words a reader searches for do. Common words
   * ({@link #QUERIES}) occur in a large share of the generated archive.
   */
  private static final int TOPICS = 5_000;

  private static final String[] RARE_QUERIES = rareQueries();

  private static String[] rareQueries() {
    Random r = new Random(7);
    String[] q = new String[50];
    for (int i = 0; i < q.length; i++) {
      q[i] = topic(r.nextInt(TOPICS));
    }
    return q;
  }

  private static String topic(int n) {
    return String.format(Locale.ROOT, "тема%04d", n);
  }

  private SearchBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the number of articles (default 100,000) and of timed queries per engine (default
   *     2,000)
   * @throws Exception when the index or the database fails
   */
  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    Path dir = BenchData.directory().resolve("search-" + System.nanoTime());
    Files.createDirectories(dir);
    System.out.printf(
        "articles=%d queries=%d cores=%d dir=%s%n",
        articles, queries, Runtime.getRuntime().availableProcessors(), dir);

    // ---- Lucene ----
    try (LuceneSearchIndex index =
        LuceneSearchIndex.builder().path(dir.resolve("lucene")).ramBufferMb(256).build()) {
      long start = System.nanoTime();
      index.rebuild(TENANT, () -> generate(articles));
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "lucene index: %d articles in %.1f s = %.0f articles/s, %d MiB on disk%n",
          index.size(), seconds, articles / seconds, size(dir.resolve("lucene")) >> 20);
      Function<String, Integer> lucene =
          q -> index.query(SearchQuery.of(TENANT, UK, q).limit(20)).hits().size();
      measure("lucene, common words", lucene, QUERIES, queries);
      measure("lucene, rare words", lucene, RARE_QUERIES, queries);
      SearchPage all = index.query(SearchQuery.of(TENANT, UK, "Харків").limit(100));
      int total = 0;
      for (SearchPage p = all;
          ;
          p = index.query(SearchQuery.of(TENANT, UK, "Харків").limit(100).after(p.nextCursor()))) {
        total += p.hits().size();
        if (p.nextCursor() == null) {
          break;
        }
      }
      System.out.printf("lucene: articles found for Харків (all forms): %d%n", total);
    }

    // ---- PostgreSQL ILIKE ----
    try (EmbeddedPostgres pg =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgresql").toFile())
                .start();
        Connection c = pg.getPostgresDatabase().getConnection()) {
      try (var s = c.createStatement()) {
        s.execute(
            "CREATE TABLE bench_article (tenant_id varchar(63) NOT NULL, id uuid NOT NULL,"
                + " language varchar(35) NOT NULL, headline text NOT NULL, body text NOT NULL,"
                + " publish_at timestamptz NOT NULL, PRIMARY KEY (tenant_id, id))");
        s.execute(
            "CREATE INDEX bench_article_recent ON bench_article (tenant_id, publish_at DESC)");
      }
      long start = System.nanoTime();
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement("INSERT INTO bench_article VALUES (?, ?, ?, ?, ?, ?)")) {
        int n = 0;
        for (Iterator<Article> it = generate(articles); it.hasNext(); ) {
          Article a = it.next();
          insert.setString(1, TENANT.value());
          insert.setObject(2, a.id().value());
          insert.setString(3, "uk");
          insert.setString(4, a.headline());
          insert.setString(5, ArticleText.of(a));
          insert.setTimestamp(6, Timestamp.from(a.publishAt()));
          insert.addBatch();
          if (++n % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      c.commit();
      c.setAutoCommit(true);
      try (var s = c.createStatement()) {
        s.execute("ANALYZE bench_article");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "postgresql load: %d rows in %.1f s = %.0f rows/s%n",
          articles, seconds, articles / seconds);
      PreparedStatement select =
          c.prepareStatement(
              "SELECT id, headline FROM bench_article WHERE tenant_id = ? AND language = ?"
                  + " AND (headline ILIKE ? OR body ILIKE ?) ORDER BY publish_at DESC LIMIT 20");
      Function<String, Integer> ilike =
          q -> {
            // Every word must occur, as in the Lucene queries; phrases are matched as written.
            String pattern = "%" + q.replace("\"", "").replace(' ', '%') + "%";
            try {
              select.setString(1, TENANT.value());
              select.setString(2, "uk");
              select.setString(3, pattern);
              select.setString(4, pattern);
              int n = 0;
              try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                  n++;
                }
              }
              return n;
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          };
      measure("postgresql ILIKE, common words", ilike, QUERIES, queries);
      measure("postgresql ILIKE, rare words", ilike, RARE_QUERIES, queries);
      try (PreparedStatement count =
          c.prepareStatement(
              "SELECT count(*) FROM bench_article WHERE headline ILIKE ? OR body ILIKE ?")) {
        count.setString(1, "%Харків%");
        count.setString(2, "%Харків%");
        try (ResultSet rs = count.executeQuery()) {
          rs.next();
          System.out.printf("postgresql: articles found for %%Харків%% : %d%n", rs.getLong(1));
        }
      }
    }
  }

  /** Runs the queries round-robin: a warm-up of a tenth, then {@code count} timed. */
  private static void measure(
      String name, Function<String, Integer> engine, String[] texts, int count) {
    long warmHits = 0; // summed and printed so that the warm-up's work cannot be optimized away
    for (int i = 0; i < Math.max(texts.length, count / 10); i++) {
      warmHits += engine.apply(texts[i % texts.length]);
    }
    long[] nanos = new long[count];
    long hits = 0;
    for (int i = 0; i < count; i++) {
      long t = System.nanoTime();
      hits += engine.apply(texts[i % texts.length]);
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "%s query: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms (%d queries, %.1f hits/query;"
            + " warm-up %d hits)%n",
        name,
        nanos[count / 2] / 1e6,
        nanos[(int) (count * 0.9)] / 1e6,
        nanos[(int) (count * 0.99)] / 1e6,
        nanos[count - 1] / 1e6,
        count,
        (double) hits / count,
        warmHits);
  }

  /** The same articles on every call: seeded, one per 5 minutes back from {@link #NEWEST}. */
  static Iterator<Article> generate(int count) {
    Random random = new Random(42);
    return Stream.iterate(0, i -> i < count, i -> i + 1).map(i -> article(i, random)).iterator();
  }

  private static Article article(int i, Random r) {
    Instant at = NEWEST.minus(Duration.ofMinutes(5L * i));
    String headline =
        cap(pick(r, NOUNS)) + " " + pick(r, VERBS) + " " + pick(r, FILLER) + " " + pick(r, CITIES);
    List<Block> body = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 30; w++) {
        String[] pool = w % 7 == 3 ? CITIES : w % 3 == 0 ? NOUNS : w % 5 == 1 ? VERBS : FILLER;
        text.append(w == 0 ? cap(pick(r, pool)) : pick(r, pool)).append(w == 29 ? "." : " ");
      }
      body.add(Block.Paragraph.of(text.toString()));
    }
    return Article.builder()
        .tenantId(TENANT)
        .id(ArticleId.random())
        .slug("bench-" + i)
        .language(UK)
        .headline(headline)
        .lead(
            pick(r, NOUNS)
                + " "
                + pick(r, VERBS)
                + " "
                + pick(r, CITIES)
                + ", "
                + topic(r.nextInt(TOPICS))
                + ".")
        .body(body)
        .status(ArticleStatus.PUBLISHED)
        .publishAt(at)
        .firstPublishedAt(at)
        .createdAt(at)
        .updatedAt(at)
        .build();
  }

  private static String pick(Random r, String[] words) {
    return words[r.nextInt(words.length)];
  }

  private static String cap(String s) {
    return s.substring(0, 1).toUpperCase(UK) + s.substring(1);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
