package io.dateline.cms.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The URL allow-list")
class SafeUrlsTest {
  @Nested
  @DisplayName("for links in body text")
  class Links {
    @ParameterizedTest(name = "accepts {0}")
    @ValueSource(
        strings = {
          "https://unn.example/news",
          "HTTP://unn.example",
          "http://user@unn.example:8080/x?q=1#f",
          "mailto:desk@unn.example",
          "tel:+380441234567",
          "/news/story",
          "/"
        })
    @DisplayName("accepts web, mail, phone and site-relative targets")
    void accepts(String url) {
      assertThat(SafeUrls.isSafeLink(url)).isTrue();
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(
        strings = {
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          " javascript:alert(1)",
          "java\tscript:alert(1)",
          "vbscript:msgbox(1)",
          "data:text/html,x",
          "//evil.example/x",
          "/\\evil.example",
          "https://",
          "https:///path",
          "https://@/x",
          "https:evil.example",
          "mailto:",
          "ftp://files.example/",
          "relative/path",
          "#top",
          ""
        })
    @DisplayName("refuses script schemes, protocol-relative and malformed targets")
    void refuses(String url) {
      assertThat(SafeUrls.isSafeLink(url)).isFalse();
    }
  }

  @Nested
  @DisplayName("for resources")
  class Resources {
    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(
        strings = {"mailto:desk@unn.example", "tel:+380", "javascript:x", "data:image/png,x"})
    @DisplayName("refuses everything but http(s) and site-relative paths")
    void refuses(String url) {
      assertThat(SafeUrls.isSafeResource(url)).isFalse();
    }

    @ParameterizedTest(name = "keeps only absolute http(s): {0}")
    @ValueSource(strings = {"/relative.jpg", "javascript:alert(1)"})
    @DisplayName("keeps only absolute http(s) URLs for structured data")
    void absolute(String url) {
      assertThat(SafeUrls.httpOrNull(URI.create(url))).isNull();
      assertThat(SafeUrls.httpOrNull(URI.create("https://cdn.example/a.jpg")))
          .isEqualTo("https://cdn.example/a.jpg");
    }
  }
}
