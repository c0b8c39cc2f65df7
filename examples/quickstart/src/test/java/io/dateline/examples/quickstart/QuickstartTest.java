package io.dateline.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The quickstart")
class QuickstartTest {
  private static List<String> lines;

  @BeforeAll
  static void run() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Quickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    lines = out.toString(StandardCharsets.UTF_8).strip().lines().toList();
  }

  @Test
  @DisplayName("prints the tags' slugs transliterated from their Ukrainian names")
  void slugs() {
    assertThat(lines.get(0)).isEqualTo("Tag slugs: enerhetyka, yuliia-zaika");
  }

  @Test
  @DisplayName("prints an article page with dateline, view count, byline and tag links")
  void page() {
    Document page = Jsoup.parse(String.join("\n", lines.subList(1, lines.size() - 1)));

    assertThat(page.selectFirst("h1.headline").text())
        .isEqualTo("Енергетики відновили живлення лівого берега");
    assertThat(page.selectFirst(".dateline").text()).isEqualTo("Київ • DNA");
    assertThat(page.selectFirst(".views").text()).isEqualTo("3 перегляди");
    assertThat(page.selectFirst(".byline a").attr("href"))
        .isEqualTo("https://news.example/author/olena-shevchuk");
    assertThat(page.select(".tags a").eachAttr("href"))
        .containsExactly(
            "https://news.example/tag/enerhetyka", "https://news.example/tag/yuliia-zaika");
  }

  @Test
  @DisplayName("prints the page's JSON-LD last, as a NewsArticle that parses")
  void jsonLd() throws Exception {
    JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));

    assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(json.path("author").get(0).path("name").asText()).isEqualTo("Олена Шевчук");
    assertThat(json.path("publisher").path("name").asText()).isEqualTo("DNA");
  }
}
