package io.dateline.cms.storage.jpa.internal;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Opens connections for a JDBC URL through {@link DriverManager}; the connection source of the pool
 * that {@code JpaStorage} builds from a URL.
 *
 * <p>The secrets of the URL are taken out of it ({@link JdbcUrls#split}) and handed to the driver
 * as properties, so that the URL the pool, the driver and Hibernate see and log carries none. It is
 * written here rather than using HikariCP's own URL mode because HikariCP puts the raw URL into its
 * debug lines and into the message of a missing-driver failure, and {@link DriverManager} puts it
 * into its "no suitable driver" message.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class UrlDataSource implements DataSource {
  private final String url;
  private final @Nullable String redacted;
  private final Properties properties;
  private volatile @Nullable Driver driver;
  private volatile int loginTimeoutSeconds;

  /**
   * Creates the source.
   *
   * @param url the JDBC URL, possibly with secrets in it
   * @param user the user, or {@code null} (a user in the URL wins)
   * @param password the password, or {@code null} (a password in the URL wins)
   */
  public UrlDataSource(String url, @Nullable String user, @Nullable String password) {
    JdbcUrls.Split split = JdbcUrls.split(url);
    this.url = split.url();
    this.redacted = JdbcUrls.redact(url);
    this.properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.putAll(split.secrets());
  }

  /**
   * The URL without its secrets, as the driver receives it.
   *
   * @return the URL
   */
  public String url() {
    return url;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connect(properties);
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    Properties withCredentials = new Properties();
    withCredentials.putAll(properties);
    withCredentials.setProperty("user", username);
    withCredentials.setProperty("password", password);
    return connect(withCredentials);
  }

  private Connection connect(Properties source) throws SQLException {
    Properties copy = new Properties();
    copy.putAll(source);
    Connection connection = driver().connect(url, copy);
    if (connection == null) {
      throw noDriver(null);
    }
    return connection;
  }

  private Driver driver() throws SQLException {
    Driver found = driver;
    if (found == null) {
      try {
        found = DriverManager.getDriver(url);
      } catch (SQLException e) {
        throw noDriver(e);
      }
      driver = found;
    }
    return found;
  }

  private SQLException noDriver(@Nullable SQLException cause) {
    return new SQLException(
        "No JDBC driver on the classpath accepts "
            + redacted
            + ": add the driver of your database (org.postgresql:postgresql or"
            + " com.h2database:h2)",
        "08001",
        cause);
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // DriverManager has only a global log writer; the storage never sets it.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Kept for getLoginTimeout only: DriverManager's timeout is global to the JVM.
    this.loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("UrlDataSource logs nothing through JUL");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("UrlDataSource does not wrap a " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "UrlDataSource[" + redacted + "]";
  }
}
