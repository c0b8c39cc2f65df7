package io.dateline.benchmarks.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The render harness's steady-state check")
class SteadyStateTest {
  @Test
  @DisplayName("is undecided until it has two windows of batches")
  void needsTwoWindows() {
    SteadyState state = new SteadyState(3, 0.05);
    for (int i = 0; i < 5; i++) {
      state.add(100);
    }
    assertThat(state.change()).isNaN();
    assertThat(state.steady()).isFalse();

    state.add(100);

    assertThat(state.change()).isZero();
    assertThat(state.steady()).isTrue();
  }

  @Test
  @DisplayName("calls a still-falling time per page unsteady, the way Thymeleaf warms up")
  void fallingIsNotSteady() {
    SteadyState state = new SteadyState(3, 0.05);
    for (double micros : new double[] {2_900, 1_450, 1_000, 800, 650, 560}) {
      state.add(micros);
    }

    assertThat(state.steady()).isFalse();
    assertThat(state.change())
        .isCloseTo((1_450 - 650) / 1_450.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  @DisplayName("is not thrown by one slow batch, since it compares medians")
  void oneOutlierDoesNotMatter() {
    SteadyState state = new SteadyState(5, 0.03);
    for (double micros : new double[] {510, 512, 509, 511, 510, 511, 510, 5_000, 509, 512}) {
      state.add(micros);
    }

    assertThat(state.steady()).isTrue();
    assertThat(state.recentMedian()).isEqualTo(511);
  }
}
