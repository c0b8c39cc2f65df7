package io.dateline.cms.render;

import io.dateline.cms.model.Tenant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The index of tenants ready for a theme: every publication with its name and links to the front
 * page of each language edition, for the root of a site that serves several tenants.
 *
 * <p>Immutable and thread-safe; the list is unmodifiable. Text values are plain text for a template
 * to escape; URLs come from each tenant's {@code UrlStrategy} and are already checked.
 *
 * @param locale the page's locale; never {@code null}
 * @param language the language the page's own words are in, as a BCP 47 tag ({@code html lang})
 * @param title the page's title ("Publications"); never {@code null}
 * @param editionsLabel names each tenant's list of language editions ("Editions"); never {@code
 *     null}
 * @param tenants one entry per tenant, in the order given; never {@code null}
 * @param labels the theme's words in the page's language; never {@code null}
 * @param head the page head; never {@code null}
 * @since 0.1.0
 */
public record TenantsPage(
    Locale locale,
    String language,
    String title,
    String editionsLabel,
    List<Entry> tenants,
    Labels labels,
    PageHead head) {

  /** Copies the list and rejects {@code null}s. */
  public TenantsPage {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(editionsLabel, "editionsLabel");
    tenants = List.copyOf(tenants);
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(head, "head");
  }

  /**
   * One tenant on the index.
   *
   * <p>Immutable and thread-safe.
   *
   * @param tenant the tenant; never {@code null}
   * @param publicationName the publication's name ("UNN")
   * @param name the tenant's full name ("UNN news agency")
   * @param homeUrl the front page of the tenant's default language edition
   * @param editions every supported language edition, the default first
   */
  public record Entry(
      Tenant tenant, String publicationName, String name, String homeUrl, List<Edition> editions) {

    /** Copies the list and rejects a {@code null} tenant. */
    public Entry {
      Objects.requireNonNull(tenant, "tenant");
      editions = List.copyOf(editions);
    }
  }

  /**
   * A language edition of a tenant.
   *
   * <p>Immutable and thread-safe.
   *
   * @param hreflang the edition's language as a BCP 47 tag ({@code uk})
   * @param label the language's name in that language ("Українська")
   * @param url the edition's front page
   */
  public record Edition(String hreflang, String label, String url) {}
}
