package io.dateline.cms.slug;

import org.jspecify.annotations.Nullable;

/**
 * The Ukrainian-to-Latin table of the Cabinet of Ministers of Ukraine Resolution No. 55 of 27
 * January 2010 ("Про впорядкування транслітерації українського алфавіту латиницею").
 *
 * <p>Hand-written on purpose instead of using ICU4J: core must stay small, and ICU's
 * Ukrainian-Latin transform follows a different (BGN/PCGN) system, not the national standard that
 * Ukrainian media and official documents use.
 *
 * <p>Stateless and therefore thread-safe.
 */
final class UkrainianTable {

  private UkrainianTable() {}

  /**
   * Transliterates one lower-case Ukrainian letter.
   *
   * @param letter a lower-case code point
   * @param wordStart whether the letter opens a word; the standard writes Є, Ї, Й, Ю, Я as ye, yi,
   *     y, yu, ya there and as ie, i, i, iu, ia elsewhere
   * @param previousLetter the lower-case letter before it in the same word, or {@code -1}; needed
   *     because the standard writes the "г" of "зг" as "gh" so that "zgh" cannot be read as "zh"
   * @return the Latin rendering (empty for the soft sign), or {@code null} when {@code letter} is
   *     not a letter of the Ukrainian alphabet
   */
  static @Nullable String transliterate(int letter, boolean wordStart, int previousLetter) {
    return switch (letter) {
      case 'а' -> "a";
      case 'б' -> "b";
      case 'в' -> "v";
      case 'г' -> previousLetter == 'з' ? "gh" : "h";
      case 'ґ' -> "g";
      case 'д' -> "d";
      case 'е' -> "e";
      case 'є' -> wordStart ? "ye" : "ie";
      case 'ж' -> "zh";
      case 'з' -> "z";
      case 'и' -> "y";
      case 'і' -> "i";
      case 'ї' -> wordStart ? "yi" : "i";
      case 'й' -> wordStart ? "y" : "i";
      case 'к' -> "k";
      case 'л' -> "l";
      case 'м' -> "m";
      case 'н' -> "n";
      case 'о' -> "o";
      case 'п' -> "p";
      case 'р' -> "r";
      case 'с' -> "s";
      case 'т' -> "t";
      case 'у' -> "u";
      case 'ф' -> "f";
      case 'х' -> "kh";
      case 'ц' -> "ts";
      case 'ч' -> "ch";
      case 'ш' -> "sh";
      case 'щ' -> "shch";
      // The standard does not render the soft sign at all ("Донецьк" -> "Donetsk").
      case 'ь' -> "";
      case 'ю' -> wordStart ? "yu" : "iu";
      case 'я' -> wordStart ? "ya" : "ia";
      default -> null;
    };
  }
}
