package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block.Paragraph;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.render.DatelineRenderer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A tenant whose languages have three-letter codes (ISO 639-2/3) is served like any other. */
@DisplayName("Three-letter languages")
class ThreeLetterLanguageTest {
  private static final Locale FIL = Locale.forLanguageTag("fil");
  private static final Locale HAW = Locale.forLanguageTag("haw");
  private Dateline cms;
  private DatelineSite site;
  private Tenant tenant;
  private Article filipino;
  private Article hawaiian;

  @BeforeEach
  void start() {
    cms = Dateline.builder().storage(new InMemoryStorage()).build();
    tenant =
        cms.saveTenant(
            Tenant.builder(
                    TenantId.of("pacific"),
                    "Pacific News",
                    FIL,
                    ZoneId.of("Pacific/Honolulu"),
                    URI.create("https://news.example/pacific/"))
                .publicationName("PN")
                .supportedLocales(Set.of(FIL, HAW))
                .build());
    TenantContent content = cms.tenant(tenant.id());
    filipino = publish(content, FIL, "Balita ngayon", null);
    hawaiian = publish(content, HAW, "Nā nūhou", filipino);
    site =
        DatelineSite.builder(cms, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ZERO)
            .build();
  }

  private static Article publish(
      TenantContent content, Locale language, String headline, Article translationOf) {
    ArticleDraft.Builder draft =
        ArticleDraft.builder(language, headline)
            .lead("Lead " + headline)
            .body(Paragraph.of("Body " + headline));
    if (translationOf != null) {
      draft.translationOf(translationOf.id());
    }
    Article created = content.articles().create(draft.build());
    return content.articles().publish(created.id());
  }

  @AfterEach
  void stop() {
    site.close();
    cms.close();
  }

  private SiteResponse get(String path) {
    return site.handle(SiteRequest.get(path));
  }

  private static String text(SiteResponse r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the default edition, the /haw/ edition, their articles and feeds are served")
  void served() {
    assertThat(get("/pacific/").status()).isEqualTo(200);
    assertThat(text(get("/pacific/"))).contains("Balita ngayon");
    SiteResponse edition = get("/pacific/haw/");
    assertThat(edition.status()).isEqualTo(200);
    assertThat(text(edition)).contains("Nā nūhou");
    assertThat(get("/pacific/news/" + filipino.slug()).status()).isEqualTo(200);
    SiteResponse article = get("/pacific/haw/news/" + hawaiian.slug());
    assertThat(article.status()).isEqualTo(200);
    assertThat(text(article))
        .contains("hreflang=\"fil\"")
        .contains("hreflang=\"haw\"")
        .contains("lang=\"haw\"");
    String feed = text(get("/pacific/haw/rss.xml"));
    assertThat(feed).contains("Nā nūhou").doesNotContain("Balita ngayon");
    // The default language spelled out moves to the canonical URL.
    assertThat(get("/pacific/fil/").status()).isEqualTo(301);
    // A language the tenant does not have is no edition.
    assertThat(get("/pacific/ukr/").status()).isEqualTo(404);
    assertThat(text(get("/pacific/sitemap.xml")))
        .contains("https://news.example/pacific/haw/news/" + hawaiian.slug());
  }
}
