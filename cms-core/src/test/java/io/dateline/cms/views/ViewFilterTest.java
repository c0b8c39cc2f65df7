package io.dateline.cms.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ViewFilter.excludingBots()")
class ViewFilterTest {
  private static final TenantId TENANT = TenantId.of("unn");
  private static final ArticleId ARTICLE = ArticleId.random();
  private final ViewFilter filter = ViewFilter.excludingBots();

  @Nested
  @DisplayName("drops")
  class Drops {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
          "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
          "Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
          "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
          "Twitterbot/1.0",
          "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
          "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0.0.0",
          "curl/8.5.0",
          "Wget/1.21.4",
          "python-requests/2.31.0",
          "Go-http-client/2.0",
          "Apache-HttpClient/4.5.14 (Java/17.0.9)"
        })
    @DisplayName("crawlers, preview fetchers and scripts")
    void crawlers(String userAgent) {
      assertThat(filter.accept(TENANT, ARTICLE, userAgent)).isFalse();
    }
  }

  @Nested
  @DisplayName("keeps")
  class Keeps {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
              + " Chrome/126.0.0.0 Safari/537.36",
          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML,"
              + " like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
        })
    @DisplayName("browsers")
    void browsers(String userAgent) {
      assertThat(filter.accept(TENANT, ARTICLE, userAgent)).isTrue();
    }

    @Test
    @DisplayName("views without a user agent, or with an empty one")
    void missingUserAgent() {
      assertThat(filter.accept(TENANT, ARTICLE, null)).isTrue();
      assertThat(filter.accept(TENANT, ARTICLE, "")).isTrue();
    }
  }
}
