package io.dateline.cms.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.validation.HtmlSafelist;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BodyWriter cleans each distinct raw HTML once")
class BodyWriterRawHtmlTest {
  private final BodyWriter writer = new BodyWriter(List.of(), List.of());

  @Test
  @DisplayName("markup stored clean is passed through as the very same string, not a cleaned copy")
  void storedMarkupIsNotRecleaned() {
    // A string the sanitizer has produced, as the article service stores it; a fresh instance, as a
    // store would read it.
    String stored =
        new String(
            HtmlSafelist.clean("<p>Заява <b>УНН</b> <a href=\"https://a.example/\">a</a></p>"));

    String first = writer.cleanRawHtml(stored);
    String second = writer.cleanRawHtml(new String(stored));

    assertThat(first).isSameAs(stored);
    assertThat(second).isSameAs(stored);
  }

  @Test
  @DisplayName("hostile markup is cleaned on first sight and the cleaned markup reused afterwards")
  void hostileMarkupIsCleanedOnce() {
    String hostile = "<p onclick=\"x()\">hi<script>alert(1)</script></p>";

    String first = writer.cleanRawHtml(hostile);
    String again = writer.cleanRawHtml(new String(hostile));

    assertThat(first).isEqualTo("<p>hi</p>");
    assertThat(again).isSameAs(first);
  }

  @Test
  @DisplayName("null and empty markup write nothing")
  void empty() {
    assertThat(writer.cleanRawHtml(null)).isEmpty();
    assertThat(writer.cleanRawHtml("")).isEmpty();
  }
}
