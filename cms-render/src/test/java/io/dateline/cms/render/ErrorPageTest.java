package io.dateline.cms.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Error pages")
class ErrorPageTest {
  private static final String STYLESHEET = "https://unn.example/assets/dateline.css";
  private final List<PageInfo> seen = new ArrayList<>();
  private final DatelineRenderer renderer =
      DatelineRenderer.builder()
          .headContributor(
              (page, head) -> {
                seen.add(page);
                head.link("stylesheet", STYLESHEET);
              })
          .build();

  private Document render(Tenant tenant, int status, Locale locale, String homeUrl) {
    return Jsoup.parse(new String(renderer.errorPageBytes(tenant, status, locale, homeUrl), UTF_8));
  }

  @Nested
  @DisplayName("for a tenant")
  class ForTenant {
    @Test
    @DisplayName("say the status in words and one sentence, in English")
    void english() {
      Document doc = render(SampleNews.TENANT, 404, SampleNews.EN, "https://unn.example/en");
      assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
      assertThat(doc.selectFirst("main .error .status").text()).isEqualTo("404");
      assertThat(doc.selectFirst("main .error h1").text()).isEqualTo("Page not found");
      assertThat(doc.selectFirst("main .error .message").text())
          .isEqualTo("There is no page at this address; it may have been moved or mistyped.");
      assertThat(doc.title()).isEqualTo("404 Page not found \u2014 UNN");
    }

    @Test
    @DisplayName("say the status in Ukrainian on a Ukrainian page")
    void ukrainian() {
      Document doc = render(SampleNews.TENANT, 404, SampleNews.UK, "https://unn.example/");
      assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("uk");
      assertThat(doc.selectFirst("main h1").text()).isEqualTo("Сторінку не знайдено");
      assertThat(doc.selectFirst("main .home a").text()).isEqualTo("На головну");
    }

    @Test
    @DisplayName("ask search engines not to index them and name no canonical URL")
    void noIndex() {
      Document doc = render(SampleNews.TENANT, 500, SampleNews.EN, "https://unn.example/en");
      assertThat(doc.select("head meta[name=robots]").eachAttr("content"))
          .containsExactly("noindex");
      assertThat(doc.select("link[rel=canonical]")).isEmpty();
      assertThat(doc.select("meta[property^=og:]")).isEmpty();
    }

    @Test
    @DisplayName("link home to the given URL, in the header and in the text")
    void homeLink() {
      Document doc = render(SampleNews.TENANT, 410, SampleNews.EN, "https://unn.example/en");
      assertThat(doc.selectFirst("main .home a").attr("href")).isEqualTo("https://unn.example/en");
      assertThat(doc.selectFirst("main .home a").text()).isEqualTo("Go to the front page");
      assertThat(doc.selectFirst(".site-header a.site-name").text()).isEqualTo("UNN");
      assertThat(doc.selectFirst(".site-header a.site-name").attr("href"))
          .isEqualTo("https://unn.example/en");
    }

    @Test
    @DisplayName("link home to the tenant's edition in the page language when no URL is given")
    void defaultHome() {
      Document english = render(SampleNews.TENANT, 404, SampleNews.EN, null);
      assertThat(english.selectFirst(".home a").attr("href")).isEqualTo("https://unn.example/en/");
      // The tenant does not publish in German: its default edition, with English words.
      Document german = render(SampleNews.TENANT, 404, Locale.GERMAN, null);
      assertThat(german.selectFirst(".home a").attr("href")).isEqualTo("https://unn.example/");
      assertThat(german.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    @DisplayName("escape a hostile publication name in the title and the header")
    void hostileName() {
      String name = "<script>alert(1)</script> \"Evil\" & <b>Co</b>";
      Tenant evil =
          Tenant.builder(
                  TenantId.of("evil"),
                  "Evil news",
                  Locale.ENGLISH,
                  ZoneId.of("UTC"),
                  URI.create("https://evil.example"))
              .publicationName(name)
              .supportedLocales(Set.of(Locale.ENGLISH))
              .build();
      Document doc = render(evil, 503, Locale.ENGLISH, null);
      assertThat(doc.select("script")).isEmpty();
      assertThat(doc.select("b")).isEmpty();
      assertThat(doc.selectFirst(".site-header a.site-name").text()).isEqualTo(name);
      assertThat(doc.title()).isEqualTo("503 Service unavailable \u2014 " + name);
    }

    @Test
    @DisplayName("run head contributors, telling them it is an error page of the tenant")
    void contributors() {
      Document doc = render(SampleNews.TENANT, 404, SampleNews.EN, null);
      assertThat(doc.select("head link[rel=stylesheet]").eachAttr("href"))
          .containsExactly(STYLESHEET);
      assertThat(seen).hasSize(1);
      assertThat(seen.get(0).kind()).isEqualTo(PageKind.ERROR);
      assertThat(seen.get(0).tenant()).isEqualTo(SampleNews.TENANT);
      assertThat(seen.get(0).url()).isNull();
    }
  }

  @Nested
  @DisplayName("without a tenant")
  class WithoutTenant {
    @Test
    @DisplayName("have no site header and link home to the site root")
    void noTenant() {
      Document doc = render(null, 404, SampleNews.EN, null);
      assertThat(doc.select(".site-header")).isEmpty();
      assertThat(doc.selectFirst("main .home a").attr("href")).isEqualTo("/");
      assertThat(doc.title()).isEqualTo("404 Page not found");
      assertThat(seen.get(0).tenant()).isNull();
      assertThat(doc.select("head link[rel=stylesheet]")).hasSize(1);
    }
  }

  @Nested
  @DisplayName("for every status")
  class Statuses {
    @ParameterizedTest(name = "{0} is \"{1}\" / \"{2}\"")
    @CsvSource({
      "400, Bad request, Некоректний запит",
      "404, Page not found, Сторінку не знайдено",
      "405, Method not allowed, Метод не дозволено",
      "410, Page removed, Сторінку видалено",
      "500, Server error, Помилка сервера",
      "503, Service unavailable, Сервіс тимчасово недоступний",
      "429, Request not served, Запит не виконано",
      "502, Server error, Помилка сервера"
    })
    void titles(int status, String english, String ukrainian) {
      Document en = render(SampleNews.TENANT, status, SampleNews.EN, null);
      Document uk = render(SampleNews.TENANT, status, SampleNews.UK, null);
      assertThat(en.selectFirst("main h1").text()).isEqualTo(english);
      assertThat(uk.selectFirst("main h1").text()).isEqualTo(ukrainian);
      assertThat(en.selectFirst("main .status").text()).isEqualTo(Integer.toString(status));
      assertThat(en.selectFirst("main .message").text()).isNotBlank();
      assertThat(uk.selectFirst("main .message").text()).matches(".*[а-яіїєґ].*");
    }

    @Test
    @DisplayName("explain each status with its own sentence")
    void distinctSentences() {
      Set<String> sentences = new HashSet<>();
      for (int status : new int[] {400, 404, 405, 410, 500, 503}) {
        sentences.add(
            render(SampleNews.TENANT, status, SampleNews.EN, null)
                .selectFirst("main .message")
                .text());
      }
      assertThat(sentences).hasSize(6);
    }
  }

  @Nested
  @DisplayName("refuse")
  class Refusals {
    @Test
    @DisplayName("a status that is not an error, naming the field")
    void notAnError() {
      assertThatThrownBy(() -> renderer.errorPageBytes(SampleNews.TENANT, 200, SampleNews.EN, "/"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("status")
          .hasMessageContaining("200");
      assertThatThrownBy(() -> renderer.errorPageBytes(null, 600, SampleNews.EN, "/"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("status");
    }

    @Test
    @DisplayName("a home URL that is neither http(s) nor site-relative, naming the field")
    void unsafeHome() {
      assertThatThrownBy(
              () ->
                  renderer.errorPageBytes(
                      SampleNews.TENANT, 404, SampleNews.EN, "javascript:alert(1)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("homeUrl");
    }
  }

  @Test
  @DisplayName("come from the standard theme when the installed theme has none")
  void ownTheme() {
    DatelineRenderer own = DatelineRenderer.builder().theme(new ThemeTest.MinimalTheme()).build();
    Document doc =
        Jsoup.parse(new String(own.errorPageBytes(null, 404, SampleNews.EN, "/"), UTF_8));
    assertThat(doc.selectFirst("main h1").text()).isEqualTo("Page not found");
  }
}
