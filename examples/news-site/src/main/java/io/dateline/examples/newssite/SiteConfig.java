package io.dateline.examples.newssite;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How to run the site. Immutable and thread-safe; change a copy with the {@code with...} methods.
 *
 * @param host the address to listen on; {@code localhost} by default
 * @param port the port; 0 picks a free one
 * @param dataDirectory where the embedded H2 database lives, when no JDBC URL is given
 * @param jdbcUrl a PostgreSQL (or other) JDBC URL, or {@code null} for the embedded H2 database
 * @param jdbcUser the database user, or {@code null}
 * @param jdbcPassword the database password, or {@code null}
 * @param clock where "now" comes from; tests pass a {@link SettableClock}
 * @param publishInterval how often scheduled articles are checked for
 * @param viewFlushInterval how often counted views are written to the database
 * @param installSamples whether to install the sample content into empty tenants on start
 */
public record SiteConfig(
    String host,
    int port,
    Path dataDirectory,
    String jdbcUrl,
    String jdbcUser,
    String jdbcPassword,
    Clock clock,
    Duration publishInterval,
    Duration viewFlushInterval,
    boolean installSamples) {

  /** The port of the demo. */
  public static final int DEFAULT_PORT = 8080;

  /** Checks the values. */
  public SiteConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(publishInterval, "publishInterval");
    Objects.requireNonNull(viewFlushInterval, "viewFlushInterval");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
    if (publishInterval.isNegative() || publishInterval.isZero()) {
      throw new IllegalArgumentException("publishInterval must be positive: " + publishInterval);
    }
  }

  /**
   * The demo's defaults: {@code localhost:8080}, H2 in {@code ./data}, the system clock, scheduled
   * articles checked every 5 seconds, views written every 5 seconds, sample content installed.
   *
   * @return the configuration
   */
  public static SiteConfig defaults() {
    return new SiteConfig(
        "localhost",
        DEFAULT_PORT,
        Path.of("data"),
        null,
        null,
        null,
        Clock.systemUTC(),
        Duration.ofSeconds(5),
        Duration.ofSeconds(5),
        true);
  }

  /**
   * The defaults, changed by environment variables: {@code PORT}, {@code DATELINE_HOST}, {@code
   * DATELINE_DATA_DIR}, and {@code DATELINE_JDBC_URL} with {@code DATELINE_JDBC_USER} and {@code
   * DATELINE_JDBC_PASSWORD} for an external database such as PostgreSQL.
   *
   * @param env the environment, usually {@link System#getenv()}
   * @return the configuration
   * @throws IllegalArgumentException when {@code PORT} is not a port number
   */
  public static SiteConfig fromEnvironment(Map<String, String> env) {
    SiteConfig config = defaults();
    String port = blankToNull(env.get("PORT"));
    if (port != null) {
      try {
        config = config.withPort(Integer.parseInt(port.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("PORT must be a number: " + port, e);
      }
    }
    String host = blankToNull(env.get("DATELINE_HOST"));
    String dataDir = blankToNull(env.get("DATELINE_DATA_DIR"));
    return new SiteConfig(
        host == null ? config.host : host,
        config.port,
        dataDir == null ? config.dataDirectory : Path.of(dataDir),
        blankToNull(env.get("DATELINE_JDBC_URL")),
        blankToNull(env.get("DATELINE_JDBC_USER")),
        env.get("DATELINE_JDBC_PASSWORD"),
        config.clock,
        config.publishInterval,
        config.viewFlushInterval,
        config.installSamples);
  }

  /**
   * Changes the port.
   *
   * @param port 0 to 65535; 0 picks a free port
   * @return a new configuration
   */
  public SiteConfig withPort(int port) {
    return new SiteConfig(
        host,
        port,
        dataDirectory,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        clock,
        publishInterval,
        viewFlushInterval,
        installSamples);
  }

  /**
   * Changes where the embedded database lives.
   *
   * @param directory the directory; created when missing
   * @return a new configuration
   */
  public SiteConfig withDataDirectory(Path directory) {
    return new SiteConfig(
        host,
        port,
        directory,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        clock,
        publishInterval,
        viewFlushInterval,
        installSamples);
  }

  /**
   * Changes the clock and how often scheduled articles are checked for.
   *
   * @param clock the clock
   * @param publishInterval the check interval
   * @return a new configuration
   */
  public SiteConfig withClock(Clock clock, Duration publishInterval) {
    return new SiteConfig(
        host,
        port,
        dataDirectory,
        jdbcUrl,
        jdbcUser,
        jdbcPassword,
        clock,
        publishInterval,
        viewFlushInterval,
        installSamples);
  }

  /** Leaves the password out, so that logging the configuration does not leak it. */
  @Override
  public String toString() {
    return "SiteConfig[host=%s, port=%d, dataDirectory=%s, jdbcUrl=%s, jdbcUser=%s, clock=%s, publishInterval=%s, viewFlushInterval=%s, installSamples=%s]"
        .formatted(
            host,
            port,
            dataDirectory,
            jdbcUrl,
            jdbcUser,
            clock,
            publishInterval,
            viewFlushInterval,
            installSamples);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
