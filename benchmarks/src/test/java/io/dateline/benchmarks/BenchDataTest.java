package io.dateline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Bench data")
class BenchDataTest {
  @AfterEach
  void clearProperty() {
    System.clearProperty(BenchData.PROPERTY);
  }

  @Test
  @DisplayName("goes to benchmarks/target/bench-data beside the jar, wherever java was started")
  void besideTheJar() {
    Path jar = Path.of("/checkout/benchmarks/target/benchmarks.jar");

    assertThat(BenchData.besideCode(jar))
        .isEqualTo(Path.of("/checkout/benchmarks/target/bench-data"));
  }

  @Test
  @DisplayName("goes to target/bench-data when the code runs from target/classes")
  void besideTheClasses() {
    Path classes = Path.of("/checkout/benchmarks/target/classes");

    assertThat(BenchData.besideCode(classes))
        .isEqualTo(Path.of("/checkout/benchmarks/target/bench-data"));
  }

  @Test
  @DisplayName("is found from the code's own location, not from the working directory")
  void fromTheCodeLocation() {
    // Under Maven the code is this module's target/classes.
    assertThat(BenchData.directory())
        .isEqualTo(
            Path.of(System.getProperty("basedir", ""))
                .toAbsolutePath()
                .resolve("target/bench-data"));
  }

  @Test
  @DisplayName("can be moved with -Ddateline.bench.dir")
  void overridden() {
    System.setProperty(BenchData.PROPERTY, "/tmp/elsewhere");

    assertThat(BenchData.directory()).isEqualTo(Path.of("/tmp/elsewhere"));
  }
}
