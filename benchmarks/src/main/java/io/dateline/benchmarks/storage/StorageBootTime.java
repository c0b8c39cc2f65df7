package io.dateline.benchmarks.storage;

import io.dateline.cms.storage.jpa.JpaStorage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How long {@code JpaStorage.builder()...build()} takes in a cold JVM, the way an application
 * restarts: on an H2 file database that an earlier process has already migrated.
 *
 * <p>JMH measures warm code in one JVM and so cannot see this; instead each build runs in a fresh
 * child JVM (same class path), with {@code migrateOnStart(true)} and {@code (false)} alternating,
 * and the parent prints the medians of wall time, the building thread's CPU time, the whole
 * process's CPU time (JIT and GC included) and the classes loaded.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.dateline.benchmarks.storage.StorageBootTime [runs]
 * </pre>
 */
public final class StorageBootTime {
  private static final String RESULT = "BOOT-RESULT";

  private StorageBootTime() {}

  /**
   * Runs the measurement, or, with {@code --child url migrate}, one build.
   *
   * @param args {@code [runs per variant]} (default 5), or the child's arguments
   * @throws Exception when a child fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--child")) {
      child(args[1], Boolean.parseBoolean(args[2]));
      return;
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Path dir = Files.createTempDirectory("dateline-boot");
    String url = "jdbc:h2:file:" + dir.resolve("dateline") + ";DB_CLOSE_ON_EXIT=FALSE";
    // Migrate once, as the first start of an application would.
    runChild(url, true);
    Map<String, List<long[]>> results = new TreeMap<>();
    for (int i = 0; i < runs; i++) {
      for (boolean migrate : new boolean[] {true, false}) {
        results
            .computeIfAbsent("migrateOnStart(" + migrate + ")", k -> new ArrayList<>())
            .add(runChild(url, migrate));
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-24s %10s %12s %12s %9s  (medians of %d cold JVMs each)%n",
        "variant",
        "wall ms",
        "thread ms",
        "process ms",
        "classes",
        runs);
    results.forEach(
        (variant, rows) ->
            System.out.printf(
                Locale.ROOT,
                "%-24s %10d %12d %12d %9d%n",
                variant,
                median(rows, 0),
                median(rows, 1),
                median(rows, 2),
                median(rows, 3)));
  }

  private static long median(List<long[]> rows, int column) {
    long[] values = rows.stream().mapToLong(r -> r[column]).sorted().toArray();
    return values[values.length / 2];
  }

  /** Starts a child JVM for one build and reads its figures. */
  private static long[] runChild(String url, boolean migrate)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "-Dorg.jboss.logging.provider=slf4j",
                StorageBootTime.class.getName(),
                "--child",
                url,
                Boolean.toString(migrate))
            .redirectErrorStream(true)
            .start();
    long[] figures = null;
    StringBuilder output = new StringBuilder();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith(RESULT)) {
          figures =
              Arrays.stream(line.substring(RESULT.length()).trim().split(" "))
                  .mapToLong(Long::parseLong)
                  .toArray();
        } else {
          output.append(line).append('\n');
        }
      }
    }
    if (process.waitFor() != 0 || figures == null) {
      throw new IllegalStateException("the child JVM failed:\n" + output);
    }
    return figures;
  }

  /** One build, in this (fresh) JVM; prints wall, thread CPU, process CPU (ms) and classes. */
  private static void child(String url, boolean migrate) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long classes0 = classes.getTotalLoadedClassCount();
    long process0 = os.getProcessCpuTime();
    long thread0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    JpaStorage storage =
        JpaStorage.builder()
            .jdbcUrl(url, "sa", "")
            .maximumPoolSize(2)
            .migrateOnStart(migrate)
            .build();
    long wall = System.nanoTime() - wall0;
    long thread = threads.getCurrentThreadCpuTime() - thread0;
    long process = os.getProcessCpuTime() - process0;
    long loaded = classes.getTotalLoadedClassCount() - classes0;
    storage.close();
    System.out.println(
        RESULT
            + " "
            + wall / 1_000_000
            + " "
            + thread / 1_000_000
            + " "
            + process / 1_000_000
            + " "
            + loaded);
  }
}
