package io.dateline.cms.storage.jpa;

import static io.dateline.cms.storage.jpa.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.TenantId;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Starting the JPA storage")
class JpaStorageBootstrapTest {

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

      // V1 (content), V2 (change feed) and V3 (view batch retention index).
      assertThat(DatelineMigrations.migrate(ds)).isEqualTo(3);
      assertThat(DatelineMigrations.migrate(ds)).isZero();
      try (Connection c = ds.getConnection();
          ResultSet rs =
              c.getMetaData().getTables(null, null, "DATELINE_ARTICLE", new String[] {"TABLE"})) {
        assertThat(rs.next()).isTrue();
      }
    }

    @Test
    @DisplayName("an unmigrated database is refused with a hint instead of being used")
    void unmigratedDatabaseIsRefused() {
      DataSource ds = freshH2();

      assertThatThrownBy(() -> JpaStorage.builder().dataSource(ds).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("DatelineMigrations");
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
