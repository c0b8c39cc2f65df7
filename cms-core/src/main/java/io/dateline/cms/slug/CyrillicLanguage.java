package io.dateline.cms.slug;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Which Cyrillic table to transliterate with. Dateline is mostly used by Ukrainian newsrooms, so
 * Ukrainian is the default; Russian is chosen by an explicit hint or by {@link #detect}.
 *
 * <p>Each language falls back to the other's table for letters its own alphabet lacks, so a stray
 * "ы" in Ukrainian text or "ї" in Russian text still produces Latin letters instead of a gap.
 */
enum CyrillicLanguage {
  UKRAINIAN {
    @Override
    @Nullable String transliterate(int letter, boolean wordStart, int previousLetter) {
      String latin = UkrainianTable.transliterate(letter, wordStart, previousLetter);
      return latin != null ? latin : RussianTable.transliterate(letter);
    }
  },
  RUSSIAN {
    @Override
    @Nullable String transliterate(int letter, boolean wordStart, int previousLetter) {
      String latin = RussianTable.transliterate(letter);
      return latin != null
          ? latin
          : UkrainianTable.transliterate(letter, wordStart, previousLetter);
    }
  };

  /**
   * Transliterates one lower-case Cyrillic letter.
   *
   * @return the Latin rendering, empty for signs that are not rendered, or {@code null} when
   *     neither table knows the letter
   */
  abstract @Nullable String transliterate(int letter, boolean wordStart, int previousLetter);

  /**
   * Maps an explicit language hint: {@code ru} selects Russian; {@code uk} and {@code null} select
   * Ukrainian (the project's default language); any other language says nothing about Cyrillic, so
   * the text decides via {@link #detect}.
   */
  static CyrillicLanguage fromHint(Locale language, CharSequence text) {
    if (language == null) {
      return UKRAINIAN;
    }
    return switch (language.getLanguage()) {
      case "ru" -> RUSSIAN;
      case "uk" -> UKRAINIAN;
      default -> detect(text);
    };
  }

  /**
   * Guesses the language of a text without a hint: Russian when it contains a letter only Russian
   * uses (ы, э, ъ, ё) and none that only Ukrainian uses (і, ї, є, ґ); Ukrainian otherwise.
   *
   * <p>The heuristic is deliberately conservative: many Russian sentences contain none of these
   * letters and are then read as Ukrainian (so "Путин" becomes "putyn", not "putin"). Callers who
   * know the language should pass it as a hint.
   *
   * @param text NFC-normalised text, so that "ё" and "ї" are single code points
   */
  static CyrillicLanguage detect(CharSequence text) {
    boolean russianOnly = false;
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ' -> {
          return UKRAINIAN;
        }
        case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё' -> russianOnly = true;
        default -> {
          // Everything else is shared or not Cyrillic and carries no signal.
        }
      }
    }
    return russianOnly ? RUSSIAN : UKRAINIAN;
  }
}
