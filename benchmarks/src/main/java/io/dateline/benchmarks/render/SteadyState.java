package io.dateline.benchmarks.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tells when a warming-up benchmark has settled: the median time per operation of the last {@code
 * window} batches differs from that of the {@code window} batches before them by less than {@code
 * tolerance}. Medians, not means, so that one batch hit by a GC pause or a descheduling neither
 * makes nor breaks the verdict.
 */
final class SteadyState {
  private final int window;
  private final double tolerance;
  private final List<Double> batches = new ArrayList<>();

  /**
   * @param window batches compared on each side
   * @param tolerance largest relative change that counts as settled, e.g. {@code 0.03} for 3%
   */
  SteadyState(int window, double tolerance) {
    if (window < 1 || !(tolerance > 0)) {
      throw new IllegalArgumentException("window >= 1 and tolerance > 0 required");
    }
    this.window = window;
    this.tolerance = tolerance;
  }

  /** Adds a batch's time per operation. */
  void add(double timePerOperation) {
    batches.add(timePerOperation);
  }

  /** Batches added so far. */
  int batches() {
    return batches.size();
  }

  /**
   * The relative change between the medians of the last two windows, or {@code NaN} while fewer
   * than two windows of batches were added.
   */
  double change() {
    int n = batches.size();
    if (n < 2 * window) {
      return Double.NaN;
    }
    double recent = median(batches.subList(n - window, n));
    double before = median(batches.subList(n - 2 * window, n - window));
    return Math.abs(recent - before) / before;
  }

  /** Whether the last two windows agree within the tolerance. */
  boolean steady() {
    double change = change();
    return !Double.isNaN(change) && change < tolerance;
  }

  /** The median time per operation of the last window (or of all batches, if fewer). */
  double recentMedian() {
    int n = batches.size();
    return median(batches.subList(Math.max(0, n - window), n));
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
