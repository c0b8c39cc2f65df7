package io.dateline.cms.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The view beacon of article pages")
class BeaconTest {
  private final DatelineRenderer renderer = DatelineRenderer.builder().build();

  private ArticleView view(String beaconUrl) {
    return renderer
        .article(SampleNews.TENANT, SampleNews.article().build(), SampleNews.REFERENCES)
        .locale(SampleNews.EN)
        .beaconUrl(beaconUrl)
        .build();
  }

  private Document page(String beaconUrl) {
    return Jsoup.parse(new String(renderer.articlePageBytes(view(beaconUrl)), UTF_8));
  }

  @Nested
  @DisplayName("when a beacon URL is set")
  class WithUrl {
    @Test
    @DisplayName("puts a hidden element carrying the URL inside the article")
    void element() {
      Document doc = page("https://stats.unn.example/v/42");
      Element beacon = doc.selectFirst("[data-dateline-beacon]");
      assertThat(beacon).isNotNull();
      assertThat(beacon.tagName()).isEqualTo("div");
      assertThat(beacon.attr("data-dateline-beacon")).isEqualTo("https://stats.unn.example/v/42");
      assertThat(beacon.hasAttr("hidden")).isTrue();
      assertThat(beacon.childNodes()).isEmpty();
      assertThat(beacon.closest("main article.article")).isNotNull();
    }

    @Test
    @DisplayName("adds a one-pixel image inside noscript for readers without scripts")
    void noscriptImage() {
      Document doc = page("https://stats.unn.example/v/42");
      Element noscript = doc.selectFirst("article.article noscript");
      assertThat(noscript).isNotNull();
      // Parsed as if scripts were off, the way a reader without them sees it.
      Element img = Jsoup.parseBodyFragment(noscript.html()).selectFirst("img");
      assertThat(img.attr("src")).isEqualTo("https://stats.unn.example/v/42");
      assertThat(img.attr("alt")).isEmpty();
      assertThat(img.hasAttr("alt")).isTrue();
      assertThat(img.attr("width")).isEqualTo("1");
      assertThat(img.attr("height")).isEqualTo("1");
      assertThat(img.className()).isEqualTo("dateline-beacon");
    }

    @Test
    @DisplayName("accepts a site-relative URL and escapes its query in the attributes")
    void siteRelative() {
      String url = "/views?article=42&lang=en&t='x'";
      Document doc = page(url);
      assertThat(doc.selectFirst("[data-dateline-beacon]").attr("data-dateline-beacon"))
          .isEqualTo(url);
      String html = new String(renderer.articlePageBytes(view(url)), UTF_8);
      assertThat(html).contains("data-dateline-beacon=\"/views?article=42&amp;lang=en&amp;t=");
      assertThat(html).doesNotContain("lang=en&t=");
    }

    @Test
    @DisplayName("keeps the view's URL for templates and head contributors")
    void inView() {
      assertThat(view("https://stats.unn.example/v/42").beaconUrl())
          .isEqualTo("https://stats.unn.example/v/42");
    }
  }

  @Nested
  @DisplayName("when no usable beacon URL is set")
  class WithoutUrl {
    @Test
    @DisplayName("writes neither the element nor the image by default")
    void none() {
      Document doc = page(null);
      assertThat(doc.select("[data-dateline-beacon]")).isEmpty();
      assertThat(doc.select("noscript")).isEmpty();
      assertThat(view(null).beaconUrl()).isNull();
    }

    @ParameterizedTest(name = "ignores {0}")
    @ValueSource(
        strings = {
          "javascript:alert(1)",
          "data:image/gif;base64,R0lGOD",
          "//evil.example/v",
          "ftp://stats.unn.example/v",
          "https://",
          "https://stats.unn.example/v\"><script>alert(1)</script>",
          " https://stats.unn.example/v",
          ""
        })
    void ignoresUnsafe(String url) {
      Document doc = page(url);
      assertThat(view(url).beaconUrl()).isNull();
      assertThat(doc.select("[data-dateline-beacon]")).isEmpty();
      assertThat(doc.select("noscript")).isEmpty();
      assertThat(doc.select("script:not([type=application/ld+json])")).isEmpty();
    }
  }

  @Nested
  @DisplayName("script")
  class Script {
    @Test
    @DisplayName("is served from the jar and looks for the attribute the theme writes")
    void script() {
      String script = new String(JteTheme.standardBeaconScript(), UTF_8);
      assertThat(script)
          .contains("[data-dateline-beacon]", "navigator.sendBeacon", "keepalive: true");
    }

    @Test
    @DisplayName("is a fresh copy on every call, so a caller cannot change what others get")
    void copies() {
      byte[] first = JteTheme.standardBeaconScript();
      first[0] = 0;
      assertThat(JteTheme.standardBeaconScript()[0]).isNotZero();
    }
  }
}
