package io.dateline.cms.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tenant")
class TenantTest {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");
  private static final URI URL = URI.create("https://unn.example/");

  private static Tenant.Builder unn() {
    return Tenant.builder(TenantId.of("unn"), "Ukrainian News Agency", UK, KYIV, URL);
  }

  @Test
  @DisplayName("defaults the publication name to the name and the languages to the default one")
  void defaults() {
    Tenant tenant = unn().build();

    assertThat(tenant.id()).isEqualTo(TenantId.of("unn"));
    assertThat(tenant.name()).isEqualTo("Ukrainian News Agency");
    assertThat(tenant.publicationName()).isEqualTo("Ukrainian News Agency");
    assertThat(tenant.defaultLocale()).isEqualTo(UK);
    assertThat(tenant.supportedLocales()).containsExactly(UK);
    assertThat(tenant.timeZone()).isEqualTo(KYIV);
    assertThat(tenant.baseUrl()).isEqualTo(URL);
  }

  @Test
  @DisplayName("puts the default locale first among the supported ones and copies them")
  void supportedLocales() {
    var locales = new java.util.ArrayList<>(List.of(Locale.ENGLISH, Locale.GERMAN));
    Tenant tenant = unn().supportedLocales(locales).build();
    locales.add(Locale.FRENCH);

    assertThat(tenant.supportedLocales()).containsExactly(UK, Locale.ENGLISH, Locale.GERMAN);
    assertThat(tenant.supports(Locale.forLanguageTag("en-GB"))).isTrue();
    assertThat(tenant.supports(Locale.FRENCH)).isFalse();
  }

  @Test
  @DisplayName("copies with toBuilder, changing only what is set, and compares by value")
  void copies() {
    Tenant tenant = unn().publicationName("UNN").supportedLocales(Set.of(Locale.ENGLISH)).build();
    Tenant same = tenant.toBuilder().build();
    Tenant renamed = tenant.toBuilder().name("UNN news agency").build();

    assertThat(same).isEqualTo(tenant).hasSameHashCodeAs(tenant).isNotSameAs(tenant);
    assertThat(renamed).isNotEqualTo(tenant);
    assertThat(renamed.name()).isEqualTo("UNN news agency");
    assertThat(renamed.publicationName()).isEqualTo("UNN");
    assertThat(renamed.supportedLocales()).containsExactly(UK, Locale.ENGLISH);
    assertThat(tenant.name()).isEqualTo("Ukrainian News Agency");
    assertThat(tenant.toString())
        .isEqualTo(
            "Tenant[id="
                + tenant.id()
                + ", name=Ukrainian News Agency, publicationName=UNN, defaultLocale=uk,"
                + " supportedLocales=[uk, en], timeZone=Europe/Kyiv,"
                + " baseUrl=https://unn.example/]");
  }
}
