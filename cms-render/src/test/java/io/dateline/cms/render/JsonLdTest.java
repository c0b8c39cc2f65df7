package io.dateline.cms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Seo;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("JSON-LD NewsArticle")
class JsonLdTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final DatelineRenderer renderer = DatelineRenderer.builder().build();

  private String script(Article article) {
    ArticleView view =
        renderer
            .article(SampleNews.TENANT, article, SampleNews.REFERENCES)
            .locale(SampleNews.EN)
            .build();
    Document doc = Jsoup.parse(renderer.articlePage(view));
    return doc.selectFirst("script[type=application/ld+json]").data();
  }

  private JsonNode jsonLd(Article article) throws Exception {
    return JSON.readTree(script(article));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Nested
  @DisplayName("of the reference article")
  class Reference {
    @Test
    @DisplayName("parses as JSON with every property search engines read")
    void properties() throws Exception {
      JsonNode ld = jsonLd(SampleNews.article().build());
      assertThat(ld.get("@context").asText()).isEqualTo("https://schema.org");
      assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
      assertThat(ld.get("headline").asText()).isEqualTo(SampleNews.HEADLINE);
      assertThat(ld.get("description").asText()).isEqualTo(SampleNews.LEAD);
      assertThat(ld.get("datePublished").asText()).isEqualTo("2026-11-27T10:15:00+02:00");
      assertThat(ld.get("dateModified").asText()).isEqualTo("2026-11-27T10:15:00+02:00");
      assertThat(ld.get("inLanguage").asText()).isEqualTo("en");
      assertThat(texts(ld.get("articleSection")))
          .containsExactly("War", "Politics", "News of the World");
      assertThat(texts(ld.get("keywords")))
          .containsExactly("Joe Biden", "Anthony Blinken", "Seoul", "Ukraine");
      assertThat(texts(ld.get("image"))).containsExactly("https://cdn.unn.example/geneva.jpg");
      assertThat(ld.get("mainEntityOfPage").get("@type").asText()).isEqualTo("WebPage");
      assertThat(ld.get("mainEntityOfPage").get("@id").asText())
          .isEqualTo("https://unn.example/en/news/minister-calls-geneva-talks-important");
    }

    @Test
    @DisplayName("names the authors as people with their pages, in byline order")
    void authors() throws Exception {
      JsonNode authors = jsonLd(SampleNews.article().build()).get("author");
      assertThat(authors).hasSize(2);
      assertThat(authors.get(0).get("@type").asText()).isEqualTo("Person");
      assertThat(authors.get(0).get("name").asText()).isEqualTo("Olena Marchenko");
      assertThat(authors.get(0).get("url").asText())
          .isEqualTo("https://unn.example/en/author/olena-marchenko");
      assertThat(authors.get(1).get("name").asText()).isEqualTo("Taras Hnatiuk");
    }

    @Test
    @DisplayName("names the tenant as publisher")
    void publisher() throws Exception {
      JsonNode publisher = jsonLd(SampleNews.article().build()).get("publisher");
      assertThat(publisher.get("@type").asText()).isEqualTo("NewsMediaOrganization");
      assertThat(publisher.get("name").asText()).isEqualTo("UNN");
      assertThat(publisher.get("url").asText()).startsWith("https://unn.example/");
    }
  }

  @Nested
  @DisplayName("with hostile or unusual text")
  class Escaping {
    @Test
    @DisplayName("cannot be closed by a headline containing </script>")
    void scriptBreakout() throws Exception {
      String headline = "Breaking</script><script>alert(1)</script><!-- & more";
      Article article = SampleNews.article().headline(headline).build();
      String raw = script(article);
      assertThat(raw).doesNotContain("<").doesNotContain(">").doesNotContain("&");
      assertThat(JSON.readTree(raw).get("headline").asText()).isEqualTo(headline);
    }

    @Test
    @DisplayName("escapes the line and paragraph separators that end JavaScript lines")
    void separators() throws Exception {
      String headline = "one\u2028two\u2029three";
      String raw = script(SampleNews.article().headline(headline).build());
      assertThat(raw).doesNotContain("\u2028").doesNotContain("\u2029").contains("\\u2028");
      assertThat(JSON.readTree(raw).get("headline").asText()).isEqualTo(headline);
    }

    @Test
    @DisplayName("uses the SEO title and description when set")
    void seo() throws Exception {
      JsonNode ld =
          jsonLd(
              SampleNews.article()
                  .seo(new Seo("Short title", "Short description", null, false))
                  .build());
      assertThat(ld.get("headline").asText()).isEqualTo("Short title");
      assertThat(ld.get("description").asText()).isEqualTo("Short description");
    }
  }
}
