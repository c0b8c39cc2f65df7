package io.dateline.cms.slug;

import org.jspecify.annotations.Nullable;

/**
 * Latin letters that Unicode canonical decomposition cannot reduce to ASCII, because they are
 * letters in their own right rather than a base letter plus accents.
 *
 * <p>Stateless and therefore thread-safe.
 */
final class LatinFolding {

  private LatinFolding() {}

  /**
   * Folds one lower-case letter that has no canonical decomposition.
   *
   * @param letter a lower-case code point
   * @return its ASCII spelling, or {@code null} when it is not one of these letters
   */
  static @Nullable String fold(int letter) {
    return switch (letter) {
      case 'ß' -> "ss";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'ø' -> "o";
      case 'ł' -> "l";
      case 'đ', 'ð' -> "d";
      case 'þ' -> "th";
      // Dotless i: lower-casing the capital I already yields "i"; only the small form needs this.
      case 'ı' -> "i";
      default -> null;
    };
  }
}
