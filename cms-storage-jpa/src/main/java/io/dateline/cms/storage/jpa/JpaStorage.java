package io.dateline.cms.storage.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import io.dateline.cms.storage.jpa.internal.Database;
import io.dateline.cms.storage.jpa.internal.Entities;
import io.dateline.cms.storage.jpa.internal.JpaChangeLog;
import io.dateline.cms.storage.jpa.internal.JpaTenantRepository;
import io.dateline.cms.storage.jpa.internal.JpaTenantStorage;
import io.dateline.cms.storage.jpa.internal.JpaViewCountStore;
import io.dateline.cms.storage.jpa.internal.TenantSessions;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.ValidationMode;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

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
 */
public final class JpaStorage implements ContentStorage {
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
   * Prepares an application's persistence unit to host the storage: registers the entity classes
   * and, unless the application set its own, a tenant resolver under which sessions the application
   * opens without a tenant see none of Dateline's rows (Hibernate otherwise refuses to open such
   * sessions once a {@code @TenantId} entity is mapped).
   *
   * @param configuration the application's configuration; never {@code null}
   * @return the same configuration
   */
  public static PersistenceConfiguration configure(PersistenceConfiguration configuration) {
    Entities.ALL.forEach(configuration::managedClass);
    if (!configuration
        .properties()
        .containsKey(AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER)) {
      configuration.property(
          AvailableSettings.MULTI_TENANT_IDENTIFIER_RESOLVER,
          new TenantSessions.UnscopedResolver());
    }
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
   * The entity manager factory in use: the application's, or the one the storage built. Useful for
   * statistics and diagnostics; Dateline's entities in it are internal.
   *
   * @return the factory
   */
  public EntityManagerFactory entityManagerFactory() {
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
    private DataSource dataSource;
    private String jdbcUrl;
    private String username;
    private String password;
    private int maximumPoolSize = 10;
    private EntityManagerFactory entityManagerFactory;
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
     * @param url the JDBC URL ({@code jdbc:h2:...} or {@code jdbc:postgresql:...})
     * @param username the user, or {@code null}
     * @param password the password, or {@code null}
     * @return this builder
     */
    public Builder jdbcUrl(String url, String username, String password) {
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
     * Runs {@link DatelineMigrations#migrate} before validating the schema. Default {@code false}.
     * Needs a data source or JDBC URL.
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
     * @throws IllegalStateException when the configuration is incomplete or contradictory, the
     *     database is not supported, or the schema does not match
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
      List<AutoCloseable> owned = new java.util.ArrayList<>();
      DataSource ds = dataSource;
      if (ds == null) {
        ds = pool();
        owned.add((HikariDataSource) ds);
      }
      try {
        if (migrateOnStart) {
          DatelineMigrations.migrate(ds);
        }
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

    private HikariDataSource pool() {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(jdbcUrl);
      config.setUsername(username);
      config.setPassword(password);
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
          .property(AvailableSettings.HBM2DDL_AUTO, "validate")
          .property(AvailableSettings.STATEMENT_BATCH_SIZE, 50)
          .property(AvailableSettings.IN_CLAUSE_PARAMETER_PADDING, true)
          .properties(properties);
      try {
        return config.createEntityManagerFactory();
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "Hibernate cannot start on Dateline's schema (has it been migrated? see"
                + " DatelineMigrations and migrateOnStart): "
                + e.getMessage(),
            e);
      }
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
      Database database =
          new TenantSessions(factory, null).unscoped(true, s -> s.doReturningWork(Database::of));
      return new JpaStorage(emf, database, clock, List.of());
    }
  }
}
