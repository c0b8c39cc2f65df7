package io.dateline.cms.spring.boot;

import io.dateline.cms.Dateline;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.site.servlet.DatelineServlet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The public pages: a {@link DatelineSite} over the {@link Dateline} bean and, in a servlet web
 * application, its {@link DatelineServlet} mounted at {@code dateline.site.path}. Off with {@code
 * dateline.site.enabled=false}; backs off when the application defines its own site, or its own
 * servlet registration named {@code datelineServlet}.
 */
@AutoConfiguration(after = DatelineAutoConfiguration.class)
@ConditionalOnBean({Dateline.class, DatelineRenderer.class})
@ConditionalOnProperty(prefix = "dateline.site", name = "enabled", matchIfMissing = true)
public class DatelineSiteAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public DatelineSiteAutoConfiguration() {}

  /**
   * The site: every tenant's pages, with its base path below the servlet's mount point, image
   * renditions in the widths the renderer links to, and preview links when {@code
   * dateline.site.preview-secret} is set. Closed with the context.
   *
   * @param cms the content
   * @param renderer the renderer
   * @param properties the settings
   * @param environment for the servlet context path
   * @param customizers applied last, in order
   * @return the site
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public DatelineSite datelineSite(
      Dateline cms,
      DatelineRenderer renderer,
      DatelineProperties properties,
      Environment environment,
      ObjectProvider<DatelineSiteCustomizer> customizers) {
    DatelineProperties.Site site = properties.getSite();
    DatelineSite.Builder builder =
        DatelineSite.builder(cms, renderer)
            .basePath(DatelineAutoConfiguration.sitePath(properties, environment))
            .pageSize(site.getPageSize())
            .feedSize(site.getFeedSize())
            .changePollInterval(site.getChangePollInterval())
            .cacheLimits(site.getCacheMaxEntries(), site.getCacheMaxBytes())
            .countViews(site.isCountViews())
            .relatedArticles(site.getRelatedArticles())
            .renditionWidths(DatelineAutoConfiguration.renditionWidths(properties));
    if (site.getRenditionCache() != null) {
      builder.renditionCache(site.getRenditionCache());
    }
    if (site.getPreviewSecret() != null) {
      builder.previewSecret(site.getPreviewSecret());
    }
    customizers.orderedStream().forEach(c -> c.customize(builder));
    return builder.build();
  }

  /** The servlet, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass({jakarta.servlet.Servlet.class, ServletRegistrationBean.class})
  public static class ServletConfiguration {

    /** Creates the configuration; Spring calls it. */
    public ServletConfiguration() {}

    /**
     * Mounts {@link DatelineServlet} at {@code dateline.site.path} (all paths below it).
     *
     * @param site the site
     * @param properties the settings
     * @return the registration, named {@code datelineServlet}
     */
    @Bean
    @ConditionalOnMissingBean(name = "datelineServlet")
    public ServletRegistrationBean<DatelineServlet> datelineServlet(
        DatelineSite site, DatelineProperties properties) {
      String path = properties.getSite().getPath();
      ServletRegistrationBean<DatelineServlet> registration =
          new ServletRegistrationBean<>(
              new DatelineServlet(site), path.equals("/") ? "/*" : path + "/*");
      registration.setName("datelineServlet");
      registration.setLoadOnStartup(1);
      return registration;
    }
  }
}
