package io.dateline.cms.storage.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.cms.StorageException;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.storage.jpa.internal.Database;
import io.dateline.cms.storage.jpa.internal.Entities;
import io.dateline.cms.storage.jpa.internal.JdbcUrls;
import io.dateline.cms.storage.jpa.internal.JpaChangeLog;
import io.dateline.cms.storage.jpa.internal.JpaTenantRepository;
import io.dateline.cms.storage.jpa.internal.JpaTenantStorage;
import io.dateline.cms.storage.jpa.internal.JpaViewCountStore;
import io.dateline.cms.storage.jpa.internal.JsonTextFormatMapper;
import io.dateline.cms.storage.jpa.internal.RedactingConnectionProvider;
import io.dateline.cms.storage.jpa.internal.Requirements;
import io.dateline.cms.storage.jpa.internal.SchemaCheck;
import io.dateline.cms.storage.jpa.internal.TenantSessions;
import io.dateline.cms.storage.jpa.internal.UrlDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.ValidationMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.spi.SessionFactoryOptions;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dateline's storage on a relational database (H2 or PostgreSQL) through Jakarta Persistence and
 * Hibernate ORM.
 *
 * <pre>{@code
 * JpaStorage storage = JpaStorage.builder()
 *     .jdbcUrl("jdbc:postgresql://db/news", "news", secret)
 *     .migrateOnStart(true)
 *     .build();
 * Dateline cms = Dateline.builder().storage(storage).build();
 * }</pre>
 *
 * <p>It starts from one of: a JDBC URL (the storage builds and owns a HikariCP pool), a {@link
 * DataSource} the application owns, or an {@link EntityManagerFactory} the application owns and
 * into which it registered {@link #managedClassNames()} (see {@link #configure}). The schema comes
 * from {@link DatelineMigrations}; Hibernate only validates it.
 *
 * <p>Every tenant's rows are scoped by Hibernate's {@code @TenantId}: each repository call opens a
 * session bound to its tenant, so queries, updates and deletes cannot reach another tenant's rows.
 * Times are stored to the microsecond (PostgreSQL's precision); finer instants are truncated.
 *
 * <p>Every write appends its {@linkplain #changes() change} in its own transaction, as its last
 * statements: a single head row hands out positions, and its row lock, held until commit, makes
 * positions follow commit order, so a reader of the feed never misses a change.
 *
 * <p>Thread-safe: one instance serves the whole application, and several instances (on one or many
 * nodes) may share a database. {@link #close()} releases what the storage built itself (its pool
 * and entity manager factory), never what the application passed in.
 *
 * @since 0.1.0
 */
public final class JpaStorage implements ContentStorage {
  private static final Logger LOG = LoggerFactory.getLogger(JpaStorage.class);

  /** The JDBC batch size of the storage's writes (several refs, view-count upserts). */
  private static final int BATCH_SIZE = 50;

  private final EntityManagerFactory entityManagerFactory;
  private final TenantSessions sessions;
  private final TenantRepository tenants;
  private final ViewCountStore viewCounts;
  private final JpaChangeLog changes;
  private final List<AutoCloseable> owned;

  private JpaStorage(
      EntityManagerFactory emf, Database database, Clock clock, List<AutoCloseable> owned) {
    this.entityManagerFactory = emf;
    this.sessions = new TenantSessions(emf.unwrap(SessionFactory.class), database);
    this.changes = new JpaChangeLog(sessions, clock);
    this.tenants = new JpaTenantRepository(sessions, changes);
    this.viewCounts = new JpaViewCountStore(sessions);
    this.owned = owned;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    // Before the builder class loads: it links against Hibernate 7 and Jakarta Persistence 3.2.
    Requirements.check();
    return new Builder();
  }

  /**
   * The fully qualified names of the entity classes the storage maps, for an application that lists
   * classes in its own {@code persistence.xml}. The classes are internal: register them, do not use
   * them.
   *
   * @return the class names
   */
  public static List<String> managedClassNames() {
    return Entities.ALL.stream().map(Class::getName).toList();
  }

  /**
   * The Hibernate properties the storage's entity manager factory runs with, for an application
   * that creates the factory itself: {@link #configure} applies them, and an application with a
   * {@code persistence.xml} passes them (merged with its own) to {@code
   * Persistence.createEntityManagerFactory(name, properties)}.
   *
   * <ul>
   *   <li>{@code hibernate.jdbc.batch_size} = 50: an article's reference rows and a view-count
   *       flush are sent as JDBC batches instead of one round trip per row;
   *   <li>{@code hibernate.query.in_clause_parameter_padding} = {@code true}: {@code in} lists are
   *       padded to a power of two so that a few cached statements serve every page size;
   *   <li>{@code hibernate.tenant_identifier_resolver}: a resolver under which sessions that the
   *       application opens without a tenant see none of Dateline's rows (Hibernate refuses to open
   *       such sessions at all once a {@code @TenantId} entity is mapped).
   * </ul>
   *
   * <p>The storage works without them, slower; {@link Builder#build()} logs a warning when an
   * application's factory lacks the first two.
   *
   * @return a new unmodifiable map, property name to value
   */
  public static Map<String, Object> recommendedProperties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH_SIZE);
    properties.put(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true);
    properties.put(
        AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new TenantSessions.UnscopedResolver());
    return Collections.unmodifiableMap(properties);
  }

  /**
   * Prepares an application's persistence unit to host the storage: registers the entity classes
   * and adds each of {@link #recommendedProperties()} the application has not set itself (its own
   * value of a property wins).
   *
   * @param configuration the application's configuration; never {@code null}
   * @return the same configuration
   * @throws IllegalStateException when the classpath lacks Hibernate ORM 7 or Jakarta Persistence
   *     3.2
   */
  public static PersistenceConfiguration configure(PersistenceConfiguration configuration) {
    Requirements.check();
    Objects.requireNonNull(configuration, "configuration");
    Entities.ALL.forEach(configuration::managedClass);
    recommendedProperties()
        .forEach(
            (name, value) -> {
              if (!configuration.properties().containsKey(name)) {
                configuration.property(name, value);
              }
            });
    return configuration;
  }

  @Override
  public TenantRepository tenants() {
    return tenants;
  }

  @Override
  public TenantStorage tenant(TenantId tenantId) {
    return new JpaTenantStorage(Objects.requireNonNull(tenantId, "tenantId"), sessions, changes);
  }

  @Override
  public ViewCountStore viewCounts() {
    return viewCounts;
  }

  @Override
  public ChangeLog changes() {
    return changes;
  }

  /**
   * The entity manager factory in use: the application's, or the one the storage built. Not API:
   * the factory and Dateline's entities in it are storage internals; this module's tests read
   * Hibernate's statistics through it. Applications that want to count statements wrap the {@code
   * DataSource} they hand to {@link Builder#dataSource}.
   *
   * @return the factory
   */
  EntityManagerFactory entityManagerFactory() {
    return entityManagerFactory;
  }

  @Override
  public void close() {
    RuntimeException failure = null;
    for (AutoCloseable resource : owned) {
      try {
        resource.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("Closing the JPA storage failed", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** Configures a {@link JpaStorage}; not thread-safe. Set exactly one connection source. */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private @Nullable String jdbcUrl;
    private @Nullable String username;
    private @Nullable String password;
    private int maximumPoolSize = 10;
    private @Nullable EntityManagerFactory entityManagerFactory;
    private boolean migrateOnStart;
    private Clock clock = Clock.systemUTC();
    private final Map<String, Object> properties = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Uses a data source the application owns (and closes).
     *
     * @param dataSource the data source
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * Connects with a HikariCP pool that the storage builds, owns and closes.
     *
     * <p>Secrets in the URL (a {@code password=} parameter, H2's {@code ;PASSWORD=}, the password
     * of {@code //user:password@host}) are taken out of it and given to the driver as connection
     * properties, so that no log line of the storage, the pool, the driver or Hibernate shows them;
     * the storage logs the URL with its secrets masked. A user or password in the URL wins over the
     * arguments.
     *
     * @param url the JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...})
     * @param username the user, or {@code null}
     * @param password the password, or {@code null}
     * @return this builder
     */
    public Builder jdbcUrl(String url, @Nullable String username, @Nullable String password) {
      this.jdbcUrl = Objects.requireNonNull(url, "url");
      this.username = username;
      this.password = password;
      return this;
    }

    /**
     * Sets the size of the pool built for {@link #jdbcUrl}. Default 10.
     *
     * @param size at least 1
     * @return this builder
     */
    public Builder maximumPoolSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("maximumPoolSize must be at least 1: " + size);
      }
      this.maximumPoolSize = size;
      return this;
    }

    /**
     * Uses an entity manager factory the application owns (and closes). It must be Hibernate's,
     * with the storage's classes registered ({@link JpaStorage#configure}) and the schema already
     * migrated ({@link DatelineMigrations#migrate}).
     *
     * @param factory the factory
     * @return this builder
     */
    public Builder entityManagerFactory(EntityManagerFactory factory) {
      this.entityManagerFactory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /**
     * Runs {@link DatelineMigrations#migrate} before validating the schema when the schema lacks
     * any of the module's migrations (read from Flyway's history table in one query; when nothing
     * is pending, Flyway is not started at all). Default {@code false}. Needs a data source or JDBC
     * URL.
     *
     * @param migrate whether to migrate
     * @return this builder
     */
    public Builder migrateOnStart(boolean migrate) {
      this.migrateOnStart = migrate;
      return this;
    }

    /**
     * Sets the clock the change feed's times ({@code recorded_at}) come from. Default: {@link
     * Clock#systemUTC()}.
     *
     * @param clock the clock; never {@code null}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Adds a Jakarta Persistence or Hibernate property to the entity manager factory the storage
     * builds, such as {@code hibernate.generate_statistics}. Ignored with an application-owned
     * factory.
     *
     * @param name the property name
     * @param value its value
     * @return this builder
     */
    public Builder property(String name, Object value) {
      properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Connects, migrates when asked, and validates the schema.
     *
     * @return the storage
     * @throws IllegalStateException when the configuration is incomplete or contradictory, or the
     *     database is not supported
     * @throws StorageException when the schema lacks migrations (the message names them and the
     *     fix) or does not match the mapping, or the database cannot be reached
     */
    public JpaStorage build() {
      int sources =
          (dataSource == null ? 0 : 1)
              + (jdbcUrl == null ? 0 : 1)
              + (entityManagerFactory == null ? 0 : 1);
      if (sources != 1) {
        throw new IllegalStateException(
            "JpaStorage needs exactly one of dataSource(...), jdbcUrl(...) or"
                + " entityManagerFactory(...); "
                + sources
                + " were set");
      }
      if (entityManagerFactory != null) {
        if (migrateOnStart) {
          throw new IllegalStateException(
              "migrateOnStart needs a data source: with an application-owned"
                  + " EntityManagerFactory, call DatelineMigrations.migrate(dataSource) before"
                  + " creating the factory");
        }
        return fromFactory(entityManagerFactory, clock);
      }
      List<AutoCloseable> owned = new ArrayList<>();
      DataSource ds = dataSource;
      if (ds == null) {
        // build() has checked that exactly one of a data source, a factory and a URL is set.
        String url = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        LOG.info("Dateline JPA storage: connecting to {}", JdbcUrls.redact(url));
        ds = pool(url);
        owned.add((HikariDataSource) ds);
      } else {
        LOG.info("Dateline JPA storage: on the application's data source");
      }
      try {
        SchemaCheck.Status schema = SchemaCheck.inspect(ds);
        if (migrateOnStart && !schema.current()) {
          DatelineMigrations.migrate(ds);
          schema = SchemaCheck.inspect(ds);
        }
        SchemaCheck.require(schema);
        Database database = Database.of(ds);
        EntityManagerFactory emf = ownFactory(ds);
        owned.add(0, emf::close);
        return new JpaStorage(emf, database, clock, List.copyOf(owned));
      } catch (RuntimeException e) {
        for (AutoCloseable resource : owned) {
          try {
            resource.close();
          } catch (Exception suppressed) {
            e.addSuppressed(suppressed);
          }
        }
        throw e;
      }
    }

    private HikariDataSource pool(String jdbcUrl) {
      HikariConfig config = new HikariConfig();
      // The pool gets a data source, not the URL, so that it never sees (or logs) the URL's
      // secrets.
      config.setDataSource(new UrlDataSource(jdbcUrl, username, password));
      config.setMaximumPoolSize(maximumPoolSize);
      config.setPoolName("dateline");
      // Hibernate begins every unit of work with a transaction; the pool hands out connections
      // already in manual-commit mode so Hibernate need not switch them each time.
      config.setAutoCommit(false);
      properties.putIfAbsent(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, true);
      return new HikariDataSource(config);
    }

    private EntityManagerFactory ownFactory(DataSource ds) {
      HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("dateline");
      configure(config);
      config
          .validationMode(ValidationMode.NONE)
          .property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds)
          // Hibernate's own provider for the data source, but its start-up summary masks the
          // secrets of the URL the driver reports.
          .property(AvailableSettings.CONNECTION_PROVIDER, new RedactingConnectionProvider(ds))
          .property(AvailableSettings.HBM2DDL_AUTO, "validate")
          .property(AvailableSettings.JSON_FORMAT_MAPPER, new JsonTextFormatMapper())
          .properties(properties);
      try {
        return config.createEntityManagerFactory();
      } catch (RuntimeException e) {
        throw bootFailure(e);
      }
    }

    /**
     * Hibernate reports a schema that does not match the mapping as "Unable to build Hibernate
     * SessionFactory", with the table or column two causes down: bring it up.
     */
    private static RuntimeException bootFailure(RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof SchemaManagementException mismatch) {
          return new StorageException(
              "Dateline's schema does not match this version of cms-storage-jpa: "
                  + mismatch.getMessage()
                  + ". Were its tables changed by hand, or migrated by another tool? Run"
                  + " DatelineMigrations.migrate(dataSource) on a database Dateline migrated"
                  + " itself.",
              e);
        }
      }
      Throwable root = e;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return new IllegalStateException(
          "Hibernate cannot start the JPA storage: " + root.getMessage(), e);
    }

    private static JpaStorage fromFactory(EntityManagerFactory emf, Clock clock) {
      SessionFactory factory;
      try {
        factory = emf.unwrap(SessionFactory.class);
      } catch (RuntimeException e) {
        throw new IllegalStateException("JpaStorage needs Hibernate ORM as the JPA provider", e);
      }
      try {
        Entities.ALL.forEach(type -> emf.getMetamodel().managedType(type));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "The EntityManagerFactory does not map Dateline's entities: register them with"
                + " JpaStorage.configure(...) or list JpaStorage.managedClassNames()",
            e);
      }
      SchemaCheck.Status schema =
          new TenantSessions(factory, null)
              .unscoped(true, s -> s.doReturningWork(SchemaCheck::inspect));
      SchemaCheck.require(schema);
      warnAboutMissingSettings(factory);
      Database database =
          new TenantSessions(factory, null).unscoped(true, s -> s.doReturningWork(Database::of));
      return new JpaStorage(emf, database, clock, List.of());
    }

    private static void warnAboutMissingSettings(SessionFactory factory) {
      SessionFactoryOptions options =
          factory.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions();
      List<String> missing = new ArrayList<>();
      if (options.getJdbcBatchSize() < 2) {
        missing.add(
            AvailableSettings.STATEMENT_BATCH_SIZE + " (is " + options.getJdbcBatchSize() + ")");
      }
      if (!options.inClauseParameterPaddingEnabled()) {
        missing.add(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING + " (is false)");
      }
      if (!missing.isEmpty()) {
        LOG.warn(
            "The application's EntityManagerFactory lacks settings the Dateline storage relies on"
                + " for speed: {}. Create the factory through JpaStorage.configure(...), or add"
                + " JpaStorage.recommendedProperties() to its properties.",
            String.join(", ", missing));
      }
    }
  }
}
