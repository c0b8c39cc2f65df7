package io.dateline.cms.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The tenant index")
class TenantsPageTest {
  private static final String HOSTILE = "<img src=x onerror=alert(1)> \"Daily\" & Co";
  private static final Tenant EVIL =
      Tenant.builder(
              TenantId.of("daily"),
              "Daily <Herald> news",
              Locale.ENGLISH,
              ZoneId.of("UTC"),
              URI.create("https://daily.example"))
          .publicationName(HOSTILE)
          .supportedLocales(Set.of(Locale.ENGLISH))
          .build();

  private final List<PageInfo> seen = new ArrayList<>();
  private final DatelineRenderer renderer =
      DatelineRenderer.builder().headContributor((page, head) -> seen.add(page)).build();

  private Document render(DatelineRenderer r, Locale locale) {
    return Jsoup.parse(
        new String(r.tenantsPageBytes(List.of(SampleNews.TENANT, EVIL), locale), UTF_8));
  }

  @Test
  @DisplayName("lists every tenant in the given order with its publication name and name")
  void lists() {
    Elements tenants = render(renderer, SampleNews.EN).select("main .tenant-list > li.tenant");
    assertThat(tenants).hasSize(2);
    assertThat(tenants.get(0).selectFirst("a.publication").text()).isEqualTo("UNN");
    assertThat(tenants.get(0).selectFirst(".name").text()).isEqualTo("UNN news agency");
    assertThat(tenants.get(1).selectFirst(".name").text()).isEqualTo("Daily <Herald> news");
  }

  @Test
  @DisplayName("links each publication to its default edition and to every language edition")
  void links() {
    Element unn = render(renderer, SampleNews.EN).selectFirst("li.tenant");
    assertThat(unn.selectFirst("a.publication").attr("href")).isEqualTo("https://unn.example/");
    Elements editions = unn.select("nav.editions a");
    assertThat(editions.eachAttr("href"))
        .containsExactly("https://unn.example/", "https://unn.example/en/");
    assertThat(editions.eachAttr("hreflang")).containsExactly("uk", "en");
    assertThat(editions.eachText()).containsExactly("Українська", "English");
  }

  @Test
  @DisplayName("escapes a hostile publication name")
  void escapes() {
    Document doc = render(renderer, SampleNews.EN);
    assertThat(doc.select("main img")).isEmpty();
    assertThat(doc.select("[onerror]")).isEmpty();
    assertThat(doc.select("li.tenant a.publication").get(1).text()).isEqualTo(HOSTILE);
  }

  @Test
  @DisplayName("takes each tenant's URLs from its own URL strategy")
  void ownUrlStrategy() {
    DatelineRenderer r =
        DatelineRenderer.builder()
            .urlStrategy(TenantId.of("daily"), new RenderHooksTest.UrlStrategies.Stories())
            .build();
    Elements tenants = render(r, SampleNews.EN).select("li.tenant");
    assertThat(tenants.get(1).selectFirst("a.publication").attr("href"))
        .isEqualTo("https://stories.example/");
    assertThat(tenants.get(0).selectFirst("a.publication").attr("href"))
        .isEqualTo("https://unn.example/");
  }

  @Test
  @DisplayName("has a title in the page's language and no site header of one tenant")
  void titleAndLayout() {
    Document uk = render(renderer, SampleNews.UK);
    assertThat(uk.selectFirst("html").attr("lang")).isEqualTo("uk");
    assertThat(uk.title()).isEqualTo("Видання");
    assertThat(uk.selectFirst("main h1").text()).isEqualTo("Видання");
    assertThat(uk.selectFirst("nav.editions").attr("aria-label")).isEqualTo("Мовні версії");
    assertThat(uk.select(".site-header")).isEmpty();
    Document en = render(renderer, SampleNews.EN);
    assertThat(en.selectFirst("main h1").text()).isEqualTo("Publications");
  }

  @Test
  @DisplayName("runs head contributors, telling them it is the index, without a tenant")
  void contributors() {
    render(renderer, SampleNews.EN);
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).kind()).isEqualTo(PageKind.TENANTS);
    assertThat(seen.get(0).tenant()).isNull();
    assertThat(seen.get(0).locale()).isEqualTo(SampleNews.EN);
  }
}
