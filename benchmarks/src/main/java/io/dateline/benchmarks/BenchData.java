package io.dateline.benchmarks;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks keep their databases: {@code benchmarks/target/bench-data}, the directory
 * beside the benchmarks jar (or beside {@code target/classes} when run from an IDE), whatever the
 * working directory the benchmark was started from. {@code -Ddateline.bench.dir} overrides it.
 */
public final class BenchData {
  /** The system property that overrides the directory. */
  public static final String PROPERTY = "dateline.bench.dir";

  private BenchData() {}

  /**
   * The data directory; not created here.
   *
   * @return {@code -Ddateline.bench.dir} if set, else {@code bench-data} beside the code's jar or
   *     classes directory
   */
  public static Path directory() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath();
    }
    return besideCode(codeLocation());
  }

  /**
   * {@code bench-data} in the directory holding {@code code}: the jar's directory for a jar, the
   * parent for a classes directory ({@code target/classes} gives {@code target/bench-data}).
   *
   * @param code the benchmarks jar or classes directory
   * @return the data directory
   */
  static Path besideCode(Path code) {
    Path absolute = code.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new IllegalStateException("cannot place bench-data beside " + absolute);
    }
    return parent.resolve("bench-data");
  }

  private static Path codeLocation() {
    try {
      Path code =
          Path.of(BenchData.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.exists(code)) {
        throw new IllegalStateException("benchmark code not found at " + code);
      }
      return code;
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException(
          "cannot tell where the benchmarks run from; set -D" + PROPERTY, e);
    }
  }
}
