package io.dateline.benchmarks.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cross-check for {@link ArticlePageBenchmark} on a shared machine: it runs the same four
 * variants interleaved, round after round, and measures the rendering thread's CPU time rather than
 * wall-clock time, so other processes competing for the cores inflate all variants alike instead of
 * whichever JMH happened to be running. Reports the median CPU microseconds per page.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.dateline.benchmarks.render.ArticlePageCpuTime [rounds] [pagesPerRound]}.
 */
public final class ArticlePageCpuTime {
  private ArticlePageCpuTime() {}

  /**
   * Runs the comparison.
   *
   * @param args optional rounds (default 60) and pages per round (default 300)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int pages = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    ArticlePageBenchmark bench = new ArticlePageBenchmark();
    bench.setUp();
    Map<String, Supplier<String>> variants = new LinkedHashMap<>();
    variants.put("dateline", bench::dateline);
    variants.put("datelineWithViewModel", bench::datelineWithViewModel);
    variants.put("thymeleaf", bench::thymeleaf);
    variants.put("stringBuilder", bench::stringBuilder);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, double[]> micros = new LinkedHashMap<>();
    variants.keySet().forEach(k -> micros.put(k, new double[rounds]));
    int warmup = Math.max(1, rounds / 5);
    long sink = 0;
    for (int round = -warmup; round < rounds; round++) {
      for (Map.Entry<String, Supplier<String>> v : variants.entrySet()) {
        // Thymeleaf is two orders of magnitude slower; fewer pages keep rounds short.
        int n = v.getKey().equals("thymeleaf") ? Math.max(1, pages / 50) : pages;
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          sink += v.getValue().get().length();
        }
        long used = threads.getCurrentThreadCpuTime() - start;
        if (round >= 0) {
          micros.get(v.getKey())[round] = used / 1000.0 / n;
        }
      }
    }
    System.out.printf("%-24s %14s %14s%n", "variant", "CPU us/page", "pages/CPU-s");
    for (Map.Entry<String, double[]> e : micros.entrySet()) {
      double[] sorted = e.getValue().clone();
      Arrays.sort(sorted);
      double median = sorted[sorted.length / 2];
      System.out.printf("%-24s %14.1f %14.0f%n", e.getKey(), median, 1_000_000 / median);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
