package io.dateline.cms;

import static io.dateline.cms.Failures.thrown;
import static io.dateline.cms.Newsroom.CITY;
import static io.dateline.cms.Newsroom.EN;
import static io.dateline.cms.Newsroom.UK;
import static io.dateline.cms.Newsroom.UNN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.testsupport.MutableClock;
import io.dateline.cms.views.DailyViews;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Dateline, the entry point")
class DatelineTest {

  @Nested
  @DisplayName("its builder")
  class Building {

    @Test
    @DisplayName("refuses to build without a storage and says which method to call")
    void needsStorage() {
      assertThatThrownBy(() -> Dateline.builder().build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("storage(...)");
    }

    @Test
    @DisplayName("defaults to the system clock in UTC")
    void defaultClock() {
      try (Dateline cms = Dateline.builder().storage(new InMemoryStorage()).build()) {
        assertThat(cms.clock().getZone()).isEqualTo(ZoneOffset.UTC);
      }
    }

    @Test
    @DisplayName("keeps the storage and clock it was given")
    void keepsCollaborators() {
      InMemoryStorage storage = new InMemoryStorage();
      MutableClock clock = MutableClock.at(Newsroom.START);
      try (Dateline cms = Dateline.builder().storage(storage).clock(clock).build()) {
        cms.saveTenant(Newsroom.unnTenant());
        assertThat(storage.tenants().find(UNN)).contains(Newsroom.unnTenant());
        assertThat(cms.clock()).isSameAs(clock);
      }
    }

    @Test
    @DisplayName("builds with Ukrainian messages as well as the English default")
    void buildsInBothMessageLocales() {
      for (Locale locale : new Locale[] {Locale.ENGLISH, UK, Locale.forLanguageTag("uk-UA")}) {
        try (Dateline cms =
            Dateline.builder().storage(new InMemoryStorage()).messageLocale(locale).build()) {
          assertThat(cms.tenants()).isEmpty();
        }
      }
    }

    @Test
    @DisplayName("rejects null settings at once rather than at first use")
    void rejectsNulls() {
      Dateline.Builder builder = Dateline.builder();
      assertThatThrownBy(() -> builder.storage(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> builder.messageLocale(null))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> builder.listener(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> builder.slugGenerator(null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("when saving a tenant")
  class SavingTenants {
    @AutoClose private final Newsroom newsroom = new Newsroom();
    private final Dateline cms = newsroom.cms();

    private Tenant tenant(
        String id, String name, String publication, Locale locale, Set<Locale> locales, URI url) {
      return Tenant.builder(TenantId.of(id), name, locale, ZoneId.of("Europe/Kyiv"), url)
          .publicationName(publication)
          .supportedLocales(locales)
          .build();
    }

    private ValidationException failureSaving(Tenant tenant) {
      return Failures.validationFailure(() -> cms.saveTenant(tenant));
    }

    @Test
    @DisplayName("stores it and lists every tenant ordered by id")
    void storesAndLists() {
      Tenant agency =
          tenant("agency", "Agency", "AG", UK, Set.of(EN), URI.create("https://ag.example"));

      assertThat(cms.saveTenant(agency)).isEqualTo(agency);

      assertThat(cms.findTenant(TenantId.of("agency"))).contains(agency);
      assertThat(cms.tenants())
          .extracting(Tenant::id)
          .containsExactly(TenantId.of("agency"), CITY, UNN);
    }

    @Test
    @DisplayName("replaces the stored tenant with the same id")
    void replaces() {
      Tenant renamed =
          Tenant.builder(
                  UNN, "Renamed", UK, ZoneId.of("Europe/Kyiv"), URI.create("https://unn.example"))
              .publicationName("UNN")
              .supportedLocales(Set.of(EN))
              .build();

      cms.saveTenant(renamed);

      assertThat(cms.tenant(UNN).tenant().name()).isEqualTo("Renamed");
      assertThat(cms.tenants()).hasSize(2);
    }

    @Test
    @DisplayName("refuses a base URL that is not http(s), naming baseUrl and HttpUrl")
    void refusesFtpBaseUrl() {
      ValidationException e =
          failureSaving(tenant("ftp", "F", "F", UK, Set.of(), URI.create("ftp://files.example")));

      assertThat(e.subject()).isEqualTo("tenant");
      assertThat(e.violations())
          .extracting(Violation::path, Violation::rule)
          .containsExactly(tuple("baseUrl", "HttpUrl"));
      assertThat(e.violations().get(0).message())
          .isEqualTo("must be an absolute http or https URL of at most 2000 characters");
      assertThat(cms.findTenant(TenantId.of("ftp"))).isEmpty();
    }

    @Test
    @DisplayName("refuses a relative base URL")
    void refusesRelativeBaseUrl() {
      assertThat(
              failureSaving(tenant("rel", "R", "R", UK, Set.of(), URI.create("/news")))
                  .violations())
          .extracting(Violation::path, Violation::rule)
          .containsExactly(tuple("baseUrl", "HttpUrl"));
    }

    @Test
    @DisplayName("refuses a blank publication name")
    void refusesBlankPublicationName() {
      assertThat(
              failureSaving(tenant("b", "B", " \t", UK, Set.of(), URI.create("https://b.example")))
                  .violations())
          .extracting(Violation::path, Violation::rule)
          .containsExactly(tuple("publicationName", "NotBlank"));
    }

    @Test
    @DisplayName("refuses missing locales")
    void refusesMissingLocales() {
      ValidationException e =
          failureSaving(tenant("n", "N", "N", null, null, URI.create("https://n.example")));

      assertThat(e.violations())
          .extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("defaultLocale", "NotNull"), tuple("supportedLocales", "NotEmpty"));
    }

    @Test
    @DisplayName("refuses an empty locale set when there is no default to add to it")
    void refusesEmptyLocales() {
      assertThat(
              failureSaving(tenant("e", "E", "E", null, Set.of(), URI.create("https://e.example")))
                  .violations())
          .extracting(Violation::path, Violation::rule)
          .contains(tuple("supportedLocales", "NotEmpty"));
    }

    @Test
    @DisplayName("adds the default locale to the supported ones, so an empty set means only it")
    void defaultLocaleIsSupported() {
      Tenant saved =
          cms.saveTenant(tenant("d", "D", "D", UK, Set.of(), URI.create("https://d.example")));

      assertThat(saved.supportedLocales()).containsExactly(UK);
      assertThat(saved.supports(Locale.forLanguageTag("uk-UA"))).isTrue();
      assertThat(saved.supports(EN)).isFalse();
    }

    @Test
    @DisplayName("lists every broken rule at once, sorted by path")
    void reportsAllAtOnce() {
      ValidationException e =
          failureSaving(
              tenant("all", "", "x".repeat(201), UK, Set.of(), URI.create("ftp://x.example")));

      assertThat(e.violations())
          .extracting(Violation::path, Violation::rule)
          .containsExactly(
              tuple("baseUrl", "HttpUrl"),
              tuple("name", "NotBlank"),
              tuple("publicationName", "Size"));
      assertThat(e.getMessage()).startsWith("Invalid tenant: baseUrl: ");
    }

    @Test
    @DisplayName("refuses a null tenant with a validation error, not a NullPointerException")
    void refusesNull() {
      assertThat(failureSaving(null).violations())
          .extracting(Violation::rule)
          .containsExactly("NotNull");
    }
  }

  @Nested
  @DisplayName("when opening a tenant's content")
  class OpeningTenants {
    @AutoClose private final Newsroom newsroom = new Newsroom();

    @Test
    @DisplayName("throws NotFoundException naming an unknown tenant")
    void unknownTenant() {
      NotFoundException e =
          thrown(NotFoundException.class, () -> newsroom.cms().tenant(TenantId.of("nowhere")));

      assertThat(e.kind()).isEqualTo("tenant");
      assertThat(e.key()).isEqualTo("nowhere");
      assertThat(e).hasMessageContaining("nowhere");
    }

    @Test
    @DisplayName("hands out services bound to the stored settings")
    void boundToSettings() {
      TenantContent site = newsroom.unn();

      assertThat(site.tenant()).isEqualTo(Newsroom.unnTenant());
      assertThat(site.articles()).isNotNull();
      assertThat(site.authors()).isNotNull();
      assertThat(site.tags()).isNotNull();
      assertThat(site.locations()).isNotNull();
      assertThat(site.sections()).isNotNull();
    }
  }

  @Nested
  @DisplayName("when importing content written earlier")
  class Importing {
    @AutoClose private final Newsroom newsroom = new Newsroom();

    @Test
    @DisplayName("times a tenant's writes by the clock it is given, not its own")
    void backdatedWrites() {
      Instant past = Newsroom.START.minus(Duration.ofDays(30));
      MutableClock pastClock = MutableClock.at(past);
      TenantContent site = newsroom.cms().tenant(UNN, pastClock);

      Article created = site.articles().create(Newsroom.draft("Архівна новина").build());
      pastClock.set(past.plus(Duration.ofHours(2)));
      Article published = site.articles().publish(created.id());

      assertThat(created.createdAt()).isEqualTo(past);
      assertThat(published.publishAt()).isEqualTo(past.plus(Duration.ofHours(2)));
      assertThat(published.firstPublishedAt()).isEqualTo(past.plus(Duration.ofHours(2)));
      assertThat(newsroom.unn().articles().find(created.id())).contains(published);
    }

    @Test
    @DisplayName("checks time rules such as a schedule in the future against that clock")
    void timeRulesFollowTheClock() {
      Instant past = Newsroom.START.minus(Duration.ofDays(30));
      TenantContent site = newsroom.cms().tenant(UNN, MutableClock.at(past));
      Article created = site.articles().create(Newsroom.draft("Заплановано давно").build());

      Article scheduled = site.articles().schedule(created.id(), past.plus(Duration.ofDays(1)));

      assertThat(scheduled.status()).isEqualTo(ArticleStatus.SCHEDULED);
      assertThatThrownBy(
              () -> newsroom.unn().articles().schedule(created.id(), past.plus(Duration.ofDays(2))))
          .isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("adds imported views to the stored counts exactly once per import id")
    void importsViewsOnce() {
      ArticleId first = ArticleId.random();
      ArticleId second = ArticleId.random();
      LocalDate day = LocalDate.of(2026, 2, 1);
      UUID importId = UUID.randomUUID();
      List<DailyViews> views =
          List.of(
              new DailyViews(first, day, 5),
              new DailyViews(first, day.plusDays(1), 2),
              new DailyViews(second, day, 7));

      assertThat(newsroom.cms().importViews(UNN, importId, views)).isTrue();
      assertThat(newsroom.cms().importViews(UNN, importId, views)).isFalse();

      assertThat(newsroom.storage().viewCounts().totals(UNN, List.of(first, second)))
          .isEqualTo(Map.of(first, 7L, second, 7L));
      assertThat(newsroom.storage().viewCounts().totals(CITY, List.of(first, second))).isEmpty();
    }

    @Test
    @DisplayName("refuses views for an unknown tenant and stores nothing")
    void importForUnknownTenant() {
      TenantId nowhere = TenantId.of("nowhere");
      ArticleId article = ArticleId.random();

      assertThatThrownBy(
              () ->
                  newsroom
                      .cms()
                      .importViews(
                          nowhere,
                          UUID.randomUUID(),
                          List.of(new DailyViews(article, LocalDate.of(2026, 2, 1), 3))))
          .isInstanceOf(NotFoundException.class);
      assertThat(newsroom.storage().viewCounts().totals(nowhere, List.of(article))).isEmpty();
    }
  }
}
