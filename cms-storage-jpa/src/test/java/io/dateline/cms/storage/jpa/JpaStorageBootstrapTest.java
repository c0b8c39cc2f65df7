package io.dateline.cms.storage.jpa;

import static io.dateline.cms.storage.jpa.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import io.dateline.cms.StorageException;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.storage.jpa.internal.Database;
import io.dateline.cms.storage.jpa.internal.Requirements;
import io.dateline.cms.storage.jpa.internal.SchemaCheck;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.spi.SessionFactoryOptions;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Starting the JPA storage")
class JpaStorageBootstrapTest {

  private static FluentConfiguration flyway(DataSource ds) {
    return Flyway.configure()
        .dataSource(ds)
        .locations(DatelineMigrations.LOCATION)
        .table(DatelineMigrations.HISTORY_TABLE)
        .placeholders(Database.H2.placeholders());
  }

  private static DataSource freshH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:boot-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    return ds;
  }

  private static void roundTrip(JpaStorage storage) {
    TenantId tenant = Fixtures.newTenantId();
    storage.tenants().save(Fixtures.tenant(tenant));
    Article stored =
        storage.tenant(tenant).articles().insert(Fixtures.published(tenant, "boot", T0).build());
    assertThat(storage.tenant(tenant).articles().findById(stored.id())).contains(stored);
  }

  @Nested
  @DisplayName("Migrations")
  class Migrations {
    @Test
    @DisplayName("create the schema once; running them again does nothing")
    void idempotent() throws Exception {
      DataSource ds = freshH2();

      // V1 (content), V2 (change feed), V3 (view batch retention index), V4 (webhooks), V5
      // (import sources) and V11 (image references).
      assertThat(DatelineMigrations.migrate(ds)).isEqualTo(SchemaCheck.SHIPPED.size());
      assertThat(DatelineMigrations.migrate(ds)).isZero();
      try (Connection c = ds.getConnection();
          ResultSet rs =
              c.getMetaData().getTables(null, null, "DATELINE_ARTICLE", new String[] {"TABLE"})) {
        assertThat(rs.next()).isTrue();
      }
    }

    @Test
    @DisplayName("an unmigrated database is refused with the missing migrations and the fix")
    void unmigratedDatabaseIsRefused() {
      DataSource ds = freshH2();

      assertThatThrownBy(() -> JpaStorage.builder().dataSource(ds).build())
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("has not been migrated")
          .hasMessageContaining("dateline_schema_history")
          .hasMessageContaining("V1 (content schema), V2 (change feed)")
          .hasMessageContaining("DatelineMigrations.migrate(dataSource)")
          .hasMessageContaining("migrateOnStart(true)")
          .hasMessageNotContaining("SessionFactory");
    }

    @Test
    @DisplayName("a database that missed the latest migration names that migration")
    void missingLatestMigration() {
      DataSource ds = freshH2();
      flyway(ds).target("5").load().migrate();

      assertThatThrownBy(() -> JpaStorage.builder().dataSource(ds).build())
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("at version 5")
          .hasMessageContaining("needs version 11")
          .hasMessageContaining("migration V11 (image references) has not run")
          .hasMessageContaining("migrateOnStart(true)");

      // And migrateOnStart brings it up to date.
      try (JpaStorage storage = JpaStorage.builder().dataSource(ds).migrateOnStart(true).build()) {
        roundTrip(storage);
      }
    }

    @Test
    @DisplayName(
        "an application's factory on an unmigrated database is refused at build, not at first use")
    void applicationFactoryOnUnmigratedDatabase() {
      DataSource ds = freshH2();
      EntityManagerFactory emf =
          JpaStorage.configure(
                  new HibernatePersistenceConfiguration("host-app")
                      .property("hibernate.connection.datasource", ds))
              .createEntityManagerFactory();
      try {
        assertThatThrownBy(() -> JpaStorage.builder().entityManagerFactory(emf).build())
            .isInstanceOf(StorageException.class)
            .hasMessageContaining("has not been migrated")
            .hasMessageContaining("V1 (content schema)");
      } finally {
        emf.close();
      }
    }

    @Test
    @DisplayName("a table dropped behind Flyway's back is named, not buried under SessionFactory")
    void driftedSchema() throws Exception {
      DataSource ds = freshH2();
      DatelineMigrations.migrate(ds);
      try (Connection c = ds.getConnection();
          Statement statement = c.createStatement()) {
        statement.execute("drop table dateline_view_daily");
      }

      assertThatThrownBy(() -> JpaStorage.builder().dataSource(ds).build())
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("does not match")
          .hasMessageContaining("dateline_view_daily");
    }

    @Test
    @DisplayName("the storage knows every migration script it ships")
    void shippedMigrationsMatchTheScripts() {
      List<SchemaCheck.Migration> scripts =
          Arrays.stream(flyway(freshH2()).load().info().all())
              .map(m -> new SchemaCheck.Migration(m.getVersion().getVersion(), m.getDescription()))
              .toList();

      assertThat(SchemaCheck.SHIPPED)
          .as("SchemaCheck.SHIPPED must list every script under db/dateline/migration")
          .isEqualTo(scripts);
    }
  }

  private static Class<?> classNamed(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  private static String stackTrace(Throwable t) {
    java.io.StringWriter out = new java.io.StringWriter();
    t.printStackTrace(new java.io.PrintWriter(out));
    return out.toString();
  }

  @Nested
  @DisplayName("Library versions")
  class LibraryVersions {
    @Test
    @DisplayName("Hibernate 6 or Jakarta Persistence 3.1 is refused with what is required")
    void oldVersionsAreRefused() {
      assertThat(Requirements.problem("6.6.4.Final", "3.1.0"))
          .hasValueSatisfying(
              m ->
                  assertThat(m)
                      .contains("Hibernate ORM 7.0 or later")
                      .contains("Jakarta Persistence 3.2 or later")
                      .contains("Hibernate ORM 6.6.4.Final")
                      .contains("Jakarta Persistence 3.1.0"));
      assertThat(Requirements.problem("6.6.4.Final", "3.2.0")).isPresent();
      assertThat(Requirements.problem("7.1.0.Final", "3.1.0")).isPresent();
      assertThat(Requirements.problem("7.1.0.Final", "3.1 or older (no version in its manifest)"))
          .isPresent();
      assertThat(Requirements.problem(null, "3.2.0"))
          .hasValueSatisfying(m -> assertThat(m).contains("Hibernate ORM (none)"));
    }

    @Test
    @DisplayName("Hibernate 7 and Jakarta Persistence 3.2 or later are accepted")
    void currentVersionsAreAccepted() {
      assertThat(Requirements.problem("7.0.0.Beta1", "3.2.0")).isEmpty();
      assertThat(Requirements.problem("7.4.15.Final", "3.2")).isEmpty();
      assertThat(Requirements.problem("8.0.0.Final", "4.0.0")).isEmpty();
      assertThat(Requirements.problem("7.1.0.Final", "3.2 (no version in its manifest)")).isEmpty();
      // The build's own classpath passes.
      assertThat(JpaStorage.builder()).isNotNull();
    }
  }

  @Nested
  @DisplayName("Connection sources")
  class ConnectionSources {
    @Test
    @DisplayName("an application data source is used and left open on close")
    void applicationDataSource() throws Exception {
      DataSource ds = freshH2();
      try (JpaStorage storage = JpaStorage.builder().dataSource(ds).migrateOnStart(true).build()) {
        roundTrip(storage);
      }
      try (Connection c = ds.getConnection()) {
        assertThat(c.isValid(1)).isTrue();
      }
    }

    @Test
    @DisplayName("a JDBC URL gets a pool that the storage owns and closes")
    void ownPool() {
      JpaStorage storage =
          JpaStorage.builder()
              .jdbcUrl("jdbc:h2:mem:own-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "")
              .maximumPoolSize(2)
              .migrateOnStart(true)
              .build();
      roundTrip(storage);
      EntityManagerFactory emf = storage.entityManagerFactory();

      storage.close();

      assertThat(emf.isOpen()).isFalse();
    }

    @Test
    @DisplayName("an application-owned entity manager factory hosts the storage and stays open")
    void applicationFactory() {
      DataSource ds = freshH2();
      DatelineMigrations.migrate(ds);
      HibernatePersistenceConfiguration config =
          new HibernatePersistenceConfiguration("host-app")
              .property("hibernate.connection.datasource", ds)
              .property("hibernate.hbm2ddl.auto", "validate");
      EntityManagerFactory emf = JpaStorage.configure(config).createEntityManagerFactory();
      try (JpaStorage storage = JpaStorage.builder().entityManagerFactory(emf).build()) {
        roundTrip(storage);
      }

      assertThat(emf.isOpen()).isTrue();
      // The application's own sessions, opened without a tenant, see none of Dateline's rows.
      try (Session session = emf.unwrap(SessionFactory.class).openSession()) {
        assertThat(session.createSelectionQuery("from ArticleEntity", Object.class).getResultList())
            .isEmpty();
      }
      emf.close();
    }

    @Test
    @DisplayName("configure(...) gives an application's factory the builder's batching and padding")
    void configureAppliesRecommendedSettings() {
      DataSource ds = freshH2();
      DatelineMigrations.migrate(ds);
      EntityManagerFactory emf =
          JpaStorage.configure(
                  new HibernatePersistenceConfiguration("host-app")
                      .property("hibernate.connection.datasource", ds))
              .createEntityManagerFactory();
      try (LogCapture log = LogCapture.everything();
          JpaStorage storage = JpaStorage.builder().entityManagerFactory(emf).build()) {
        SessionFactoryOptions options =
            emf.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions();
        assertThat(options.getJdbcBatchSize()).isEqualTo(50);
        assertThat(options.inClauseParameterPaddingEnabled()).isTrue();
        assertThat(log.messages(Level.WARN)).noneMatch(m -> m.contains("lacks settings"));
        roundTrip(storage);
      } finally {
        emf.close();
      }
    }

    @Test
    @DisplayName("an application's own value of a recommended setting wins")
    void applicationSettingWins() {
      DataSource ds = freshH2();
      DatelineMigrations.migrate(ds);
      EntityManagerFactory emf =
          JpaStorage.configure(
                  new HibernatePersistenceConfiguration("host-app")
                      .property("hibernate.connection.datasource", ds)
                      .property("hibernate.jdbc.batch_size", 20))
              .createEntityManagerFactory();
      try {
        assertThat(
                emf.unwrap(SessionFactoryImplementor.class)
                    .getSessionFactoryOptions()
                    .getJdbcBatchSize())
            .isEqualTo(20);
      } finally {
        emf.close();
      }
    }

    @Test
    @DisplayName("a factory without the recommended settings works, with a warning naming them")
    void factoryWithoutRecommendedSettingsIsWarnedAbout() {
      DataSource ds = freshH2();
      DatelineMigrations.migrate(ds);
      HibernatePersistenceConfiguration config =
          new HibernatePersistenceConfiguration("persistence-xml-like")
              .property("hibernate.connection.datasource", ds);
      JpaStorage.managedClassNames().forEach(name -> config.managedClass(classNamed(name)));
      config.property(
          "hibernate.tenant_identifier_resolver",
          JpaStorage.recommendedProperties().get("hibernate.tenant_identifier_resolver"));
      EntityManagerFactory emf = config.createEntityManagerFactory();
      try (LogCapture log = LogCapture.everything();
          JpaStorage storage = JpaStorage.builder().entityManagerFactory(emf).build()) {
        roundTrip(storage);
        assertThat(log.messages(Level.WARN))
            .anySatisfy(
                m ->
                    // (Hibernate's dialects default to a batch size of their own.)
                    assertThat(m)
                        .contains("hibernate.query.in_clause_parameter_padding")
                        .contains("JpaStorage.recommendedProperties()"));
      } finally {
        emf.close();
      }
    }

    @Test
    @DisplayName("an entity manager factory without Dateline's entities is refused")
    void factoryWithoutEntities() {
      DataSource ds = freshH2();
      EntityManagerFactory emf =
          new HibernatePersistenceConfiguration("bare")
              .property("hibernate.connection.datasource", ds)
              .createEntityManagerFactory();
      try {
        assertThatThrownBy(() -> JpaStorage.builder().entityManagerFactory(emf).build())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("JpaStorage.configure");
      } finally {
        emf.close();
      }
    }

    @Test
    @DisplayName("a JDBC URL with no driver for it fails with the URL's secrets masked")
    void noDriver() {
      assertThatThrownBy(
              () ->
                  JpaStorage.builder()
                      .jdbcUrl("jdbc:nosuchdb://h/db?user=u&password=hunter2", null, null)
                      .build())
          .hasStackTraceContaining("No JDBC driver on the classpath accepts")
          .hasStackTraceContaining("password=****")
          .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("hunter2"));
    }

    @Test
    @DisplayName("none or two connection sources, or migrating an application factory, are refused")
    void contradictoryConfiguration() {
      assertThatThrownBy(() -> JpaStorage.builder().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("exactly one");
      assertThatThrownBy(
              () ->
                  JpaStorage.builder()
                      .dataSource(freshH2())
                      .jdbcUrl("jdbc:h2:mem:x", "sa", "")
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("2 were set");
      EntityManagerFactory emf =
          new HibernatePersistenceConfiguration("bare")
              .property("hibernate.connection.datasource", freshH2())
              .createEntityManagerFactory();
      try {
        assertThatThrownBy(
                () -> JpaStorage.builder().entityManagerFactory(emf).migrateOnStart(true).build())
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("DatelineMigrations.migrate");
      } finally {
        emf.close();
      }
    }
  }
}
