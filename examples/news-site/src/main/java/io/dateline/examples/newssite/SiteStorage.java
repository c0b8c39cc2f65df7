package io.dateline.examples.newssite;

import io.dateline.cms.storage.jpa.JpaStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the site's database: the JDBC URL of the configuration when there is one (PostgreSQL in
 * production), else an embedded H2 database in a file under the data directory, so that content and
 * view counts survive a restart. Migrations run on every start; they do nothing when the schema is
 * current.
 */
final class SiteStorage {
  private static final Logger LOG = LoggerFactory.getLogger(SiteStorage.class);

  private SiteStorage() {}

  static JpaStorage open(SiteConfig config) {
    String url = config.jdbcUrl();
    if (url == null) {
      url = h2Url(config.dataDirectory());
      LOG.info("Using the embedded H2 database in {}", config.dataDirectory().toAbsolutePath());
    } else {
      LOG.info("Using the database at {}", url);
    }
    return JpaStorage.builder()
        .jdbcUrl(url, config.jdbcUser(), config.jdbcPassword())
        .migrateOnStart(true)
        .build();
  }

  /**
   * The embedded database's URL. {@code DB_CLOSE_ON_EXIT=FALSE} keeps H2 from closing itself in its
   * own shutdown hook, which could run before the site's hook has flushed the last views; the site
   * closes the pool, and with it the database, itself.
   */
  static String h2Url(Path directory) {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + directory, e);
    }
    String base = directory.toAbsolutePath().normalize().resolve("dateline").toString();
    return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000";
  }
}
