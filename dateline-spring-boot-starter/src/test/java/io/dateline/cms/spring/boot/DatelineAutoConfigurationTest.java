package io.dateline.cms.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.SiteResponse;
import io.dateline.cms.site.servlet.DatelineServlet;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@DisplayName("Dateline's auto-configuration")
class DatelineAutoConfigurationTest {
  private static final Locale UK = Locale.forLanguageTag("uk");

  private static final String[] TENANT = {
    "dateline.tenants[0].id=unn",
    "dateline.tenants[0].name=UNN",
    "dateline.tenants[0].default-locale=uk",
    "dateline.tenants[0].locales=uk,en",
    "dateline.tenants[0].time-zone=Europe/Kyiv",
    "dateline.tenants[0].base-url=http://localhost/news/unn/"
  };

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DatelineAutoConfiguration.class,
                  DatelineSiteAutoConfiguration.class,
                  DatelineHealthAutoConfiguration.class))
          .withPropertyValues("dateline.publish-interval=0", "dateline.views.flush-interval=0");

  private static SiteResponse get(DatelineSite site, String path) {
    return site.handle(SiteRequest.builder("GET", path).build());
  }

  private static Article publish(Dateline cms, String headline) {
    TenantContent unn = cms.tenant(TenantId.of("unn"));
    Article draft = unn.articles().create(ArticleDraft.builder(UK, headline).build());
    return unn.articles().publish(draft.id());
  }

  @Nested
  @DisplayName("on an embedded H2 DataSource")
  class EmbeddedH2 {
    @Test
    @DisplayName("wires storage, Dateline, renderer and site, and creates the declared tenants")
    void defaultWiring() {
      runner
          .withPropertyValues(TENANT)
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).hasSingleBean(JpaStorage.class);
                assertThat(context).hasSingleBean(Dateline.class);
                assertThat(context).hasSingleBean(DatelineRenderer.class);
                assertThat(context).hasSingleBean(DatelineSite.class);
                assertThat(context).hasSingleBean(DatelineHealthIndicator.class);
                assertThat(context).doesNotHaveBean(ServletRegistrationBean.class);

                Dateline cms = context.getBean(Dateline.class);
                assertThat(cms.findTenant(TenantId.of("unn")))
                    .get()
                    .satisfies(
                        t -> {
                          assertThat(t.name()).isEqualTo("UNN");
                          assertThat(t.publicationName()).isEqualTo("UNN");
                          assertThat(t.supportedLocales()).containsExactly(UK, Locale.ENGLISH);
                        });
                Article article = publish(cms, "Енергетики відновили живлення");
                DatelineSite site = context.getBean(DatelineSite.class);
                site.refresh();
                SiteResponse page = get(site, "/news/unn/news/" + article.slug());
                assertThat(page.status()).isEqualTo(200);
                assertThat(cms.viewCounter().count(TenantId.of("unn"), article.id())).isEqualTo(1);

                // Dateline's migrations keep their own history table beside the application's.
                assertThat(tables(context.getBean(DataSource.class)))
                    .contains("dateline_schema_history", "DATELINE_ARTICLE");
              });
    }

    @Test
    @DisplayName("records the library's meters in the application's registry")
    void meters() {
      runner
          .withPropertyValues(TENANT)
          .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
          .run(
              context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                Dateline cms = context.getBean(Dateline.class);
                Article article = publish(cms, "Новина");
                DatelineSite site = context.getBean(DatelineSite.class);
                site.refresh();
                get(site, "/news/unn/news/" + article.slug());

                assertThat(
                        registry
                            .get("dateline.site.requests")
                            .tags("kind", "article", "status", "200")
                            .timer()
                            .count())
                    .isEqualTo(1);
                assertThat(
                        registry
                            .get("dateline.views.recorded")
                            .tag("outcome", "counted")
                            .counter()
                            .count())
                    .isEqualTo(1);
              });
    }

    @Test
    @DisplayName("reports UP with the feed's head, and DOWN once storage is gone")
    void health() {
      runner
          .withPropertyValues(TENANT)
          .run(
              context -> {
                DatelineHealthIndicator health = context.getBean(DatelineHealthIndicator.class);
                Health up = health.health(true);
                assertThat(up.getStatus()).isEqualTo(Status.UP);
                assertThat(up.getDetails()).containsKeys("changeFeedHead", "pendingViews");

                context.getBean(JpaStorage.class).close();

                assertThat(health.health(true).getStatus()).isEqualTo(Status.DOWN);
              });
    }

    @Test
    @DisplayName("turns view counting and the site off by properties")
    void switches() {
      runner
          .withPropertyValues("dateline.views.enabled=false", "dateline.site.enabled=false")
          .run(
              context -> {
                assertThat(context).hasSingleBean(Dateline.class);
                assertThat(context).doesNotHaveBean(DatelineSite.class);
                assertThat(context.getBean(DatelineHealthIndicator.class).health(true).getDetails())
                    .doesNotContainKey("pendingViews");
              });
    }
  }

  @Nested
  @DisplayName("backs off")
  class BackOff {
    @Test
    @DisplayName("when the application defines its own Dateline")
    void ownDateline() {
      runner
          .withUserConfiguration(OwnDateline.class)
          .run(
              context -> {
                assertThat(context).hasSingleBean(Dateline.class);
                assertThat(context.getBean(Dateline.class))
                    .isSameAs(context.getBean(OwnDateline.class).cms);
                assertThat(context).doesNotHaveBean(JpaStorage.class);
                assertThat(context.getBean(DatelineSite.class)).isNotNull();
              });
    }

    @Test
    @DisplayName("to nothing without a DataSource")
    void noDataSource() {
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DatelineAutoConfiguration.class,
                  DatelineSiteAutoConfiguration.class,
                  DatelineHealthAutoConfiguration.class))
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean(Dateline.class);
                assertThat(context).doesNotHaveBean(DatelineSite.class);
              });
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnDateline {
    final Dateline cms =
        Dateline.builder()
            .ownStorage(new InMemoryStorage())
            .publishScheduled(java.time.Duration.ZERO)
            .build();

    @Bean(destroyMethod = "close")
    Dateline myDateline() {
      return cms;
    }
  }

  @Nested
  @DisplayName("refuses to start on a bad property, naming it and the rule")
  class Validation {
    private void failsWith(String property, String... messageParts) {
      runner
          .withPropertyValues(property)
          .run(
              context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .message()
                    .contains(messageParts);
              });
    }

    @Test
    @DisplayName("a site path that is not an absolute path")
    void sitePath() {
      failsWith("dateline.site.path=news/", "dateline.site.path", "must be / or start with /");
    }

    @Test
    @DisplayName("a negative publish interval")
    void publishInterval() {
      failsWith(
          "dateline.publish-interval=-5s", "dateline.publishInterval", "must not be negative");
    }

    @Test
    @DisplayName("a buffer of no articles")
    void maxPending() {
      failsWith(
          "dateline.views.max-pending-articles=0",
          "dateline.views.maxPendingArticles",
          "must be at least 1");
    }

    @Test
    @DisplayName("a page size out of range")
    void pageSize() {
      failsWith("dateline.site.page-size=500", "dateline.site.pageSize", "must be 1 to 100");
    }

    @Test
    @DisplayName("a tenant without its default language or with a bad id")
    void tenant() {
      runner
          .withPropertyValues(
              "dateline.tenants[0].id=Not An Id",
              "dateline.tenants[0].name=UNN",
              "dateline.tenants[0].base-url=http://localhost/news/unn/")
          .run(
              context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .message()
                    .contains(
                        "dateline.tenants[0].id",
                        "must be lower-case letters",
                        "dateline.tenants[0].defaultLocale",
                        "must be set, such as uk");
              });
    }

    @Test
    @DisplayName("a tenant that Dateline's own rules refuse")
    void tenantRules() {
      runner
          .withPropertyValues(
              "dateline.tenants[0].id=unn",
              "dateline.tenants[0].name=UNN",
              "dateline.tenants[0].default-locale=uk",
              "dateline.tenants[0].base-url=ftp://localhost/news/unn/")
          .run(
              context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure())
                    .hasStackTraceContaining("dateline.tenants[0] (unn) is not a valid tenant")
                    .hasStackTraceContaining("baseUrl: must be an absolute http or https URL");
              });
    }
  }

  @Nested
  @DisplayName("in a servlet web application")
  class Servlet {
    private final WebApplicationContextRunner web =
        new WebApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    DataSourceAutoConfiguration.class,
                    DatelineAutoConfiguration.class,
                    DatelineSiteAutoConfiguration.class,
                    DatelineHealthAutoConfiguration.class))
            .withPropertyValues("dateline.publish-interval=0");

    @Test
    @DisplayName("mounts the site's servlet under /news by default")
    void defaultPath() {
      web.run(
          context -> {
            ServletRegistrationBean<?> registration =
                context.getBean("datelineServlet", ServletRegistrationBean.class);
            assertThat(registration.getServlet()).isInstanceOf(DatelineServlet.class);
            assertThat(registration.getUrlMappings()).containsExactly("/news/*");
          });
    }

    @Test
    @DisplayName("mounts it under a custom path, with the site's own pages below it")
    void customPath() {
      web.withPropertyValues(
              "dateline.site.path=/stories",
              "server.servlet.context-path=/app",
              "dateline.tenants[0].id=unn",
              "dateline.tenants[0].name=UNN",
              "dateline.tenants[0].default-locale=uk",
              "dateline.tenants[0].base-url=http://localhost/app/stories/unn/")
          .run(
              context -> {
                ServletRegistrationBean<?> registration =
                    context.getBean("datelineServlet", ServletRegistrationBean.class);
                assertThat(registration.getUrlMappings()).containsExactly("/stories/*");
                DatelineSite site = context.getBean(DatelineSite.class);
                assertThat(get(site, "/app/stories/assets/dateline.css").status()).isEqualTo(200);
                assertThat(get(site, "/app/stories/unn/").status()).isEqualTo(200);
                assertThat(get(site, "/news/unn/").status()).isEqualTo(404);
              });
    }

    @Test
    @DisplayName("backs off when the application registers its own datelineServlet")
    void ownServlet() {
      web.withUserConfiguration(OwnServlet.class)
          .run(
              context ->
                  assertThat(
                          context
                              .getBean("datelineServlet", ServletRegistrationBean.class)
                              .getUrlMappings())
                      .containsExactly("/mine/*"));
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnServlet {
    @Bean
    ServletRegistrationBean<DatelineServlet> datelineServlet(DatelineSite site) {
      return new ServletRegistrationBean<>(new DatelineServlet(site), "/mine/*");
    }
  }

  @Nested
  @DisplayName("on PostgreSQL given by spring.datasource properties")
  class Postgres {
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
      postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
      postgres.close();
    }

    @Test
    @DisplayName("migrates into its own history table and serves a published article")
    void postgres() {
      runner
          .withPropertyValues(TENANT)
          .withPropertyValues(
              "spring.datasource.url=jdbc:postgresql://localhost:"
                  + postgres.getPort()
                  + "/postgres",
              "spring.datasource.username=postgres",
              "spring.datasource.password=")
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                DataSource dataSource = context.getBean(DataSource.class);
                try (Connection c = dataSource.getConnection()) {
                  assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
                }
                assertThat(tables(dataSource))
                    .contains("dateline_schema_history", "dateline_article");
                Dateline cms = context.getBean(Dateline.class);
                Article article = publish(cms, "Новина з PostgreSQL");
                DatelineSite site = context.getBean(DatelineSite.class);
                site.refresh();
                assertThat(get(site, "/news/unn/news/" + article.slug()).status()).isEqualTo(200);
              });
    }
  }

  private static java.util.List<String> tables(DataSource dataSource) throws SQLException {
    java.util.List<String> names = new java.util.ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
