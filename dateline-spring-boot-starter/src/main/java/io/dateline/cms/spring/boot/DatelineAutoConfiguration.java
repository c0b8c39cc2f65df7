package io.dateline.cms.spring.boot;

import io.dateline.cms.Dateline;
import io.dateline.cms.RevisionRetention;
import io.dateline.cms.ValidationException;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.media.embedded.SiteRenditionUrls;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.site.servlet.DatelineServlet;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spring.boot.DatelineProperties.TenantProperties;
import io.dateline.cms.storage.jpa.JpaStorage;
import io.dateline.cms.views.ViewFilter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Builds Dateline from the application's {@link DataSource} and {@code dateline.*} properties:
 * {@link JpaStorage} (running Dateline's Flyway migrations in their own history table), {@link
 * Dateline} with scheduled publishing and view counting, the tenants declared in properties, a
 * {@link DatelineRenderer}, a {@link DatelineSite} and, in a servlet web application, its {@link
 * DatelineServlet} under {@code dateline.site.path}. With Micrometer present the library's meters
 * go to the application's {@link MeterRegistry}; with Spring Boot's health module present a {@link
 * DatelineHealthIndicator} named {@code dateline} is added.
 *
 * <p>Every bean backs off when the application defines its own of the same type (the servlet
 * registration: of the same name, {@code datelineServlet}).
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass({Dateline.class, JpaStorage.class})
@ConditionalOnProperty(prefix = "dateline", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(DatelineProperties.class)
public class DatelineAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public DatelineAutoConfiguration() {}

  /**
   * Dateline's storage on the application's single {@code DataSource}, migrated at start unless
   * {@code dateline.migrate=false}; not built when the application defines its own storage or its
   * own {@code Dateline}. Closed with the context; the pool stays the application's.
   *
   * @param dataSource the application's data source
   * @param properties the settings
   * @return the storage
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean({ContentStorage.class, Dateline.class})
  @ConditionalOnSingleCandidate(DataSource.class)
  public JpaStorage datelineStorage(DataSource dataSource, DatelineProperties properties) {
    return JpaStorage.builder()
        .dataSource(dataSource)
        .migrateOnStart(properties.isMigrate())
        .build();
  }

  /**
   * Watches the view counter's flushes for the health indicator.
   *
   * @return the monitor
   */
  @Bean
  @ConditionalOnMissingBean
  public ViewFlushMonitor datelineViewFlushMonitor() {
    return new ViewFlushMonitor(Clock.systemUTC());
  }

  /**
   * The entry point, with the declared tenants saved. Closed with the context, which stops
   * scheduled publishing and stores the counted views.
   *
   * @param storage the storage
   * @param properties the settings
   * @param flushes the flush monitor
   * @param customizers applied last, in order
   * @return the instance
   * @throws IllegalStateException when a declared tenant breaks a rule, naming the property
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnBean(ContentStorage.class)
  public Dateline dateline(
      ContentStorage storage,
      DatelineProperties properties,
      ViewFlushMonitor flushes,
      ObjectProvider<DatelineBuilderCustomizer> customizers) {
    Dateline.Builder builder =
        Dateline.builder()
            .storage(storage)
            .publishScheduled(properties.getPublishInterval())
            .messageLocale(properties.getMessageLocale())
            .mostReadCacheTtl(properties.getMostReadCacheTtl());
    DatelineProperties.Media media = properties.getMedia();
    if (media.getDirectory() != null) {
      builder.blobStore(new FileSystemBlobStore(media.getDirectory()));
    }
    builder.imageLimits(media.getMaxBytes().toBytes(), media.getMaxPixels());
    RevisionRetention retention = retention(properties.getRevisions());
    if (retention != null) {
      builder.revisionRetention(retention);
    }
    Duration auditRetention = properties.getAudit().getRetention();
    if (auditRetention != null) {
      builder.auditRetention(auditRetention);
    }
    DatelineProperties.Views views = properties.getViews();
    if (views.isEnabled()) {
      builder.viewCounting(
          counter -> {
            counter
                .flushInterval(views.getFlushInterval())
                .maxPendingArticles(views.getMaxPendingArticles())
                .storedCountTtl(views.getStoredCountTtl())
                .listener(flushes);
            if (views.isExcludeBots()) {
              counter.filter(ViewFilter.excludingBots());
            }
            if (views.getDeduplicateWindow() != null) {
              counter.deduplicate(views.getDeduplicateWindow(), views.getDeduplicateMaxVisitors());
            }
          });
    }
    customizers.orderedStream().forEach(c -> c.customize(builder));
    Dateline cms = builder.build();
    try {
      saveTenants(cms, properties.getTenants());
    } catch (RuntimeException e) {
      cms.close();
      throw e;
    }
    return cms;
  }

  /** The policy of {@code dateline.revisions.*}, or {@code null} to keep the library's default. */
  static @Nullable RevisionRetention retention(DatelineProperties.Revisions revisions) {
    Integer keepLast = revisions.getKeepLast();
    Duration maxAge = revisions.getMaxAge();
    if (keepLast == null) {
      return maxAge == null ? null : RevisionRetention.maxAge(maxAge);
    }
    RevisionRetention retention = RevisionRetention.keepLast(keepLast);
    return maxAge == null ? retention : retention.withMaxAge(maxAge);
  }

  private static void saveTenants(Dateline cms, List<TenantProperties> tenants) {
    for (int i = 0; i < tenants.size(); i++) {
      TenantProperties t = tenants.get(i);
      Locale defaultLocale = Objects.requireNonNull(t.getDefaultLocale());
      Set<Locale> locales = new LinkedHashSet<>();
      locales.add(defaultLocale);
      locales.addAll(t.getLocales());
      String name = Objects.requireNonNull(t.getName());
      Tenant tenant =
          Tenant.builder(
                  TenantId.of(Objects.requireNonNull(t.getId())),
                  name,
                  defaultLocale,
                  t.getTimeZone(),
                  Objects.requireNonNull(t.getBaseUrl()))
              .publicationName(t.getPublicationName() == null ? name : t.getPublicationName())
              .supportedLocales(locales)
              .build();
      try {
        cms.saveTenant(tenant);
      } catch (ValidationException e) {
        throw new IllegalStateException(
            "dateline.tenants["
                + i
                + "] ("
                + t.getId()
                + ") is not a valid tenant: "
                + e.getMessage(),
            e);
      }
    }
  }

  /**
   * The renderer with the default theme, linking the site's stylesheet and beacon script below the
   * site's path, and giving pages image renditions at the embedded resizer's URLs below that path,
   * in the widths of {@code dateline.site.rendition-widths}: the URLs the site serves.
   *
   * @param properties the settings
   * @param environment for the servlet context path
   * @return the renderer
   */
  @Bean
  @ConditionalOnMissingBean
  public DatelineRenderer datelineRenderer(DatelineProperties properties, Environment environment) {
    String sitePath = sitePath(properties, environment);
    return DatelineRenderer.builder()
        .headContributor(DatelineSite.standardAssets(sitePath))
        .renditionUrls(new SiteRenditionUrls(sitePath, renditionWidths(properties)))
        .build();
  }

  /**
   * The site's base path as the client sees it: the servlet context path, then {@code
   * dateline.site.path}, ending in {@code /}.
   */
  static String sitePath(DatelineProperties properties, Environment environment) {
    String context = environment.getProperty("server.servlet.context-path", "");
    if (context.endsWith("/")) {
      context = context.substring(0, context.length() - 1);
    }
    String path = properties.getSite().getPath();
    return context + (path.equals("/") ? "/" : path + "/");
  }

  /**
   * The widths of {@code dateline.site.rendition-widths}, ascending and without repeats, as both
   * the renderer and the site take them.
   */
  static List<Integer> renditionWidths(DatelineProperties properties) {
    return properties.getSite().getRenditionWidths().stream().distinct().sorted().toList();
  }

  /**
   * Masks {@code dateline.site.preview-secret} in Actuator's {@code configprops} and {@code env}
   * endpoints. They mask every value unless {@code management.endpoint.*.show-values} is {@code
   * always} or {@code when-authorized}; this function keeps the secret masked then too.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  public static class SanitizingConfiguration {

    /** Creates the configuration; Spring calls it. */
    public SanitizingConfiguration() {}

    /**
     * Replaces the preview secret's value by Actuator's mask, under any spelling of its key ({@code
     * dateline.site.preview-secret}, {@code previewSecret}, {@code DATELINE_SITE_PREVIEWSECRET}).
     *
     * @return the function
     */
    @Bean
    public SanitizingFunction datelinePreviewSecretSanitizer() {
      return SanitizingFunction.sanitizeValue().ifKeyMatches(".*preview[-_]?secret");
    }
  }

  /** Hands the application's meter registry to Dateline and the site. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  public static class MetricsConfiguration {

    /** Creates the configuration; Spring calls it. */
    public MetricsConfiguration() {}

    /**
     * Dateline's meters (scheduled publishing, view counting) in the registry, when there is one.
     *
     * @param registry the application's registry, if any
     * @return the customizer
     */
    @Bean
    public DatelineBuilderCustomizer datelineMeterRegistry(ObjectProvider<MeterRegistry> registry) {
      return builder -> registry.ifAvailable(builder::meterRegistry);
    }

    /**
     * The site's meters (requests, rendering, cache, change-feed lag) in the registry, when there
     * is one.
     *
     * @param registry the application's registry, if any
     * @return the customizer
     */
    @Bean
    public DatelineSiteCustomizer datelineSiteMeterRegistry(
        ObjectProvider<MeterRegistry> registry) {
      return builder -> registry.ifAvailable(builder::meterRegistry);
    }
  }
}
