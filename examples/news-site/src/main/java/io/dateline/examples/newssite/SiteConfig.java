package io.dateline.examples.newssite;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to run the site. Immutable and thread-safe; build one with {@link #builder()}.
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
    @Nullable String jdbcUrl,
    @Nullable String jdbcUser,
    @Nullable String jdbcPassword,
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
    return builder().build();
  }

  /**
   * Starts from {@link #defaults()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
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
    Builder config = builder();
    String port = blankToNull(env.get("PORT"));
    if (port != null) {
      try {
        config.port(Integer.parseInt(port.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("PORT must be a number: " + port, e);
      }
    }
    String host = blankToNull(env.get("DATELINE_HOST"));
    if (host != null) {
      config.host(host);
    }
    String dataDir = blankToNull(env.get("DATELINE_DATA_DIR"));
    if (dataDir != null) {
      config.dataDirectory(Path.of(dataDir));
    }
    String jdbcUrl = blankToNull(env.get("DATELINE_JDBC_URL"));
    if (jdbcUrl != null) {
      config.database(
          jdbcUrl, blankToNull(env.get("DATELINE_JDBC_USER")), env.get("DATELINE_JDBC_PASSWORD"));
    }
    return config.build();
  }

  /** Collects a {@link SiteConfig}; not thread-safe. Values are checked by {@link #build()}. */
  public static final class Builder {
    private String host = "localhost";
    private int port = DEFAULT_PORT;
    private Path dataDirectory = Path.of("data");
    private @Nullable String jdbcUrl;
    private @Nullable String jdbcUser;
    private @Nullable String jdbcPassword;
    private Clock clock = Clock.systemUTC();
    private Duration publishInterval = Duration.ofSeconds(5);
    private Duration viewFlushInterval = Duration.ofSeconds(5);
    private boolean installSamples = true;

    private Builder() {}

    /**
     * Sets the address to listen on.
     *
     * @param host a host name or address
     * @return this builder
     */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /**
     * Sets the port.
     *
     * @param port 0 to 65535; 0 picks a free port
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Sets where the embedded database lives.
     *
     * @param directory the directory; created when missing
     * @return this builder
     */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = directory;
      return this;
    }

    /**
     * Uses an external database instead of the embedded one.
     *
     * @param url the JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}
     * @return this builder
     */
    public Builder database(String url, @Nullable String user, @Nullable String password) {
      this.jdbcUrl = url;
      this.jdbcUser = user;
      this.jdbcPassword = password;
      return this;
    }

    /**
     * Sets the clock and how often scheduled articles are checked for.
     *
     * @param clock the clock
     * @param publishInterval the check interval; positive
     * @return this builder
     */
    public Builder clock(Clock clock, Duration publishInterval) {
      this.clock = clock;
      this.publishInterval = publishInterval;
      return this;
    }

    /**
     * Sets how often counted views are written to the database.
     *
     * @param interval the interval
     * @return this builder
     */
    public Builder viewFlushInterval(Duration interval) {
      this.viewFlushInterval = interval;
      return this;
    }

    /**
     * Sets whether the sample content is installed into empty tenants on start.
     *
     * @param install whether to install it
     * @return this builder
     */
    public Builder installSamples(boolean install) {
      this.installSamples = install;
      return this;
    }

    /**
     * Builds the configuration.
     *
     * @return the configuration
     * @throws IllegalArgumentException when a value is out of range
     * @throws NullPointerException when a required value is missing
     */
    public SiteConfig build() {
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

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
