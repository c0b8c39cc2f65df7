package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.UK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A tenant's base URL")
class TenantBaseUrlTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();

  private static Tenant tenant(String id, String baseUrl) {
    return Tenant.builder(
            TenantId.of(id), "Agency", UK, ZoneId.of("Europe/Kyiv"), URI.create(baseUrl))
        .publicationName("AG")
        .supportedLocales(Set.of())
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://agency.example/?utm=x",
        "https://agency.example/news?",
        "https://agency.example/#top",
        "https://agency.example/news#",
        "https://editor:secret@agency.example/",
        "https://editor@agency.example",
        "http://a:b@agency.example/news?x=1#y"
      })
  @DisplayName(
      "refuses user info, a query or a fragment with one typed violation; nothing is stored")
  void refused(String url) {
    ValidationException e =
        validationFailure(() -> newsroom.cms().saveTenant(tenant("agency", url)));

    assertThat(e.subject()).isEqualTo("tenant");
    assertThat(pathsAndRules(e)).containsExactly(tuple("baseUrl", "BaseUrl"));
    assertThat(e.violations().get(0).message()).contains("query").contains("fragment");
    assertThat(newsroom.cms().findTenant(TenantId.of("agency"))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://agency.example",
        "https://agency.example/",
        "http://agency.example:8080/news/"
      })
  @DisplayName("accepts an http(s) URL with a host and a path")
  void accepted(String url) {
    Tenant saved = newsroom.cms().saveTenant(tenant("agency", url));

    assertThat(newsroom.cms().findTenant(TenantId.of("agency"))).contains(saved);
  }

  @Test
  @DisplayName("reports a wrong scheme once, as HttpUrl")
  void wrongScheme() {
    ValidationException e =
        validationFailure(
            () -> newsroom.cms().saveTenant(tenant("ftp", "ftp://agency.example/?q")));

    assertThat(pathsAndRules(e))
        .containsExactlyInAnyOrder(tuple("baseUrl", "HttpUrl"), tuple("baseUrl", "BaseUrl"));
  }
}
