package io.dateline.benchmarks.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ArticlePageBenchmark}'s engines in alternation, one JMH fork each, round after round
 * (the order reversed every other round), and prints each round's scores and ratios side by side.
 * On a shared machine the load changes from minute to minute; a ratio of two forks run back to back
 * is worth more than one of two runs minutes apart. Each fork uses the benchmark's own warm-up (10
 * x 3 s) and measurement (5 x 3 s); the last column checks the measurement was steady: the change
 * from the first to the last measured iteration.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.dateline.benchmarks.render.ArticlePageRounds [rounds] [variant,variant,...]}; by default 3
 * rounds of {@code dateline,thymeleaf,stringBuilder}.
 */
public final class ArticlePageRounds {
  private ArticlePageRounds() {}

  /**
   * Runs the rounds.
   *
   * @param args optional number of rounds and comma-separated benchmark methods
   * @throws RunnerException when JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    List<String> variants =
        List.of((args.length > 1 ? args[1] : "dateline,thymeleaf,stringBuilder").split(","));
    List<Map<String, String>> table = new ArrayList<>();
    List<Map<String, Double>> scores = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      List<String> order = new ArrayList<>(variants);
      if (round % 2 == 1) {
        java.util.Collections.reverse(order);
      }
      Map<String, String> cells = new LinkedHashMap<>();
      Map<String, Double> roundScores = new LinkedHashMap<>();
      for (String variant : order) {
        String loadBefore = load();
        RunResult result =
            new Runner(
                    new OptionsBuilder()
                        .include(ArticlePageBenchmark.class.getName() + "\\." + variant + "$")
                        .forks(1)
                        .build())
                .runSingle();
        double score = result.getPrimaryResult().getScore();
        List<Double> iterations = new ArrayList<>();
        for (IterationResult i :
            result.getBenchmarkResults().iterator().next().getIterationResults()) {
          iterations.add(i.getPrimaryResult().getScore());
        }
        double drift =
            (iterations.get(iterations.size() - 1) - iterations.get(0)) / iterations.get(0) * 100;
        roundScores.put(variant, score);
        cells.put(
            variant,
            String.format(
                Locale.ROOT,
                "%,.0f ± %,.0f (last/first iteration %+.0f%%; load %s -> %s)",
                score,
                result.getPrimaryResult().getScoreError(),
                drift,
                loadBefore,
                load()));
      }
      table.add(cells);
      scores.add(roundScores);
    }
    System.out.println();
    System.out.println("ops/s per fork, in round order (order reversed every other round):");
    for (int round = 0; round < rounds; round++) {
      System.out.println("round " + (round + 1) + ":");
      table.get(round).forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-22s %s%n", k, v));
    }
    System.out.println();
    StringBuilder header = new StringBuilder("| round |");
    StringBuilder rule = new StringBuilder("| --- |");
    for (String v : variants) {
      header.append(" `").append(v).append("` |");
      rule.append(" ---: |");
    }
    List<String[]> ratios = new ArrayList<>();
    if (variants.contains("dateline") && variants.contains("thymeleaf")) {
      ratios.add(new String[] {"dateline", "thymeleaf", "Dateline/Thymeleaf"});
    }
    if (variants.contains("dateline") && variants.contains("stringBuilder")) {
      ratios.add(new String[] {"stringBuilder", "dateline", "StringBuilder/Dateline"});
    }
    for (String[] r : ratios) {
      header.append(' ').append(r[2]).append(" |");
      rule.append(" ---: |");
    }
    System.out.println(header);
    System.out.println(rule);
    for (int round = 0; round < rounds; round++) {
      Map<String, Double> s = scores.get(round);
      StringBuilder line = new StringBuilder("| " + (round + 1) + " |");
      for (String v : variants) {
        line.append(String.format(Locale.ROOT, " %,.0f |", s.get(v)));
      }
      for (String[] r : ratios) {
        line.append(String.format(Locale.ROOT, " %.2fx |", s.get(r[0]) / s.get(r[1])));
      }
      System.out.println(line);
    }
  }

  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
