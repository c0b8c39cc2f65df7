/**
 * The servlet adapter: {@link io.dateline.cms.site.servlet.DatelineServlet} serves a {@link
 * io.dateline.cms.site.DatelineSite} from any Jakarta Servlet 6 container (Jetty 12, Tomcat 11,
 * Undertow) and from Spring MVC. The Servlet API is a {@code provided} dependency: the container
 * brings it.
 *
 * <h2>Where pages live</h2>
 *
 * <p>The site finds a tenant by comparing the full request path, context path included, with the
 * path of the tenant's base URL. So wherever the servlet is mounted, <b>every tenant's base URL
 * must carry the context path and the servlet's mapping</b>. With a context path {@code /app} and
 * the mapping {@code /news/*}, a tenant {@code t1} may live at {@code
 * https://example.org/app/news/t1/}; a base URL of {@code https://example.org/t1/} would never
 * reach the servlet. The site's own resources (the list of tenants, {@code robots.txt}, the theme's
 * stylesheet at {@code <basePath>assets/dateline.css}, the favicon and the view beacon) live under
 * {@link io.dateline.cms.site.DatelineSite.Builder#basePath}, which must then be a path the servlet
 * sees, such as {@code /app/news/}. Crawlers read {@code robots.txt} only at the root of a host, so
 * the site serves it only when the base path is {@code /}.
 *
 * <h2>Any servlet container</h2>
 *
 * <pre>{@code
 * DatelineSite site = DatelineSite.builder(cms, renderer).basePath("/app/news/").build();
 *
 * // Jetty 12 (ee10), embedded
 * ServletContextHandler context = new ServletContextHandler("/app");
 * context.addServlet(new ServletHolder("dateline", new DatelineServlet(site)), "/news/*");
 * server.setHandler(context);
 *
 * // any container, from a ServletContainerInitializer or ServletContextListener
 * ServletRegistration.Dynamic dateline =
 *     servletContext.addServlet("dateline", new DatelineServlet(site));
 * dateline.addMapping("/news/*");
 * }</pre>
 *
 * <p>To serve a whole host, map the servlet to {@code /} in the root context and keep the default
 * base path {@code /}.
 *
 * <h2>Spring MVC</h2>
 *
 * <p>Register the servlet beside Spring's {@code DispatcherServlet}; Spring Boot's embedded
 * container prefixes {@code server.servlet.context-path}, which the base URLs must then carry too.
 *
 * <pre>{@code
 * @Bean(destroyMethod = "close")
 * DatelineSite datelineSite(Dateline cms, DatelineRenderer renderer) {
 *   return DatelineSite.builder(cms, renderer).basePath("/news/").build();
 * }
 *
 * @Bean
 * ServletRegistrationBean<DatelineServlet> datelineServlet(DatelineSite site) {
 *   return new ServletRegistrationBean<>(new DatelineServlet(site), "/news/*");
 * }
 * }</pre>
 *
 * <h2>Lifecycle</h2>
 *
 * <p>The servlet does not own the site. Stop the container first (so no request is in flight), then
 * close the site, then the {@link io.dateline.cms.Dateline} (which flushes counted views), then the
 * storage.
 */
@NullMarked
package io.dateline.cms.site.servlet;

import org.jspecify.annotations.NullMarked;
