package io.dateline.cms.render;

import io.dateline.cms.model.Tenant;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error page ready for a theme: the status, its title and one sentence in the page's language, a
 * link home, and a head that asks search engines not to index the page.
 *
 * <p>Immutable and thread-safe. Text values are plain text for a template to escape.
 *
 * @param tenant the tenant whose site failed, or {@code null} when the request matched no tenant
 * @param status the HTTP status, 400 to 599
 * @param locale the page's locale; never {@code null}
 * @param language the language the words are in, as a BCP 47 tag ({@code html lang}): the page's
 *     locale when the theme has words for it, else {@code en}
 * @param title the status in words ("Page not found"); never {@code null}
 * @param message one sentence saying what happened; never {@code null}
 * @param homeUrl where the link home goes: http(s) or site-relative; never {@code null}
 * @param homeText the link's text; never {@code null}
 * @param labels the theme's words in the page's language; never {@code null}
 * @param head the page head; never {@code null}
 * @since 0.1.0
 */
public record ErrorPage(
    @Nullable Tenant tenant,
    int status,
    Locale locale,
    String language,
    String title,
    String message,
    String homeUrl,
    String homeText,
    Labels labels,
    PageHead head) {

  /** Rejects {@code null}s where they are not allowed. */
  public ErrorPage {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(homeUrl, "homeUrl");
    Objects.requireNonNull(homeText, "homeText");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(head, "head");
  }

  /**
   * The publication's name for the page header.
   *
   * @return the tenant's publication name, or {@code null} without a tenant
   */
  public @Nullable String publicationName() {
    return tenant == null ? null : tenant.publicationName();
  }
}
