package io.dateline.cms.site.servlet;

import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.site.SiteRequest;
import io.dateline.cms.site.SiteResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link DatelineSite} from any Jakarta Servlet 6 container: every request the servlet is
 * mapped to becomes a {@link SiteRequest}, and the {@link SiteResponse} is copied back unchanged.
 * How to mount it (context paths, mappings, Spring MVC) is described in the {@linkplain
 * io.dateline.cms.site.servlet package documentation}.
 *
 * <pre>{@code
 * ServletContextHandler context = new ServletContextHandler("/app");
 * context.addServlet(new ServletHolder(new DatelineServlet(site)), "/news/*");
 * }</pre>
 *
 * <p>The request path handed to the site is {@link HttpServletRequest#getRequestURI()}: the whole
 * path as the client sent it, context path included and percent-encoding intact, so that the site
 * can match it against the tenants' base URLs exactly. The servlet reads no request body: the site
 * answers only {@code GET} and {@code HEAD} with pages, and its beacon takes its input from the
 * URL.
 *
 * <p>Thread-safe, as a servlet must be; it keeps no state besides the site. The servlet does not
 * own the site: {@link #destroy()} leaves it open, and whoever built it closes it.
 *
 * @since 0.1.0
 */
public final class DatelineServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(DatelineServlet.class);

  /** Servlets are {@code Serializable} by inheritance; a running site is not, nor need it be. */
  private final transient DatelineSite site;

  /**
   * Creates the servlet.
   *
   * @param site the site to serve; not {@code null}
   * @throws NullPointerException when {@code site} is {@code null}
   */
  public DatelineServlet(DatelineSite site) {
    this.site = Objects.requireNonNull(site, "site");
  }

  /**
   * Answers every method through {@link DatelineSite#handle}, which decides what is allowed (so a
   * {@code POST} gets the site's 405 with its {@code Allow} header, not the container's).
   *
   * @param request the request
   * @param response the response
   * @throws IOException never for a client that went away (that is logged at DEBUG and dropped);
   *     only if the container fails otherwise
   */
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    SiteResponse answer = site.handle(toSiteRequest(request));
    copyHead(answer, response);
    byte[] body = answer.body();
    if (body.length == 0) {
      return;
    }
    try {
      response.getOutputStream().write(body);
    } catch (IOException e) {
      // A reader who closed the tab or a crawler that hung up is routine on a public site; it is
      // no fault of the server, so it must not fill the error log.
      LOG.debug("Client went away before {} was sent: {}", request.getRequestURI(), e.toString());
    }
  }

  private static SiteRequest toSiteRequest(HttpServletRequest request) {
    SiteRequest.Builder site =
        SiteRequest.builder(request.getMethod(), request.getRequestURI())
            .rawQuery(request.getQueryString())
            .remoteAddress(request.getRemoteAddr());
    Enumeration<String> names = request.getHeaderNames();
    while (names != null && names.hasMoreElements()) {
      String name = names.nextElement();
      Enumeration<String> values = request.getHeaders(name);
      while (values != null && values.hasMoreElements()) {
        site.header(name, values.nextElement());
      }
    }
    return site.build();
  }

  /**
   * Status and headers. The first value of a header replaces whatever the container put there; a
   * repeated header is added, so order and repetition survive. Two headers go through their typed
   * setters: {@code Content-Type}, because a container that saw it only as a plain header could
   * append its own {@code charset} to the one the site already names, and {@code Content-Length},
   * because for {@code HEAD} it names the length of a body that is not written.
   */
  private static void copyHead(SiteResponse answer, HttpServletResponse response) {
    response.setStatus(answer.status());
    Set<String> seen = new HashSet<>();
    for (Map.Entry<String, String> header : answer.headers()) {
      String name = header.getKey();
      String value = header.getValue();
      String key = name.toLowerCase(Locale.ROOT);
      switch (key) {
        case "content-type" -> response.setContentType(value);
        case "content-length" -> response.setContentLengthLong(Long.parseLong(value.strip()));
        default -> {
          if (seen.add(key)) {
            response.setHeader(name, value);
          } else {
            response.addHeader(name, value);
          }
        }
      }
    }
  }
}
