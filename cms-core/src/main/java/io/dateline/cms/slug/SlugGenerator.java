package io.dateline.cms.slug;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns headlines and names into URL slugs: lower-case ASCII words of {@code [a-z0-9]} joined by
 * single hyphens, for example "Біла Церква" → {@code bila-tserkva}.
 *
 * <ul>
 *   <li>Ukrainian Cyrillic follows the official national standard, Cabinet of Ministers of Ukraine
 *       Resolution No. 55 of 27 January 2010, including its position-dependent letters (Є, Ї, Й, Ю,
 *       Я), "зг" → {@code zgh}, and dropping the soft sign and apostrophes.
 *   <li>Russian Cyrillic uses a common URL table (ы {@code y}, э {@code e}, ё {@code yo}, ъ and ь
 *       dropped). Without a language hint the text decides: see {@link #slugify(String)}.
 *   <li>Latin letters lose their accents ("Crème Brûlée" → {@code creme-brulee}); ß, æ, œ, ø, ł, đ,
 *       ð, þ and ı are spelled out in ASCII. Decimal digits of any script become ASCII digits.
 *   <li>Everything else (other scripts, emoji, symbols, punctuation, unpaired surrogates) is
 *       dropped and separates words. Apostrophes, combining marks (such as stress accents) and
 *       invisible format characters (such as soft hyphens) are dropped without separating words.
 * </ul>
 *
 * <p>Slugs are never empty ({@code untitled} stands in when nothing usable remains) and never
 * longer than {@link #maxLength()}; long text is cut at a word boundary when one exists.
 *
 * <p>Instances are immutable and thread-safe. No method accepts {@code null} unless its
 * documentation says so.
 *
 * @since 0.1.0
 */
public final class SlugGenerator {

  /** What every slug matches: lower-case ASCII letters and digits, single inner hyphens. */
  public static final String SLUG_REGEX = "[a-z0-9]+(?:-[a-z0-9]+)*";

  /** The maximum slug length of {@link #standard()} and the bound {@link #isValidSlug} checks. */
  public static final int DEFAULT_MAX_LENGTH = 120;

  /** Returned when the text has nothing transliterable; its length sets the minimum max length. */
  static final String FALLBACK = "untitled";

  /**
   * {@link #uniqueSlug} tries at most this many candidates (the base and suffixes -2 to -10000). A
   * predicate that rejects them all is almost certainly broken, and looping forever would hang the
   * caller's request instead of reporting it.
   */
  static final int MAX_UNIQUE_ATTEMPTS = 10_000;

  private static final Pattern SLUG_PATTERN = Pattern.compile(SLUG_REGEX);

  private static final SlugGenerator STANDARD = new SlugGenerator(DEFAULT_MAX_LENGTH);

  /** Pre-built one-character strings so the common ASCII path allocates nothing. */
  private static final String[] ASCII = new String[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII[c] = String.valueOf(c);
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  private final int maxLength;

  private SlugGenerator(int maxLength) {
    this.maxLength = maxLength;
  }

  /**
   * Returns the generator with the default maximum length of {@value #DEFAULT_MAX_LENGTH}.
   *
   * @return a shared, thread-safe instance; never {@code null}
   */
  public static SlugGenerator standard() {
    return STANDARD;
  }

  /**
   * Returns a generator whose slugs are at most {@code maxLength} characters long.
   *
   * @param maxLength the maximum slug length, at least 8 so that the fallback slug {@code untitled}
   *     always fits
   * @return a thread-safe instance; never {@code null}
   * @throws IllegalArgumentException when {@code maxLength} is less than 8
   */
  public static SlugGenerator withMaxLength(int maxLength) {
    if (maxLength < FALLBACK.length()) {
      throw new IllegalArgumentException(
          "maxLength must be at least "
              + FALLBACK.length()
              + " so that the fallback slug \""
              + FALLBACK
              + "\" fits, but was "
              + maxLength);
    }
    return maxLength == DEFAULT_MAX_LENGTH ? STANDARD : new SlugGenerator(maxLength);
  }

  /**
   * Returns the maximum length of the slugs this generator produces.
   *
   * @return at least 8
   */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Turns {@code text} into a slug, guessing the language of any Cyrillic in it.
   *
   * <p>The guess is Russian when the text contains a letter only Russian uses (ы, э, ъ, ё) and no
   * letter only Ukrainian uses (і, ї, є, ґ), and Ukrainian otherwise. Russian text without any of
   * those letters is therefore read as Ukrainian ("Путин" → {@code putyn}); pass a language to
   * {@link #slugify(String, Locale)} when it is known.
   *
   * @param text any text, including empty text or text with unpaired surrogates
   * @return a slug matching {@link #SLUG_REGEX}, 1 to {@link #maxLength()} characters long; never
   *     {@code null}
   * @throws NullPointerException when {@code text} is {@code null}
   */
  public String slugify(String text) {
    Objects.requireNonNull(text, "text must not be null");
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    return build(normalized, CyrillicLanguage.detect(normalized));
  }

  /**
   * Turns {@code text} into a slug, reading any Cyrillic in it as the given language.
   *
   * @param text any text, including empty text or text with unpaired surrogates
   * @param language the language of the text: {@code ru} selects the Russian table; {@code uk} or
   *     {@code null} select the Ukrainian standard; any other language carries no information about
   *     Cyrillic, so the text decides as in {@link #slugify(String)}. Only the language part of the
   *     locale is used.
   * @return a slug matching {@link #SLUG_REGEX}, 1 to {@link #maxLength()} characters long; never
   *     {@code null}
   * @throws NullPointerException when {@code text} is {@code null}
   */
  public String slugify(String text, Locale language) {
    Objects.requireNonNull(text, "text must not be null");
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
    return build(normalized, CyrillicLanguage.fromHint(language, normalized));
  }

  /**
   * Returns {@code slugify(text)} or, when that is taken, the first free candidate of {@code
   * base-2}, {@code base-3}, and so on. The base is shortened as needed so that base and suffix
   * together fit in {@link #maxLength()}; the suffix is never cut.
   *
   * <p>The check is only as good as the predicate: two callers racing for the same slug can both
   * see it free, so storage must still enforce uniqueness. The predicate runs on the calling
   * thread, once per candidate.
   *
   * @param text any text; see {@link #slugify(String)}
   * @param isTaken returns {@code true} when a candidate slug is already in use
   * @return a slug matching {@link #SLUG_REGEX}, at most {@link #maxLength()} characters long, for
   *     which {@code isTaken} returned {@code false}; never {@code null}
   * @throws NullPointerException when {@code text} or {@code isTaken} is {@code null}
   * @throws IllegalStateException when {@code isTaken} reports all 10,000 candidates (the base and
   *     suffixes -2 to -10000) as taken
   */
  public String uniqueSlug(String text, Predicate<String> isTaken) {
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(isTaken, "isTaken must not be null");
    String base = slugify(text);
    if (!isTaken.test(base)) {
      return base;
    }
    for (int n = 2; n <= MAX_UNIQUE_ATTEMPTS; n++) {
      String suffix = "-" + n;
      // maxLength >= 8 and the suffix has at most 6 characters, so at least 2 remain for the base.
      String candidate = truncate(base, maxLength - suffix.length()) + suffix;
      if (!isTaken.test(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "No free slug for \""
            + base
            + "\": "
            + MAX_UNIQUE_ATTEMPTS
            + " candidates (the base and suffixes -2 to -"
            + MAX_UNIQUE_ATTEMPTS
            + ") were all taken; the isTaken predicate may be reporting every slug as taken");
  }

  /**
   * Tells whether {@code candidate} is a well-formed slug: it matches {@link #SLUG_REGEX} and is 1
   * to {@value #DEFAULT_MAX_LENGTH} characters long. Slugs from a generator with a larger {@link
   * #withMaxLength max length} may exceed that bound.
   *
   * @param candidate the string to check; may be {@code null}
   * @return {@code false} for {@code null}
   */
  public static boolean isValidSlug(String candidate) {
    return candidate != null
        && !candidate.isEmpty()
        && candidate.length() <= DEFAULT_MAX_LENGTH
        && SLUG_PATTERN.matcher(candidate).matches();
  }

  private String build(String text, CyrillicLanguage cyrillic) {
    StringBuilder slug = new StringBuilder(Math.min(text.length(), maxLength) + 8);
    boolean pendingHyphen = false;
    // The Ukrainian standard spells Є, Ї, Й, Ю, Я differently at the start of a word, i.e. when
    // the preceding character is not a letter, and "г" differently after "з".
    boolean afterLetter = false;
    int previousLetter = -1;
    // Once the slug is longer than maxLength, the rest of the text cannot change where it is cut.
    for (int i = 0; i < text.length() && slug.length() <= maxLength; ) {
      int codePoint = text.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isInsideWord(codePoint)) {
        continue;
      }
      int lower = Character.toLowerCase(codePoint);
      String latin = transliterate(lower, cyrillic, !afterLetter, previousLetter);
      if (latin == null) {
        pendingHyphen = slug.length() > 0;
        afterLetter = false;
        previousLetter = -1;
        continue;
      }
      afterLetter = Character.isLetter(codePoint);
      previousLetter = afterLetter ? lower : -1;
      if (!latin.isEmpty()) {
        if (pendingHyphen) {
          slug.append('-');
          pendingHyphen = false;
        }
        slug.append(latin);
      }
    }
    String bounded = truncate(slug, maxLength);
    return bounded.isEmpty() ? FALLBACK : bounded;
  }

  /**
   * Characters that are dropped without ending the word: apostrophes (the standard drops them, and
   * "Мар'яна" is one word, so its "я" is not word-initial), combining marks (stress accents in
   * dictionaries and teaching texts) and format characters (soft hyphens, zero-width joiners).
   */
  private static boolean isInsideWord(int codePoint) {
    switch (codePoint) {
      case '\'', // ASCII apostrophe, the usual keyboard substitute
      '\u2019', // right single quotation mark, what word processors produce
      '\u02BC', // modifier letter apostrophe, the orthographically correct one
      '\u2018', // left single quotation mark
      '\u02BB', // modifier letter turned comma
      '\u02B9', // modifier letter prime
      '\u2032', // prime
      '`', // grave accent, another keyboard substitute
      '\u00B4', // acute accent, likewise
      '\uFF07': // fullwidth apostrophe
        return true;
      default:
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.COMBINING_SPACING_MARK
            || type == Character.FORMAT;
    }
  }

  /**
   * Returns the ASCII spelling of one lower-case code point, which may be empty (the soft sign), or
   * {@code null} when the code point separates words.
   */
  private static @Nullable String transliterate(
      int lower, CyrillicLanguage cyrillic, boolean wordStart, int previousLetter) {
    if (lower < ASCII.length) {
      return ASCII[lower];
    }
    String latin = cyrillic.transliterate(lower, wordStart, previousLetter);
    if (latin != null) {
      return latin;
    }
    latin = LatinFolding.fold(lower);
    if (latin != null) {
      return latin;
    }
    int type = Character.getType(lower);
    if (type == Character.DECIMAL_DIGIT_NUMBER) {
      return ASCII['0' + Character.digit(lower, 10)];
    }
    // Only letters can decompose into something useful; this also keeps emoji, symbols and
    // unpaired surrogates away from the normaliser.
    if (!Character.isLetter(lower)) {
      return null;
    }
    return transliterateDecomposed(lower, cyrillic, wordStart, previousLetter);
  }

  /**
   * Reduces an accented letter to its base letters ("é" → "e", "ў" → "у") and transliterates those.
   * Canonical decomposition is complete, so the bases do not decompose further and this does not
   * recurse more than once.
   */
  private static @Nullable String transliterateDecomposed(
      int letter, CyrillicLanguage cyrillic, boolean wordStart, int previousLetter) {
    String original = new String(Character.toChars(letter));
    String decomposed = Normalizer.normalize(original, Normalizer.Form.NFD);
    if (decomposed.equals(original)) {
      return null;
    }
    StringBuilder latin = new StringBuilder();
    for (int i = 0; i < decomposed.length(); ) {
      int codePoint = decomposed.codePointAt(i);
      i += Character.charCount(codePoint);
      if (isInsideWord(codePoint)) {
        continue;
      }
      String part =
          transliterate(Character.toLowerCase(codePoint), cyrillic, wordStart, previousLetter);
      if (part == null) {
        // A base letter we cannot spell (Hangul jamo, for instance): drop the whole letter
        // rather than keep a misleading fragment of it.
        return null;
      }
      latin.append(part);
    }
    return latin.toString();
  }

  /**
   * Shortens a slug to at most {@code limit} characters, at the last word boundary that fits, or
   * inside the first word when even that is too long. The result never ends in a hyphen.
   */
  static String truncate(CharSequence slug, int limit) {
    String text = slug.toString();
    if (text.length() <= limit) {
      return text;
    }
    if (text.charAt(limit) == '-') {
      return text.substring(0, limit);
    }
    int lastHyphen = text.lastIndexOf('-', limit - 1);
    return lastHyphen > 0 ? text.substring(0, lastHyphen) : text.substring(0, limit);
  }
}
