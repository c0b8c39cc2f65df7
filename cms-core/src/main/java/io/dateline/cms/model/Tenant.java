package io.dateline.cms.model;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.validation.BaseUrl;
import io.dateline.cms.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A publication that runs its own news section inside the host application: a news agency, a city
 * portal, a university's news office.
 *
 * <p>Immutable and thread-safe. Every piece of content belongs to exactly one tenant and is never
 * visible to another. Built with {@link #builder(TenantId, String, Locale, ZoneId, URI)}; {@link
 * #toBuilder()} makes a changed copy:
 *
 * <pre>{@code
 * Tenant tenant =
 *     Tenant.builder(TenantId.of("unn"), "Ukrainian News Agency", uk, ZoneId.of("Europe/Kyiv"),
 *             URI.create("https://unn.example/"))
 *         .publicationName("UNN")
 *         .supportedLocales(Set.of(Locale.ENGLISH))
 *         .build();
 * Tenant renamed = tenant.toBuilder().name("UNN news agency").build();
 * }</pre>
 *
 * <p>Values are checked when the tenant is saved ({@code Dateline.saveTenant}), not when it is
 * built, so that every problem is reported at once with its field name.
 *
 * @since 0.1.0
 */
public final class Tenant {
  @NotNull private final TenantId id;

  @NotBlank
  @Size(max = 200)
  private final String name;

  @NotBlank
  @Size(max = 200)
  private final String publicationName;

  @NotNull private final Locale defaultLocale;

  @NotEmpty private final Set<@NotNull Locale> supportedLocales;

  @NotNull private final ZoneId timeZone;

  @NotNull @HttpUrl @BaseUrl private final URI baseUrl;

  private final @Nullable ImageId logo;

  private final @Nullable ImageId icon;

  @Pattern(regexp = "@[A-Za-z0-9_]{1,15}", message = "must be an X/Twitter handle such as @unn")
  private final @Nullable String twitterSite;

  private Tenant(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.publicationName = b.publicationNameSet ? b.publicationName : b.name;
    this.defaultLocale = b.defaultLocale;
    this.supportedLocales = withDefault(b.defaultLocale, b.supportedLocales);
    this.timeZone = b.timeZone;
    this.baseUrl = b.baseUrl;
    this.logo = b.logo;
    this.icon = b.icon;
    this.twitterSite = b.twitterSite;
  }

  /**
   * Copies the locale set and puts the default locale first in it. A {@code null} set stays {@code
   * null} (only possible from code that ignores nullness), so that validation reports it.
   */
  @SuppressWarnings("NullAway") // null in, null out: see above
  private static Set<Locale> withDefault(
      @Nullable Locale defaultLocale, @Nullable Collection<Locale> supportedLocales) {
    if (supportedLocales == null) {
      return null;
    }
    var locales = new LinkedHashSet<Locale>();
    if (defaultLocale != null) {
      locales.add(defaultLocale);
    }
    supportedLocales.stream().filter(Objects::nonNull).forEach(locales::add);
    return Collections.unmodifiableSet(locales);
  }

  /**
   * Starts a tenant from the values every tenant needs. The publication name defaults to {@code
   * name}; the supported locales default to the default locale alone.
   *
   * @param id the tenant's id, also used in URLs
   * @param name the organisation's name, for administration screens; at most 200 characters
   * @param defaultLocale the language of the tenant's main edition ({@code uk})
   * @param timeZone the zone that publish times are shown in ({@code Europe/Kyiv})
   * @param baseUrl the absolute http(s) URL the tenant's pages live under; no user info, query or
   *     fragment ({@link BaseUrl})
   * @return a builder
   * @since 0.1.0
   */
  public static Builder builder(
      TenantId id, String name, Locale defaultLocale, ZoneId timeZone, URI baseUrl) {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.defaultLocale = defaultLocale;
    b.timeZone = timeZone;
    b.baseUrl = baseUrl;
    return b;
  }

  /**
   * A builder holding this tenant's values, to make a changed copy. The supported locales it holds
   * include the current default locale; changing the default locale adds the new one but keeps the
   * old one unless the supported locales are set as well.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder toBuilder() {
    return builder(id, name, defaultLocale, timeZone, baseUrl)
        .publicationName(publicationName)
        .supportedLocales(supportedLocales)
        .logo(logo)
        .icon(icon)
        .twitterSite(twitterSite);
  }

  /**
   * The tenant's id, also used in URLs.
   *
   * @return the id; never {@code null} once validated
   */
  public TenantId id() {
    return id;
  }

  /**
   * The organisation's name, for administration screens.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The name shown in the dateline and as publisher ("UNN").
   *
   * @return the publication name
   */
  public String publicationName() {
    return publicationName;
  }

  /**
   * The language of the tenant's main edition ({@code uk}).
   *
   * @return the default locale
   */
  public Locale defaultLocale() {
    return defaultLocale;
  }

  /**
   * Every language the tenant publishes in, the default first.
   *
   * @return an unmodifiable set that contains the default locale
   */
  public Set<Locale> supportedLocales() {
    return supportedLocales;
  }

  /**
   * The zone that publish times are shown in ({@code Europe/Kyiv}).
   *
   * @return the time zone
   */
  public ZoneId timeZone() {
    return timeZone;
  }

  /**
   * The absolute http(s) URL the tenant's pages live under; no user info, query or fragment.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * The publication's logo: an image asset of this tenant, shown as the publisher's logo in
   * structured data.
   *
   * @return the logo asset's id, or {@code null} when the tenant has none
   * @since 0.1.0
   */
  public @Nullable ImageId logo() {
    return logo;
  }

  /**
   * The publication's square icon: an image asset of this tenant, served as the favicon and the
   * touch icons.
   *
   * @return the icon asset's id, or {@code null} when the tenant has none
   * @since 0.1.0
   */
  public @Nullable ImageId icon() {
    return icon;
  }

  /**
   * The publication's X (Twitter) account, shown as {@code twitter:site}.
   *
   * @return the handle with its {@code @}, or {@code null}
   * @since 0.1.0
   */
  public @Nullable String twitterSite() {
    return twitterSite;
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

  /**
   * Tenants are equal when all their values are.
   *
   * @param o another object
   * @return whether it is an equal tenant
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o == this
        || o instanceof Tenant t
            && Objects.equals(id, t.id)
            && Objects.equals(name, t.name)
            && Objects.equals(publicationName, t.publicationName)
            && Objects.equals(defaultLocale, t.defaultLocale)
            && Objects.equals(supportedLocales, t.supportedLocales)
            && Objects.equals(timeZone, t.timeZone)
            && Objects.equals(baseUrl, t.baseUrl)
            && Objects.equals(logo, t.logo)
            && Objects.equals(icon, t.icon)
            && Objects.equals(twitterSite, t.twitterSite);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        publicationName,
        defaultLocale,
        supportedLocales,
        timeZone,
        baseUrl,
        logo,
        icon,
        twitterSite);
  }

  @Override
  public String toString() {
    return "Tenant[id="
        + id
        + ", name="
        + name
        + ", publicationName="
        + publicationName
        + ", defaultLocale="
        + defaultLocale
        + ", supportedLocales="
        + supportedLocales
        + ", timeZone="
        + timeZone
        + ", baseUrl="
        + baseUrl
        // Only when set, so that tenants without images read as they did before.
        + (logo == null ? "" : ", logo=" + logo)
        + (icon == null ? "" : ", icon=" + icon)
        + (twitterSite == null ? "" : ", twitterSite=" + twitterSite)
        + "]";
  }

  /**
   * Mutable builder of {@link Tenant}; not thread-safe. Nothing is checked until the tenant is
   * saved.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    // Set by builder(...) before the builder is handed out.
    @SuppressWarnings("NullAway.Init")
    private TenantId id;

    @SuppressWarnings("NullAway.Init")
    private String name;

    @SuppressWarnings("NullAway.Init")
    private String publicationName;

    private boolean publicationNameSet;

    @SuppressWarnings("NullAway.Init")
    private Locale defaultLocale;

    private Collection<Locale> supportedLocales = List.of();

    @SuppressWarnings("NullAway.Init")
    private ZoneId timeZone;

    @SuppressWarnings("NullAway.Init")
    private URI baseUrl;

    private @Nullable ImageId logo;

    private @Nullable ImageId icon;

    private @Nullable String twitterSite;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the tenant's id
     * @return this builder
     */
    public Builder id(TenantId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the organisation's name.
     *
     * @param name the name, at most 200 characters
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the name shown in the dateline and as publisher; defaults to the name.
     *
     * @param publicationName the publication name, at most 200 characters
     * @return this builder
     */
    public Builder publicationName(String publicationName) {
      this.publicationName = publicationName;
      this.publicationNameSet = true;
      return this;
    }

    /**
     * Sets the language of the tenant's main edition. It is always one of the supported locales.
     *
     * @param defaultLocale the default locale
     * @return this builder
     */
    public Builder defaultLocale(Locale defaultLocale) {
      this.defaultLocale = defaultLocale;
      return this;
    }

    /**
     * Sets every language the tenant publishes in; the default locale is added when missing.
     * Defaults to the default locale alone.
     *
     * @param supportedLocales the locales, in the order to show them; copied
     * @return this builder
     */
    public Builder supportedLocales(Collection<Locale> supportedLocales) {
      this.supportedLocales = supportedLocales;
      return this;
    }

    /**
     * Sets the zone that publish times are shown in.
     *
     * @param timeZone the zone
     * @return this builder
     */
    public Builder timeZone(ZoneId timeZone) {
      this.timeZone = timeZone;
      return this;
    }

    /**
     * Sets the absolute http(s) URL the tenant's pages live under.
     *
     * @param baseUrl the URL; no user info, query or fragment
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the publication's logo.
     *
     * @param logo an image asset of this tenant, or {@code null} for none
     * @return this builder
     * @since 0.1.0
     */
    public Builder logo(@Nullable ImageId logo) {
      this.logo = logo;
      return this;
    }

    /**
     * Sets the publication's square icon, used for the favicon and touch icons.
     *
     * @param icon an image asset of this tenant, or {@code null} for none
     * @return this builder
     * @since 0.1.0
     */
    public Builder icon(@Nullable ImageId icon) {
      this.icon = icon;
      return this;
    }

    /**
     * Sets the publication's X (Twitter) account.
     *
     * @param twitterSite the handle with its {@code @} ({@code @unn}), or {@code null}
     * @return this builder
     * @since 0.1.0
     */
    public Builder twitterSite(@Nullable String twitterSite) {
      this.twitterSite = twitterSite;
      return this;
    }

    /**
     * Builds the tenant. Nothing is checked here; saving it validates every value.
     *
     * @return the tenant
     */
    public Tenant build() {
      return new Tenant(this);
    }
  }
}
