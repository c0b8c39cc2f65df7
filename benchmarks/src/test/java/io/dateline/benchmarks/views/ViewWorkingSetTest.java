package io.dateline.benchmarks.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The views working-set benchmark's popularity")
class ViewWorkingSetTest {
  @Test
  @DisplayName("touches most of a 100,000-article working set, and favours a few articles")
  void zipf() {
    int n = 100_000;
    int[] draws = ViewWorkingSet.zipfDraws(n, 1.0, 1 << 21, 42);

    int[] hits = new int[n];
    for (int d : draws) {
      hits[d]++;
    }
    long touched = Arrays.stream(hits).filter(h -> h > 0).count();
    int[] sorted = hits.clone();
    Arrays.sort(sorted);
    long top100 = 0;
    for (int i = n - 100; i < n; i++) {
      top100 += sorted[i];
    }

    // Over 2 million views, a Zipf(1) popularity reaches most articles of the long tail ...
    assertThat(touched).isGreaterThan(n / 2);
    // ... while the 100 most popular articles (0.1%) take over a third of the views.
    assertThat((double) top100 / draws.length).isGreaterThan(0.33);
  }
}
