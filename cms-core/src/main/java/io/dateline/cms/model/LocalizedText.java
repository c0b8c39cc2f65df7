package io.dateline.cms.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A short text in one or more languages, such as a tag's display name ("Джо Байден" in Ukrainian,
 * "Joe Biden" in English).
 *
 * <p>Immutable and thread-safe. Keys are language-only locales ({@code uk}, {@code en}); regional
 * variants are folded to their language when the text is built, so lookups for {@code en-GB} find
 * the English value. Insertion order is kept: the first entry is the fallback of last resort.
 *
 * <p>Commands carry texts built from unchecked input, so a {@code null} language or text is kept
 * rather than refused here: validation ({@link io.dateline.cms.validation.LocalizedLength}) reports
 * it with the field's name, and the services never store a text holding one.
 *
 * @param values language to text; never {@code null} (a {@code null} argument means empty); in a
 *     stored object neither keys nor values are {@code null}
 * @since 0.1.0
 */
public record LocalizedText(Map<Locale, String> values) {

  /** Copies the map, folding keys to their language. */
  public LocalizedText {
    Map<Locale, String> copy = new LinkedHashMap<>();
    if (values != null) {
      values.forEach((locale, text) -> copy.put(languageOf(locale), text));
    }
    values = Collections.unmodifiableMap(copy);
  }

  /**
   * A text in one language.
   *
   * @param languageTag a BCP 47 tag such as {@code uk}
   * @param text the text
   * @return the localized text
   */
  public static LocalizedText of(String languageTag, String text) {
    Map<Locale, String> map = new LinkedHashMap<>(); // not Map.of: a null text is validation's job
    map.put(Locale.forLanguageTag(languageTag), text);
    return new LocalizedText(map);
  }

  /**
   * A text in two languages; the first is the fallback.
   *
   * @param tag1 first BCP 47 language tag
   * @param text1 text in the first language
   * @param tag2 second language tag
   * @param text2 text in the second language
   * @return the localized text
   */
  public static LocalizedText of(String tag1, String text1, String tag2, String text2) {
    Map<Locale, String> map = new LinkedHashMap<>();
    map.put(Locale.forLanguageTag(tag1), text1);
    map.put(Locale.forLanguageTag(tag2), text2);
    return new LocalizedText(map);
  }

  /**
   * A text in one language, as everything else in Dateline names languages: by {@link Locale}.
   *
   * <pre>{@code
   * LocalizedText name = LocalizedText.of(Locale.forLanguageTag("uk"), "Політика");
   * }</pre>
   *
   * @param language the language; a regional variant ({@code en-GB}) is folded to its language
   * @param text the text
   * @return the localized text
   */
  public static LocalizedText of(Locale language, String text) {
    Map<Locale, String> map = new LinkedHashMap<>(); // not Map.of: a null text is validation's job
    map.put(language, text);
    return new LocalizedText(map);
  }

  /**
   * A text in two languages; the first is the fallback.
   *
   * @param language1 first language
   * @param text1 text in the first language
   * @param language2 second language
   * @param text2 text in the second language
   * @return the localized text
   */
  public static LocalizedText of(Locale language1, String text1, Locale language2, String text2) {
    Map<Locale, String> map = new LinkedHashMap<>();
    map.put(language1, text1);
    map.put(language2, text2);
    return new LocalizedText(map);
  }

  /**
   * Returns an empty text (no language). Useful for optional fields such as an author's bio.
   *
   * @return the empty text
   */
  public static LocalizedText empty() {
    return new LocalizedText(Map.of());
  }

  /**
   * Returns a copy with one more (or a replaced) language.
   *
   * @param language the language
   * @param text the text in it
   * @return a new localized text
   */
  public LocalizedText with(Locale language, String text) {
    Map<Locale, String> map = new LinkedHashMap<>(values);
    map.put(languageOf(language), text);
    return new LocalizedText(map);
  }

  /**
   * Returns the text in exactly this language, if present.
   *
   * @param language the language (a region is ignored)
   * @return the text, or empty
   */
  public Optional<String> exactly(Locale language) {
    return Optional.ofNullable(values.get(languageOf(language)));
  }

  /**
   * Returns the text in {@code language}, else in {@code fallback}, else the first one stored.
   *
   * @param language preferred language; may be {@code null}
   * @param fallback second choice, usually the tenant's default locale; may be {@code null}
   * @return the best text, or {@code ""} when the text is empty
   */
  public String resolve(@Nullable Locale language, @Nullable Locale fallback) {
    String text = language == null ? null : values.get(languageOf(language));
    if (text == null && fallback != null) {
      text = values.get(languageOf(fallback));
    }
    if (text != null) {
      return text;
    }
    return values.isEmpty() ? "" : values.values().iterator().next();
  }

  /**
   * Whether no language has a text.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  private static @Nullable Locale languageOf(@Nullable Locale locale) {
    if (locale == null) {
      return null; // kept, so that validation can report the missing language
    }
    return locale.getLanguage().isEmpty() ? locale : Locale.forLanguageTag(locale.getLanguage());
  }
}
