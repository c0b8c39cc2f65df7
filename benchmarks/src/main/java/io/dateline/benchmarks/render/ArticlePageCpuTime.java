package io.dateline.benchmarks.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * A cross-check for {@link ArticlePageBenchmark} on a shared machine: it measures the rendering
 * thread's CPU time rather than wall-clock time, with the variants interleaved batch after batch,
 * so other processes competing for the cores inflate all variants alike instead of whichever one
 * happened to be running.
 *
 * <p><b>Warm-up is the same for every variant and checked, not assumed.</b> Every variant renders
 * at least {@code minPages} pages (10,000 by default; Thymeleaf's time per page was still falling
 * after 5,000) and then until it is in a steady state: the median CPU time per page of its last
 * {@code window} batches differs from that of the {@code window} batches before by less than {@code
 * tolerance}, at {@code passes} consecutive batches. Batches are sized to about {@code batchMs} of
 * CPU each, so a slow variant renders fewer pages per batch than a fast one but gets as many
 * batches and as much CPU. The harness prints each variant's time per page as warm-up went on and
 * where it settled; a variant that does not settle within {@code maxWarmupSeconds} is reported as
 * such, and its figures should not be quoted.
 *
 * <p>Then {@code rounds} measured rounds follow, one batch of each variant per round in a rotating
 * order. Reported: the median CPU time per page over the rounds, the drift between the first and
 * second half of the rounds, and each ratio as the median of the per-round ratios, with its
 * quartiles and its medians over the first and the second half of the rounds. On a shared machine
 * every variant's CPU time per page moves with the other processes' load (cache and core sharing),
 * all variants alike; a variant still warming up would instead show as a ratio that differs between
 * the halves.
 *
 * <p>Thread CPU time leaves out the garbage collector's own threads, which JMH's wall-clock figures
 * include; the variants allocate alike except Thymeleaf, which allocates more.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.dateline.benchmarks.render.ArticlePageCpuTime [name=value ...]}, names: {@code minPages,
 * batchMs, window, tolerance, passes, rounds, maxWarmupSeconds}.
 */
public final class ArticlePageCpuTime {
  private ArticlePageCpuTime() {}

  /** One variant's warm-up and measurement state. */
  private static final class Variant {
    final String name;
    final IntSupplier render;
    final SteadyState steady;
    final List<double[]> trajectory = new ArrayList<>(); // {pages so far, µs per page}
    final double[] measured;
    int batchPages = 1;
    int passes;
    long pages;
    long cpuNanos;
    long settledPages = -1;
    long settledCpuNanos;

    Variant(String name, IntSupplier render, SteadyState steady, int rounds) {
      this.name = name;
      this.render = render;
      this.steady = steady;
      this.measured = new double[rounds];
    }
  }

  private static long sink;

  /**
   * Runs the comparison.
   *
   * @param args optional {@code name=value} settings (see the class comment)
   */
  public static void main(String[] args) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("minPages", "10000");
    settings.put("batchMs", "25");
    settings.put("window", "10");
    settings.put("tolerance", "0.05");
    settings.put("passes", "3");
    settings.put("rounds", "120");
    settings.put("maxWarmupSeconds", "600");
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      if (kv.length != 2 || !settings.containsKey(kv[0])) {
        throw new IllegalArgumentException(
            "expected one of " + settings.keySet() + "=value: " + arg);
      }
      settings.put(kv[0], kv[1]);
    }
    long minPages = Long.parseLong(settings.get("minPages"));
    double batchMicros = Double.parseDouble(settings.get("batchMs")) * 1000;
    int window = Integer.parseInt(settings.get("window"));
    double tolerance = Double.parseDouble(settings.get("tolerance"));
    int passes = Integer.parseInt(settings.get("passes"));
    int rounds = Integer.parseInt(settings.get("rounds"));
    long maxWarmupNanos = Long.parseLong(settings.get("maxWarmupSeconds")) * 1_000_000_000L;
    System.out.println("settings: " + settings);

    ArticlePageBenchmark bench = new ArticlePageBenchmark();
    bench.setUp();
    List<Variant> variants = new ArrayList<>();
    Map<String, IntSupplier> renders = new LinkedHashMap<>();
    renders.put("dateline", () -> bench.dateline().length());
    renders.put("datelineBytes", () -> bench.datelineBytes().length);
    renders.put("datelineWithViewModel", () -> bench.datelineWithViewModel().length());
    renders.put("thymeleaf", () -> bench.thymeleaf().length());
    renders.put("stringBuilder", () -> bench.stringBuilder().length());
    renders.forEach(
        (name, render) ->
            variants.add(new Variant(name, render, new SteadyState(window, tolerance), rounds)));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    // Warm-up: interleaved rounds until every variant has rendered minPages and is steady.
    long warmupStart = System.nanoTime();
    int round = 0;
    boolean timedOut = false;
    while (!variants.stream().allMatch(v -> v.settledPages >= 0)) {
      if (System.nanoTime() - warmupStart > maxWarmupNanos) {
        timedOut = true;
        break;
      }
      for (Variant v : rotated(variants, round++)) {
        double micros = batch(v, threads, batchMicros);
        v.steady.add(micros);
        v.trajectory.add(new double[] {v.pages, micros});
        v.passes = v.pages >= minPages && v.steady.steady() ? v.passes + 1 : 0;
        if (v.settledPages < 0 && v.passes >= passes) {
          v.settledPages = v.pages;
          v.settledCpuNanos = v.cpuNanos;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nWarm-up: %d interleaved rounds, %.0f s wall-clock%s%n",
        round,
        (System.nanoTime() - warmupStart) / 1e9,
        timedOut ? " (STOPPED at maxWarmupSeconds: not every variant settled)" : "");
    System.out.printf(
        Locale.ROOT,
        "%-22s %9s %9s %9s %9s %9s %9s  %s%n",
        "CPU us/page after",
        "100",
        "1,000",
        "5,000",
        "10,000",
        "20,000",
        "settled",
        "steady state");
    for (Variant v : variants) {
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", v.name));
      for (long at : new long[] {100, 1_000, 5_000, 10_000, 20_000}) {
        line.append(String.format(Locale.ROOT, " %9s", at(v, at)));
      }
      line.append(String.format(Locale.ROOT, " %9.1f  ", v.steady.recentMedian()));
      if (v.settledPages >= 0) {
        line.append(
            String.format(
                Locale.ROOT,
                "reached after %,d pages (%.1f s CPU); last windows differ by %.1f%%",
                v.settledPages,
                v.settledCpuNanos / 1e9,
                v.steady.change() * 100));
      } else {
        line.append(
            String.format(
                Locale.ROOT,
                "NOT reached after %,d pages; last windows differ by %.1f%%",
                v.pages,
                v.steady.change() * 100));
      }
      System.out.println(line);
    }

    // Measurement: one batch per variant per round, rotating the order.
    for (int r = 0; r < rounds; r++) {
      for (Variant v : rotated(variants, r)) {
        v.measured[r] = batch(v, threads, batchMicros);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nMeasured: %d rounds of one ~%.0f ms CPU batch per variant%n",
        rounds,
        batchMicros / 1000);
    System.out.printf(
        Locale.ROOT,
        "%-22s %12s %12s %12s %12s%n",
        "variant",
        "CPU us/page",
        "pages/CPU-s",
        "min..max",
        "1st->2nd half");
    for (Variant v : variants) {
      double median = median(v.measured);
      double first = median(Arrays.copyOfRange(v.measured, 0, rounds / 2));
      double second = median(Arrays.copyOfRange(v.measured, rounds / 2, rounds));
      System.out.printf(
          Locale.ROOT,
          "%-22s %12.1f %12.0f %12s %+11.1f%%%n",
          v.name,
          median,
          1_000_000 / median,
          String.format(
              Locale.ROOT,
              "%.0f..%.0f",
              Arrays.stream(v.measured).min().orElseThrow(),
              Arrays.stream(v.measured).max().orElseThrow()),
          (second - first) / first * 100);
    }
    Map<String, Variant> byName = new LinkedHashMap<>();
    variants.forEach(v -> byName.put(v.name, v));
    System.out.println();
    ratio("thymeleaf / dateline (Dateline is N times faster)", byName, "thymeleaf", "dateline");
    ratio(
        "dateline / stringBuilder (Dateline is N times slower)",
        byName,
        "dateline",
        "stringBuilder");
    ratio("datelineBytes / dateline", byName, "datelineBytes", "dateline");
    ratio("datelineWithViewModel / dateline", byName, "datelineWithViewModel", "dateline");
    System.out.println("(checksum " + sink + ")");
  }

  /** Renders one batch of about {@code batchMicros} CPU, returns CPU µs per page. */
  private static double batch(Variant v, ThreadMXBean threads, double batchMicros) {
    int n = v.batchPages;
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < n; i++) {
      sink += v.render.getAsInt();
    }
    long used = threads.getCurrentThreadCpuTime() - start;
    v.pages += n;
    v.cpuNanos += used;
    double micros = used / 1000.0 / n;
    v.batchPages = (int) Math.max(1, Math.min(1_000_000, Math.round(batchMicros / micros)));
    return micros;
  }

  private static String at(Variant v, long pages) {
    for (double[] point : v.trajectory) {
      if (point[0] >= pages) {
        return String.format(Locale.ROOT, "%.1f", point[1]);
      }
    }
    return "-";
  }

  private static List<Variant> rotated(List<Variant> variants, int round) {
    List<Variant> order = new ArrayList<>(variants);
    java.util.Collections.rotate(order, round % variants.size());
    return order;
  }

  private static void ratio(String label, Map<String, Variant> byName, String top, String bottom) {
    double[] t = byName.get(top).measured;
    double[] b = byName.get(bottom).measured;
    double[] ratios = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      ratios[i] = t[i] / b[i];
    }
    double[] sorted = ratios.clone();
    Arrays.sort(sorted);
    int half = ratios.length / 2;
    System.out.printf(
        Locale.ROOT,
        "%-54s median %6.2f  quartiles %.2f..%.2f  1st half %.2f, 2nd half %.2f%n",
        label,
        median(ratios),
        sorted[sorted.length / 4],
        sorted[sorted.length * 3 / 4],
        median(Arrays.copyOfRange(ratios, 0, half)),
        median(Arrays.copyOfRange(ratios, half, ratios.length)));
  }

  private static double median(double[] values) {
    List<Double> list = new ArrayList<>();
    for (double v : values) {
      list.add(v);
    }
    return SteadyState.median(list);
  }
}
