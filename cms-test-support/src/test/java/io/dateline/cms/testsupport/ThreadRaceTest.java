package io.dateline.cms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ThreadRace")
class ThreadRaceTest {
  @Test
  @DisplayName("runs every task on a thread of its own and reports each outcome in order")
  void outcomesInOrder() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    List<ThreadRace.Outcome<Integer>> outcomes =
        ThreadRace.run(
            4,
            i -> {
              threads.add(Thread.currentThread());
              if (i == 2) {
                throw new IllegalStateException("third fails");
              }
              return i * 10;
            });

    assertThat(threads).hasSize(4);
    assertThat(outcomes).extracting(ThreadRace.Outcome::value).containsExactly(0, 10, null, 30);
    assertThat(outcomes.get(2).succeeded()).isFalse();
    assertThat(outcomes.get(2).failure()).hasMessage("third fails");
  }

  @Test
  @DisplayName("runs different tasks together")
  void differentTasks() {
    List<Callable<String>> tasks = List.of(() -> "a", () -> "b");

    assertThat(ThreadRace.run(tasks))
        .extracting(ThreadRace.Outcome::value)
        .containsExactly("a", "b");
  }

  @Test
  @DisplayName("runAll returns the results, or rethrows the first failure as it was thrown")
  void runAll() throws Exception {
    assertThat(ThreadRace.runAll(3, i -> i)).containsExactly(0, 1, 2);
    assertThatThrownBy(
            () ->
                ThreadRace.runAll(
                    2,
                    i -> {
                      if (i == 1) {
                        throw new java.io.IOException("disk");
                      }
                      return i;
                    }))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("disk");
  }
}
