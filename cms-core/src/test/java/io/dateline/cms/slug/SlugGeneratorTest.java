package io.dateline.cms.slug;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SlugGenerator")
class SlugGeneratorTest {

  private final SlugGenerator slugs = SlugGenerator.standard();

  @Nested
  @DisplayName("transliterates Ukrainian by Resolution No. 55 of 2010")
  class UkrainianStandard {

    /** The examples column of the resolution's table, in its order. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Алушта, Alushta",
      "Андрій, Andrii",
      "Борщагівка, Borshchahivka",
      "Борисенко, Borysenko",
      "Вінниця, Vinnytsia",
      "Володимир, Volodymyr",
      "Гадяч, Hadiach",
      "Богдан, Bohdan",
      "Згурський, Zghurskyi",
      "Ґалаґан, Galagan",
      "Ґорґани, Gorgany",
      "Донецьк, Donetsk",
      "Дмитро, Dmytro",
      "Рівне, Rivne",
      "Олег, Oleh",
      "Есмань, Esman",
      "Єнакієве, Yenakiieve",
      "Гаєвич, Haievych",
      "Короп'є, Koropie",
      "Житомир, Zhytomyr",
      "Жанна, Zhanna",
      "Жежелів, Zhezheliv",
      "Закарпаття, Zakarpattia",
      "Казимирчук, Kazymyrchuk",
      "Медвин, Medvyn",
      "Михайленко, Mykhailenko",
      "Іванків, Ivankiv",
      "Іващенко, Ivashchenko",
      "Їжакевич, Yizhakevych",
      "Кадиївка, Kadyivka",
      "Мар'їне, Marine",
      "Йосипівка, Yosypivka",
      "Стрий, Stryi",
      "Олексій, Oleksii",
      "Київ, Kyiv",
      "Коваленко, Kovalenko",
      "Лебедин, Lebedyn",
      "Леонід, Leonid",
      "Миколаїв, Mykolaiv",
      "Маринич, Marynych",
      "Ніжин, Nizhyn",
      "Наталія, Nataliia",
      "Одеса, Odesa",
      "Онищенко, Onyshchenko",
      "Полтава, Poltava",
      "Петро, Petro",
      "Решетилівка, Reshetylivka",
      "Рибчинський, Rybchynskyi",
      "Суми, Sumy",
      "Соломія, Solomiia",
      "Тернопіль, Ternopil",
      "Троць, Trots",
      "Ужгород, Uzhhorod",
      "Уляна, Uliana",
      "Фастів, Fastiv",
      "Філіпчук, Filipchuk",
      "Харків, Kharkiv",
      "Христина, Khrystyna",
      "Біла Церква, Bila Tserkva",
      "Стеценко, Stetsenko",
      "Чернівці, Chernivtsi",
      "Шевченко, Shevchenko",
      "Шостка, Shostka",
      "Кишеньки, Kyshenky",
      "Щербухи, Shcherbukhy",
      "Гоща, Hoshcha",
      "Гаращенко, Harashchenko",
      "Юрій, Yurii",
      "Корюківка, Koriukivka",
      "Яготин, Yahotyn",
      "Ярошенко, Yaroshenko",
      "Костянтин, Kostiantyn",
      "Знам'янка, Znamianka",
      "Феодосія, Feodosiia",
    })
    @DisplayName("renders every example word of the standard's table as it does")
    void standardExamples(String cyrillic, String latin) {
      String expected = latin.toLowerCase(Locale.ROOT).replace(' ', '-');
      assertThat(slugs.slugify(cyrillic)).isEqualTo(expected);
      assertThat(slugs.slugify(cyrillic, Locale.forLanguageTag("uk"))).isEqualTo(expected);
      assertThat(slugs.slugify(cyrillic, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Джо Байден, dzho-baiden",
      "Антоній Блінкен, antonii-blinken",
      "Сеул, seul",
      "Україна, ukraina",
      "Мар'яна, mariana",
    })
    @DisplayName("renders newsroom names and places")
    void newsroomNames(String cyrillic, String expected) {
      assertThat(slugs.slugify(cyrillic)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Є Є, ye-ye",
      "єєє, yeieie",
      "Ї, yi",
      "її, yii",
      "Й Й, y-y",
      "йй, yi",
      "Ю, yu",
      "юю, yuiu",
      "Я, ya",
      "яя, yaia",
    })
    @DisplayName("writes Є, Ї, Й, Ю, Я one way at the start of a word and another way inside it")
    void positionDependentLetters(String cyrillic, String expected) {
      assertThat(slugs.slugify(cyrillic)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Київ-Юрій|kyiv-yurii",
          "(Юрій)|yurii",
          "1Юрій|1yurii",
          "«Їжак»|yizhak",
          "Kyїv|kyiv",
        })
    @DisplayName("treats a letter after a non-letter as the start of a word")
    void wordStartAfterNonLetter(String text, String expected) {
      assertThat(slugs.slugify(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Згурський, zghurskyi",
      "ЗГУРСЬКИЙ, zghurskyi",
      "розгін, rozghin",
      "Розгон, rozghon",
      "з гори, z-hory",
      "Ужгород, uzhhorod",
    })
    @DisplayName("renders зг as zgh so that it cannot be read as zh")
    void zgh(String cyrillic, String expected) {
      assertThat(slugs.slugify(cyrillic)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "apostrophe U+{0}")
    @ValueSource(strings = {"0027", "2019", "02BC", "2018", "0060", "00B4", "02B9", "2032", "FF07"})
    @DisplayName("drops every kind of apostrophe without starting a new word")
    void apostropheVariants(String hex) {
      String apostrophe = Character.toString(Integer.parseInt(hex, 16));
      assertThat(slugs.slugify("Знам" + apostrophe + "янка")).isEqualTo("znamianka");
      assertThat(slugs.slugify("Мар" + apostrophe + "їне")).isEqualTo("marine");
      assertThat(slugs.slugify("м" + apostrophe + "ю")).isEqualTo("miu");
    }

    @Test
    @DisplayName("treats an apostrophe that opens a quotation as the start of a word")
    void leadingApostrophe() {
      assertThat(slugs.slugify("'Юрій'")).isEqualTo("yurii");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Донецьк, donetsk",
      "Тернопіль, ternopil",
      "ТЕРНОПІЛЬ, ternopil",
      "Львів, lviv",
      "ь, untitled",
    })
    @DisplayName("drops the soft sign")
    void softSign(String cyrillic, String expected) {
      assertThat(slugs.slugify(cyrillic)).isEqualTo(expected);
    }

    @Test
    @DisplayName("reads decomposed letters the same as precomposed ones")
    void decomposedInput() {
      // й = и + U+0306, ї = і + U+0308: text pasted from some editors arrives decomposed.
      assertThat(slugs.slugify("Андріи\u0306")).isEqualTo("andrii");
      assertThat(slugs.slugify("Киі\u0308в")).isEqualTo("kyiv");
    }

    @Test
    @DisplayName("ignores stress accents and soft hyphens inside words")
    void stressAndSoftHyphen() {
      assertThat(slugs.slugify("Ки\u0301їв")).isEqualTo("kyiv");
      assertThat(slugs.slugify("Кос\u00ADтян\u00ADтин")).isEqualTo("kostiantyn");
    }
  }

  @Nested
  @DisplayName("transliterates Russian")
  class Russian {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Объявление, obyavlenie",
      "Съезд, sezd",
      "Эхо Москвы, ekho-moskvy",
      "Ёлка, yolka",
      "Щёлково, shchyolkovo",
      "Подъезд, podezd",
    })
    @DisplayName("chooses the Russian table for text with Russian-only letters")
    void detected(String cyrillic, String expected) {
      assertThat(slugs.slugify(cyrillic)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Путин, putin",
      "Москва, moskva",
      "Георгий, georgiy",
      "Юрий Гагарин, yuriy-gagarin",
      "Хабаровск, khabarovsk",
      "Царицын, tsaritsyn",
      "Малая Ямская, malaya-yamskaya",
      "Ульяновск, ulyanovsk",
    })
    @DisplayName("uses Russian values for shared letters when told the text is Russian")
    void hinted(String cyrillic, String expected) {
      assertThat(slugs.slugify(cyrillic, Locale.forLanguageTag("ru"))).isEqualTo(expected);
      assertThat(slugs.slugify(cyrillic, Locale.forLanguageTag("ru-RU"))).isEqualTo(expected);
    }

    @Test
    @DisplayName("reads Russian text without Russian-only letters as Ukrainian unless told")
    void ambiguousDefaultsToUkrainian() {
      assertThat(slugs.slugify("Путин")).isEqualTo("putyn");
      assertThat(slugs.slugify("Путин", Locale.ENGLISH)).isEqualTo("putyn");
    }

    @Test
    @DisplayName("prefers Ukrainian when the text has letters of both alphabets")
    void ukrainianLettersWin() {
      assertThat(slugs.slugify("Київ і Объединение")).isEqualTo("kyiv-i-obedynenye");
    }

    @Test
    @DisplayName("lets the Ukrainian hint override the detection")
    void ukrainianHintOverridesDetection() {
      assertThat(slugs.slugify("Объявление")).isEqualTo("obyavlenie");
      assertThat(slugs.slugify("Объявление", Locale.forLanguageTag("uk"))).isEqualTo("obiavlenye");
      assertThat(slugs.slugify("Объявление", null)).isEqualTo("obiavlenye");
    }

    @Test
    @DisplayName("still spells Ukrainian-only letters when told the text is Russian")
    void ukrainianLettersInRussianText() {
      assertThat(slugs.slugify("Їжак і ґанок", Locale.forLanguageTag("ru")))
          .isEqualTo("yizhak-i-ganok");
    }
  }

  @Nested
  @DisplayName("folds Latin letters to ASCII")
  class LatinLetters {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
      "Crème Brûlée, creme-brulee",
      "Straße, strasse",
      "STRAẞE, strasse",
      "Łódź, lodz",
      "Ærøskøbing, aeroskobing",
      "Œuvre, oeuvre",
      "Đakovo, dakovo",
      "Þingvellir, thingvellir",
      "Sauðárkrókur, saudarkrokur",
      "Diyarbakır, diyarbakir",
      "İstanbul, istanbul",
      "São Paulo, sao-paulo",
      "Ñandú, nandu",
      "Dvořák, dvorak",
      "Citroën C4, citroen-c4",
    })
    @DisplayName("strips accents and spells out letters that do not decompose")
    void folding(String text, String expected) {
      assertThat(slugs.slugify(text)).isEqualTo(expected);
    }

    @Test
    @DisplayName("keeps digits, including those of other scripts")
    void digits() {
      assertThat(slugs.slugify("COVID-19: 2024 in review")).isEqualTo("covid-19-2024-in-review");
      assertThat(slugs.slugify("٢٠٢٤")).isEqualTo("2024");
      assertThat(slugs.slugify("２０２４年")).isEqualTo("2024");
    }

    @Test
    @DisplayName("drops English apostrophes inside words")
    void englishApostrophes() {
      assertThat(slugs.slugify("Don't Stop — It’s Rock'n'Roll!"))
          .isEqualTo("dont-stop-its-rocknroll");
    }
  }

  @Nested
  @DisplayName("handles mixed and unsupported scripts")
  class OtherScripts {

    @Test
    @DisplayName("transliterates each script in a mixed headline")
    void mixedScripts() {
      assertThat(slugs.slugify("Зеленський meets Macron у Парижі"))
          .isEqualTo("zelenskyi-meets-macron-u-paryzhi");
      assertThat(slugs.slugify("iPhone 16 в Україні")).isEqualTo("iphone-16-v-ukraini");
    }

    @Test
    @DisplayName("drops emoji, CJK and symbols and treats them as word separators")
    void dropsUnsupported() {
      assertThat(slugs.slugify("Київ🚀Львів")).isEqualTo("kyiv-lviv");
      assertThat(slugs.slugify("東京 Tokyo 2020")).isEqualTo("tokyo-2020");
      assertThat(slugs.slugify("Ціни ↑ 5% & €100")).isEqualTo("tsiny-5-100");
      assertThat(slugs.slugify("👨‍👩‍👧 family")).isEqualTo("family");
      assertThat(slugs.slugify("Ελλάδα Greece")).isEqualTo("greece");
      assertThat(slugs.slugify("서울 Seoul")).isEqualTo("seoul");
    }

    @Test
    @DisplayName("collapses runs of separators into one hyphen and trims the ends")
    void separators() {
      assertThat(slugs.slugify("  --Hello,   World!!--  ")).isEqualTo("hello-world");
      assertThat(slugs.slugify("a\tb\nc")).isEqualTo("a-b-c");
    }

    @Test
    @DisplayName("survives unpaired surrogates")
    void unpairedSurrogates() {
      assertThat(slugs.slugify("a\uD800b\uDC00c\uD83D")).isEqualTo("a-b-c");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "---", "🚀🚀", "東京", "!!!", "ьъ", "'", "\u0301"})
    @DisplayName("falls back to untitled when nothing usable remains")
    void fallback(String text) {
      assertThat(slugs.slugify(text)).isEqualTo("untitled");
    }
  }

  @Nested
  @DisplayName("bounds the length")
  class Length {

    @Test
    @DisplayName("cuts long text at the last word boundary that fits")
    void cutsAtWordBoundary() {
      SlugGenerator twenty = SlugGenerator.withMaxLength(20);
      assertThat(twenty.slugify("Президент України провів зустріч")).isEqualTo("prezydent-ukrainy");
      assertThat(twenty.slugify("aaaa bbbb cccc dddd eeee")).isEqualTo("aaaa-bbbb-cccc-dddd");
    }

    @Test
    @DisplayName("keeps text that fits exactly")
    void exactFit() {
      SlugGenerator ten = SlugGenerator.withMaxLength(10);
      assertThat(ten.slugify("abcd efghi")).isEqualTo("abcd-efghi");
      assertThat(ten.slugify("abcd efghi jk")).isEqualTo("abcd-efghi");
    }

    @Test
    @DisplayName("cuts inside the first word when it alone is too long")
    void cutsLongFirstWord() {
      SlugGenerator eight = SlugGenerator.withMaxLength(8);
      assertThat(eight.slugify("Борщагівка")).isEqualTo("borshcha");
      assertThat(eight.slugify("abcdefghijk lm")).isEqualTo("abcdefgh");
    }

    @Test
    @DisplayName("drops a whole word rather than keep part of a later one")
    void noTrailingHyphen() {
      SlugGenerator nine = SlugGenerator.withMaxLength(9);
      assertThat(nine.slugify("ab щщщ")).isEqualTo("ab");
    }

    @Test
    @DisplayName("uses 120 characters by default")
    void defaultLength() {
      String text = "слово ".repeat(100);
      String slug = slugs.slugify(text);
      assertThat(slugs.maxLength()).isEqualTo(SlugGenerator.DEFAULT_MAX_LENGTH).isEqualTo(120);
      assertThat(slug).hasSizeLessThanOrEqualTo(120).startsWith("slovo-slovo").endsWith("slovo");
      assertThat(SlugGenerator.isValidSlug(slug)).isTrue();
    }

    @Test
    @DisplayName("handles very long text")
    void veryLongText() {
      String slug = slugs.slugify("Київ ".repeat(200_000));
      assertThat(slug).hasSizeLessThanOrEqualTo(120).endsWith("kyiv");
    }
  }

  @Nested
  @DisplayName("makes slugs unique")
  class Unique {

    @Test
    @DisplayName("returns the plain slug when it is free")
    void freeBase() {
      assertThat(slugs.uniqueSlug("Київ", taken -> false)).isEqualTo("kyiv");
    }

    @Test
    @DisplayName("appends -2, -3 and so on until a slug is free")
    void suffixes() {
      Set<String> taken = new HashSet<>(Set.of("kyiv", "kyiv-2", "kyiv-3"));
      assertThat(slugs.uniqueSlug("Київ", taken::contains)).isEqualTo("kyiv-4");
    }

    @Test
    @DisplayName("suffixes the fallback slug too")
    void suffixesFallback() {
      assertThat(slugs.uniqueSlug("🚀", "untitled"::equals)).isEqualTo("untitled-2");
    }

    @Test
    @DisplayName("shortens the base, never the suffix, to stay within the maximum length")
    void shortensBase() {
      SlugGenerator ten = SlugGenerator.withMaxLength(10);
      assertThat(ten.uniqueSlug("abcdefghij", "abcdefghij"::equals)).isEqualTo("abcdefgh-2");
      assertThat(ten.uniqueSlug("abcd efghi", "abcd-efghi"::equals)).isEqualTo("abcd-2");
      Set<String> taken = new HashSet<>(Set.of("abcdefghij"));
      for (int n = 2; n <= 9; n++) {
        taken.add("abcdefgh-" + n);
      }
      assertThat(ten.uniqueSlug("abcdefghij", taken::contains)).isEqualTo("abcdefg-10");
    }

    @Test
    @DisplayName("gives up with an explanation after 10,000 attempts")
    void givesUp() {
      AtomicInteger calls = new AtomicInteger();
      assertThatThrownBy(
              () ->
                  slugs.uniqueSlug(
                      "Київ",
                      candidate -> {
                        calls.incrementAndGet();
                        return true;
                      }))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("kyiv")
          .hasMessageContaining("10000")
          .hasMessageContaining("isTaken");
      assertThat(calls).hasValue(10_000);
    }

    @Test
    @DisplayName("finds the last candidate before giving up")
    void lastCandidate() {
      assertThat(slugs.uniqueSlug("Київ", candidate -> !candidate.equals("kyiv-10000")))
          .isEqualTo("kyiv-10000");
    }
  }

  @Nested
  @DisplayName("validates slugs and arguments")
  class Validation {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"a", "kyiv", "bila-tserkva", "covid-19", "2024"})
    @DisplayName("accepts well-formed slugs")
    void validSlugs(String candidate) {
      assertThat(SlugGenerator.isValidSlug(candidate)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "-a", "a-", "a--b", "Kyiv", "kyiv slug", "київ", "a_b", "é"})
    @DisplayName("rejects malformed slugs")
    void invalidSlugs(String candidate) {
      assertThat(SlugGenerator.isValidSlug(candidate)).isFalse();
    }

    @Test
    @DisplayName("rejects null and slugs longer than the default maximum")
    void nullAndTooLong() {
      assertThat(SlugGenerator.isValidSlug(null)).isFalse();
      assertThat(SlugGenerator.isValidSlug("a".repeat(120))).isTrue();
      assertThat(SlugGenerator.isValidSlug("a".repeat(121))).isFalse();
    }

    @Test
    @DisplayName("rejects a maximum length below 8, naming the rule")
    void tooShortMaxLength() {
      assertThatThrownBy(() -> SlugGenerator.withMaxLength(7))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least 8")
          .hasMessageContaining("untitled")
          .hasMessageContaining("7");
      assertThat(SlugGenerator.withMaxLength(8).maxLength()).isEqualTo(8);
      assertThat(SlugGenerator.withMaxLength(500).maxLength()).isEqualTo(500);
    }

    @Test
    @DisplayName("rejects null text and predicates, naming the argument")
    void nulls() {
      assertThatThrownBy(() -> slugs.slugify(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("text");
      assertThatThrownBy(() -> slugs.slugify(null, Locale.ENGLISH))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("text");
      assertThatThrownBy(() -> slugs.uniqueSlug(null, s -> false))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("text");
      assertThatThrownBy(() -> slugs.uniqueSlug("x", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("isTaken");
    }
  }
}
