package io.dateline.cms.storage.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.storage.jpa.internal.JdbcUrls;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("JDBC URL secrets")
class JdbcUrlsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://h/db?user=u&password=secret|jdbc:postgresql://h/db?user=u&password=****",
        "jdbc:postgresql://h/db?password=secret&ssl=true|jdbc:postgresql://h/db?password=****&ssl=true",
        "jdbc:postgresql://h/db?sslpassword=secret|jdbc:postgresql://h/db?sslpassword=****",
        "jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;PASSWORD=secret|jdbc:h2:mem:x;DB_CLOSE_DELAY=-1;PASSWORD=****",
        "jdbc:h2:file:/d;Password=secret;USER=sa|jdbc:h2:file:/d;Password=****;USER=sa",
        "jdbc:postgresql://u:secret@h:5432/db|jdbc:postgresql://u:****@h:5432/db",
        "jdbc:postgresql://h/db?user=u|jdbc:postgresql://h/db?user=u",
      })
  @DisplayName("redact masks every form of password and keeps the rest")
  void redact(String url, String expected) {
    assertThat(JdbcUrls.redact(url)).isEqualTo(expected).doesNotContain("secret");
  }

  @Test
  @DisplayName("split takes the secrets out of the URL and into connection properties")
  void split() {
    JdbcUrls.Split query = JdbcUrls.split("jdbc:postgresql://h/db?password=p%40ss&user=u&ssl=true");
    assertThat(query.url()).isEqualTo("jdbc:postgresql://h/db?user=u&ssl=true");
    assertThat(query.secrets()).containsEntry("password", "p@ss").hasSize(1);

    JdbcUrls.Split h2 = JdbcUrls.split("jdbc:h2:mem:x;PASSWORD=a%b;DB_CLOSE_DELAY=-1");
    assertThat(h2.url()).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
    assertThat(h2.secrets()).containsEntry("PASSWORD", "a%b");

    JdbcUrls.Split userInfo = JdbcUrls.split("jdbc:postgresql://u:s%3Ac@h:5432/db?ssl=true");
    assertThat(userInfo.url()).isEqualTo("jdbc:postgresql://h:5432/db?ssl=true");
    assertThat(userInfo.secrets()).containsEntry("user", "u").containsEntry("password", "s:c");

    JdbcUrls.Split plain = JdbcUrls.split("jdbc:postgresql://h/db?user=u&password=x&ssl=true");
    assertThat(plain.url()).isEqualTo("jdbc:postgresql://h/db?user=u&ssl=true");
  }

  @Test
  @DisplayName("in a log line, a secret is masked to the end of its word, not beyond")
  void text() {
    assertThat(JdbcUrls.redactText("URL [jdbc:postgresql://h/db?password=secret]\n\tdriver: pg"))
        .isEqualTo("URL [jdbc:postgresql://h/db?password=****\n\tdriver: pg");
  }
}
