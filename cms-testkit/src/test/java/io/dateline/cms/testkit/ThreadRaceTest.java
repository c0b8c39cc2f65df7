package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ThreadRace")
class ThreadRaceTest {

  @Test
  @DisplayName("reports each thread's result or exception in index order")
  void reportsOutcomes() {
    List<ThreadRace.Outcome<Integer>> outcomes =
        ThreadRace.run(
            4,
            i -> {
              if (i % 2 == 1) {
                throw new IllegalStateException("thread " + i);
              }
              return i * 10;
            });

    assertThat(outcomes).extracting(ThreadRace.Outcome::value).containsExactly(0, null, 20, null);
    assertThat(outcomes.get(1).failure()).hasMessage("thread 1");
    assertThat(outcomes.get(3).failure()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName("runs all threads at the same time")
  void threadsOverlap() {
    CyclicBarrier everyoneAtOnce = new CyclicBarrier(3);

    List<Integer> results =
        ThreadRace.runAll(
            3,
            i -> {
              // Only passes when all three threads are running concurrently.
              everyoneAtOnce.await(10, TimeUnit.SECONDS);
              return i;
            });

    assertThat(results).containsExactly(0, 1, 2);
  }

  @Test
  @DisplayName("runAll fails with the first thread's exception as the cause")
  void runAllRethrows() {
    assertThatThrownBy(
            () ->
                ThreadRace.runAll(
                    2,
                    i -> {
                      throw new IllegalArgumentException("boom " + i);
                    }))
        .isInstanceOf(AssertionError.class)
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }
}
