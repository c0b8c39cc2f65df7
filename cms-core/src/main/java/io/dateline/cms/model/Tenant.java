package io.dateline.cms.model;

import io.dateline.cms.validation.BaseUrl;
import io.dateline.cms.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A publication that runs its own news section inside the host application: a news agency, a city
 * portal, a university's news office.
 *
 * <p>Immutable and thread-safe. Every piece of content belongs to exactly one tenant and is never
 * visible to another.
 *
 * @param id the tenant's id, also used in URLs; never {@code null}
 * @param name the organisation's name, for administration screens
 * @param publicationName the name shown in the dateline and as publisher ("UNN")
 * @param defaultLocale the language of the tenant's main edition ({@code uk})
 * @param supportedLocales every language the tenant publishes in; contains the default
 * @param timeZone the zone that publish times are shown in ({@code Europe/Kyiv})
 * @param baseUrl the absolute http(s) URL the tenant's pages live under; no user info, query or
 *     fragment ({@link BaseUrl})
 * @since 0.1.0
 */
public record Tenant(
    @NotNull TenantId id,
    @NotBlank @Size(max = 200) String name,
    @NotBlank @Size(max = 200) String publicationName,
    @NotNull Locale defaultLocale,
    @NotEmpty Set<@NotNull Locale> supportedLocales,
    @NotNull ZoneId timeZone,
    @NotNull @HttpUrl @BaseUrl URI baseUrl) {

  /** Copies the locale set and adds the default locale to it. */
  public Tenant {
    if (supportedLocales != null) {
      var locales = new java.util.LinkedHashSet<Locale>();
      if (defaultLocale != null) {
        locales.add(defaultLocale);
      }
      supportedLocales.stream().filter(Objects::nonNull).forEach(locales::add);
      supportedLocales = java.util.Collections.unmodifiableSet(locales);
    }
  }

  /**
   * Whether the tenant publishes in a language.
   *
   * @param language a locale; only its language is compared
   * @return {@code true} when one of the supported locales has the same language
   */
  public boolean supports(Locale language) {
    return supportedLocales.stream().anyMatch(l -> l.getLanguage().equals(language.getLanguage()));
  }
}
