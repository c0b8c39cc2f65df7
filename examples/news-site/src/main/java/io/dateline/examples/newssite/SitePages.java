package io.dateline.examples.newssite;

import io.dateline.cms.model.Tenant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The few pages the site owns rather than the Dateline theme: the list of publications and the
 * error pages. They are built as jsoup DOM trees, so every text is escaped by the serializer rather
 * than by hand.
 */
final class SitePages {
  private static final String STYLE =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;"
          + "color:#1a1a1a;background:#f6f5f2}"
          + "main{max-width:46rem;margin:3rem auto;padding:0 1.25rem}"
          + "h1{font-size:2rem;margin:0 0 .5rem}p.lede{color:#555;margin:0 0 2rem}"
          + "ul{list-style:none;padding:0}li{background:#fff;border:1px solid #e2e0da;"
          + "border-radius:.5rem;padding:1rem 1.25rem;margin:0 0 1rem}"
          + "li a.name{font-size:1.25rem;font-weight:600;color:#0b4f8a;text-decoration:none}"
          + "li .meta{color:#666;font-size:.9rem;margin-top:.25rem}"
          + "li .editions a{margin-right:.75rem;font-size:.9rem}";

  private SitePages() {}

  /**
   * The root page: every tenant with links to its language editions.
   *
   * @param tenants the tenants
   * @param homeUrl gives the front page URL of a tenant's edition
   * @return the HTML document
   */
  static String tenants(List<Tenant> tenants, BiFunction<Tenant, Locale, String> homeUrl) {
    Document doc = shell("Dateline demo: publications", "en");
    Element main = doc.body().appendElement("main");
    main.appendElement("h1").text("Dateline demo");
    main.appendElement("p")
        .addClass("lede")
        .text(
            "Three publications share one Dateline instance and one database;"
                + " none of them sees another's content.");
    Element list = main.appendElement("ul").addClass("tenants");
    for (Tenant tenant : tenants) {
      Element item = list.appendElement("li");
      item.appendElement("a")
          .addClass("name")
          .attr("href", homeUrl.apply(tenant, tenant.defaultLocale()))
          .text(tenant.publicationName());
      item.appendElement("div").addClass("meta").text(tenant.name());
      Element editions = item.appendElement("div").addClass("editions");
      for (Locale language : tenant.supportedLocales()) {
        editions
            .appendElement("a")
            .attr("href", homeUrl.apply(tenant, language))
            .attr("hreflang", language.toLanguageTag())
            .text(language.getDisplayLanguage(language));
      }
    }
    return doc.outerHtml();
  }

  /**
   * An error page.
   *
   * @param status the status code
   * @param title the heading
   * @param message one sentence of explanation
   * @param homeUrl where the link back goes
   * @param homeLabel the link's text
   * @return the HTML document
   */
  static String error(int status, String title, String message, String homeUrl, String homeLabel) {
    Document doc = shell(status + " " + title, "en");
    Element main = doc.body().appendElement("main");
    main.appendElement("h1").text(title);
    main.appendElement("p").addClass("lede").text(message);
    main.appendElement("p").appendElement("a").attr("href", homeUrl).text(homeLabel);
    return doc.outerHtml();
  }

  private static Document shell(String title, String language) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    doc.insertChildren(0, new DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", language);
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head()
        .appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    doc.head().appendElement("title").text(title);
    doc.head().appendElement("style").appendChild(new DataNode(STYLE));
    return doc;
  }
}
