package io.dateline.cms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("LocalizedText")
class LocalizedTextTest {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final Locale EN = Locale.ENGLISH;
  private static final Locale PL = Locale.forLanguageTag("pl");

  private final LocalizedText biden = LocalizedText.of("uk", "Джо Байден", "en", "Joe Biden");

  @Nested
  @DisplayName("resolves")
  class Resolving {

    @Test
    @DisplayName("the requested language when it has one")
    void requested() {
      assertThat(biden.resolve(EN, UK)).isEqualTo("Joe Biden");
      assertThat(biden.resolve(UK, EN)).isEqualTo("Джо Байден");
    }

    @Test
    @DisplayName("a regional locale to its language")
    void region() {
      assertThat(biden.resolve(Locale.forLanguageTag("en-GB"), UK)).isEqualTo("Joe Biden");
      assertThat(biden.resolve(Locale.forLanguageTag("uk-UA"), EN)).isEqualTo("Джо Байден");
      assertThat(biden.exactly(Locale.forLanguageTag("en-US"))).contains("Joe Biden");
    }

    @Test
    @DisplayName("the fallback language when the requested one is missing")
    void fallback() {
      assertThat(biden.resolve(PL, EN)).isEqualTo("Joe Biden");
      assertThat(biden.resolve(null, EN)).isEqualTo("Joe Biden");
    }

    @Test
    @DisplayName("the first stored text when neither language is there")
    void first() {
      assertThat(biden.resolve(PL, Locale.GERMAN)).isEqualTo("Джо Байден");
      assertThat(biden.resolve(null, null)).isEqualTo("Джо Байден");
      assertThat(LocalizedText.of("en", "Joe", "uk", "Джо").resolve(PL, null)).isEqualTo("Joe");
    }

    @Test
    @DisplayName("an empty string for an empty text")
    void empty() {
      assertThat(LocalizedText.empty().resolve(UK, EN)).isEmpty();
      assertThat(LocalizedText.empty().isEmpty()).isTrue();
      assertThat(biden.isEmpty()).isFalse();
    }

    @Test
    @DisplayName("exactly() finds only the language asked for")
    void exactly() {
      assertThat(biden.exactly(UK)).contains("Джо Байден");
      assertThat(biden.exactly(PL)).isEmpty();
    }
  }

  @Nested
  @DisplayName("is built")
  class Building {

    @Test
    @DisplayName("from Locales, as everything else names languages, folding regions")
    void fromLocales() {
      LocalizedText one = LocalizedText.of(Locale.forLanguageTag("uk-UA"), "Київ");
      LocalizedText two = LocalizedText.of(UK, "Джо Байден", Locale.UK, "Joe Biden");

      assertThat(one.values()).containsExactly(Map.entry(UK, "Київ"));
      assertThat(two).isEqualTo(biden);
      assertThat(two.values().keySet()).containsExactly(UK, EN);
      assertThat(LocalizedText.of(EN, null).values()).containsEntry(EN, null);
    }

    @Test
    @DisplayName("with regional keys folded to their language")
    void foldsKeys() {
      LocalizedText text = new LocalizedText(Map.of(Locale.forLanguageTag("en-GB"), "Colour"));

      assertThat(text.values()).containsOnlyKeys(EN);
      assertThat(text.resolve(Locale.forLanguageTag("en-US"), null)).isEqualTo("Colour");
    }

    @Test
    @DisplayName("keeping insertion order, so the first entry is the last-resort fallback")
    void order() {
      Map<Locale, String> values = new LinkedHashMap<>();
      values.put(PL, "Kijów");
      values.put(UK, "Київ");
      values.put(EN, "Kyiv");

      assertThat(new LocalizedText(values).values().keySet()).containsExactly(PL, UK, EN);
    }

    @Test
    @DisplayName("as an unmodifiable copy unaffected by later changes to the source map")
    void copies() {
      Map<Locale, String> values = new HashMap<>();
      values.put(UK, "Київ");
      LocalizedText text = new LocalizedText(values);
      values.put(EN, "Kyiv");

      assertThat(text.values()).containsOnlyKeys(UK);
      assertThatThrownBy(() -> text.values().put(EN, "Kyiv"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("with() adds or replaces one language and leaves the original unchanged")
    void with() {
      LocalizedText more =
          biden.with(Locale.forLanguageTag("pl-PL"), "Joe Biden (pl)").with(EN, "J. Biden");

      assertThat(more.values().keySet()).containsExactly(UK, EN, PL);
      assertThat(more.resolve(EN, null)).isEqualTo("J. Biden");
      assertThat(biden.resolve(EN, null)).isEqualTo("Joe Biden");
    }

    @Test
    @DisplayName("from unchecked input with null texts or languages, for validation to report")
    void toleratesNulls() {
      Map<Locale, String> values = new HashMap<>();
      values.put(null, "Київ");
      values.put(EN, null);

      LocalizedText text = new LocalizedText(values);

      assertThat(text.values()).containsEntry(null, "Київ").containsEntry(EN, null);
      assertThat(LocalizedText.of("uk", null).exactly(UK)).isEmpty();
      assertThat(new LocalizedText(null).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("equal when the same languages have the same texts")
    void equality() {
      assertThat(LocalizedText.of("uk", "Київ")).isEqualTo(LocalizedText.of("uk-UA", "Київ"));
      assertThat(LocalizedText.of("uk", "Київ")).isNotEqualTo(LocalizedText.of("en", "Київ"));
    }
  }
}
