package io.dateline.examples.springboot;

import io.dateline.cms.Dateline;
import io.dateline.cms.model.Tenant;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The application's own page, beside the news section: it links every tenant's home page. */
@RestController
public class HomeController {
  private final Dateline cms;

  /**
   * Creates the controller.
   *
   * @param cms the Dateline bean the starter built
   */
  public HomeController(Dateline cms) {
    this.cms = cms;
  }

  /**
   * The home page.
   *
   * @return its HTML
   */
  @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
  public String home() {
    StringBuilder html =
        new StringBuilder("<!doctype html><title>City portal</title><h1>City portal</h1><ul>");
    for (Tenant tenant : cms.tenants()) {
      html.append("<li><a href=\"")
          .append(HtmlUtils.htmlEscape(tenant.baseUrl().getRawPath()))
          .append("\">")
          .append(HtmlUtils.htmlEscape(tenant.publicationName()))
          .append("</a></li>");
    }
    return html.append("</ul>").toString();
  }
}
