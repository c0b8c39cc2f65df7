package io.dateline.cms.slug;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

@Label("SlugGenerator properties")
class SlugGeneratorPropertiesTest {

  private final SlugGenerator slugs = SlugGenerator.standard();

  @Property
  @Label("any UTF-16 text, lone surrogates included, gives a valid slug")
  void anyCharsGiveValidSlug(
      @ForAll @StringLength(max = 300) @CharRange(from = '\u0000', to = '\uffff') String text) {
    assertValid(slugs.slugify(text), slugs.maxLength());
  }

  @Property
  @Label("Cyrillic text with apostrophes and separators gives a valid slug in every language")
  void cyrillicGivesValidSlug(
      @ForAll
          @StringLength(max = 300)
          @CharRange(from = '\u0400', to = '\u052F')
          @Chars({' ', '-', '\'', '\u2019', '\u02BC', '\u0301', '1'})
          String text,
      @ForAll("languages") Locale language) {
    assertValid(slugs.slugify(text), slugs.maxLength());
    assertValid(slugs.slugify(text, language), slugs.maxLength());
  }

  @Property
  @Label("text mixing letters, surrogates and emoji gives a valid slug")
  void surrogatesGiveValidSlug(@ForAll("surrogateHeavyText") String text) {
    assertValid(slugs.slugify(text), slugs.maxLength());
  }

  @Property
  @Label("text of arbitrary code points gives a valid slug")
  void codePointsGiveValidSlug(@ForAll("codePointText") String text) {
    assertValid(slugs.slugify(text), slugs.maxLength());
  }

  @Property
  @Label("slugs respect any custom maximum length")
  void customMaxLength(
      @ForAll @IntRange(min = 8, max = 200) int maxLength, @ForAll("codePointText") String text) {
    SlugGenerator generator = SlugGenerator.withMaxLength(maxLength);
    String slug = generator.slugify(text);
    assertThat(slug).matches(SlugGenerator.SLUG_REGEX).hasSizeBetween(1, maxLength);
    assertThat(generator.slugify(slug)).isEqualTo(slug);
  }

  @Property
  @Label("slugify is idempotent on its own output")
  void idempotent(@ForAll("codePointText") String text, @ForAll("languages") Locale language) {
    String slug = slugs.slugify(text);
    assertThat(slugs.slugify(slug)).isEqualTo(slug);
    String hinted = slugs.slugify(text, language);
    assertThat(slugs.slugify(hinted, language)).isEqualTo(hinted);
  }

  @Property
  @Label("uniqueSlug returns a valid slug that is not taken")
  void uniqueSlugIsFreeAndValid(
      @ForAll("codePointText") String text,
      @ForAll @IntRange(min = 8, max = 40) int maxLength,
      @ForAll @IntRange(min = 0, max = 30) int alreadyTaken) {
    SlugGenerator generator = SlugGenerator.withMaxLength(maxLength);
    // Occupy the base and its first suffixes so that the suffix path and base trimming run.
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < alreadyTaken; i++) {
      taken.add(generator.uniqueSlug(text, taken::contains));
    }
    String slug = generator.uniqueSlug(text, taken::contains);
    assertThat(taken).doesNotContain(slug);
    assertThat(slug).matches(SlugGenerator.SLUG_REGEX).hasSizeBetween(1, maxLength);
  }

  @Provide
  Arbitrary<Locale> languages() {
    return Arbitraries.of(
        Locale.forLanguageTag("uk"), Locale.forLanguageTag("ru"), Locale.ENGLISH, Locale.ROOT);
  }

  @Provide
  Arbitrary<String> surrogateHeavyText() {
    return Arbitraries.strings()
        .withCharRange('\uD800', '\uDFFF')
        .withCharRange('a', 'z')
        .withCharRange('А', 'я')
        .withChars(' ', '\'', '\u200D', '\uFE0F')
        .ofMaxLength(300);
  }

  @Provide
  Arbitrary<String> codePointText() {
    Arbitrary<Integer> anyCodePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT);
    Arbitrary<Integer> likelyCodePoint =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0x20, 0x7E), // ASCII
            Arbitraries.integers().between(0xC0, 0x24F), // Latin with diacritics
            Arbitraries.integers().between(0x400, 0x4FF), // Cyrillic
            Arbitraries.integers().between(0x300, 0x36F), // combining marks
            Arbitraries.integers().between(0x1F300, 0x1FAFF), // emoji
            Arbitraries.integers().between(0x4E00, 0x4FFF)); // CJK
    return Arbitraries.frequencyOf(Tuple.of(1, anyCodePoint), Tuple.of(4, likelyCodePoint))
        .list()
        .ofMaxSize(300)
        .map(
            codePoints -> {
              StringBuilder text = new StringBuilder();
              codePoints.forEach(text::appendCodePoint);
              return text.toString();
            });
  }

  private static void assertValid(String slug, int maxLength) {
    assertThat(slug).hasSizeBetween(1, maxLength).matches(SlugGenerator.SLUG_REGEX);
    assertThat(SlugGenerator.isValidSlug(slug)).isTrue();
  }
}
