package io.dateline.cms.slug;

import org.jspecify.annotations.Nullable;

/**
 * A simple, position-independent Russian-to-Latin table in the style most Russian-language news
 * sites use for URLs (ё yo, й y, х kh, щ shch, ы y, э e, ю yu, я ya, hard and soft signs dropped).
 *
 * <p>Stateless and therefore thread-safe.
 */
final class RussianTable {

  private RussianTable() {}

  /**
   * Transliterates one lower-case Russian letter.
   *
   * @param letter a lower-case code point
   * @return the Latin rendering (empty for the hard and soft signs), or {@code null} when {@code
   *     letter} is not a letter of the Russian alphabet
   */
  static @Nullable String transliterate(int letter) {
    return switch (letter) {
      case 'а' -> "a";
      case 'б' -> "b";
      case 'в' -> "v";
      case 'г' -> "g";
      case 'д' -> "d";
      case 'е' -> "e";
      case 'ё' -> "yo";
      case 'ж' -> "zh";
      case 'з' -> "z";
      case 'и' -> "i";
      case 'й' -> "y";
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
      case 'ъ', 'ь' -> "";
      case 'ы' -> "y";
      case 'э' -> "e";
      case 'ю' -> "yu";
      case 'я' -> "ya";
      default -> null;
    };
  }
}
