package io.dateline.examples.newssite;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Drives a real headless Chromium through its command line: no WebDriver, no downloaded browser,
 * just the distribution's {@code chromium} package. Each call starts a fresh browser with its own
 * throw-away profile.
 */
final class HeadlessChromium {
  private static final List<String> NAMES =
      List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 90;

  private final Path binary;
  private final Path workDirectory;

  private HeadlessChromium(Path binary, Path workDirectory) {
    this.binary = binary;
    this.workDirectory = workDirectory;
  }

  /**
   * Finds a Chromium on the {@code PATH}.
   *
   * @param workDirectory where profiles and logs go
   * @return the browser, or empty when none is installed
   */
  static Optional<HeadlessChromium> find(Path workDirectory) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator))
        .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
        .filter(Files::isExecutable)
        .findFirst()
        .map(binary -> new HeadlessChromium(binary, workDirectory));
  }

  /**
   * Loads a page, runs its scripts and returns the DOM as serialized HTML.
   *
   * @param url the page
   * @return the DOM
   */
  String dumpDom(String url) throws IOException, InterruptedException {
    return new String(run(List.of("--dump-dom", url)), StandardCharsets.UTF_8);
  }

  /**
   * Loads a page and writes a PNG screenshot of it.
   *
   * @param url the page
   * @param file the PNG to write
   * @param width the window width in CSS pixels
   * @param height the window height in CSS pixels
   */
  void screenshot(String url, Path file, int width, int height)
      throws IOException, InterruptedException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    run(
        List.of(
            "--screenshot=" + file.toAbsolutePath(),
            "--window-size=" + width + "," + height,
            "--hide-scrollbars",
            url));
  }

  private byte[] run(List<String> action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(workDirectory, "chromium-profile");
    Path log = Files.createTempFile(workDirectory, "chromium", ".log");
    Path out = Files.createTempFile(workDirectory, "chromium", ".out");
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.addAll(
        List.of(
            "--headless",
            // Root in a container has no user namespace for the sandbox.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--user-data-dir=" + profile));
    command.addAll(action);
    Process process =
        new ProcessBuilder(command)
            .directory(workDirectory.toFile())
            .redirectOutput(out.toFile())
            .redirectError(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    // Output goes to files rather than pipes, so a hung browser cannot block the wait below.
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(
          "chromium did not finish within " + TIMEOUT_SECONDS + " s; log: " + log);
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          "chromium exited with " + process.exitValue() + ": " + Files.readString(log));
    }
    return Files.readAllBytes(out);
  }
}
