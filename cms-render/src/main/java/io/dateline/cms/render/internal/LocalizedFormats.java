package io.dateline.cms.render.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import io.dateline.cms.render.Labels;
import io.dateline.cms.render.TextRun;
import io.dateline.cms.render.TimeView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Words, counts, lists and times in the page's language. Plural forms and number grouping come from
 * ICU (CLDR data), not from hand-written rules: Ukrainian alone has four plural categories.
 *
 * <p>Thread-safe. ICU's {@link MessageFormat} is not, so each cached pattern is used under its own
 * lock; formatting takes a microsecond, so the lock is not worth avoiding with per-thread copies.
 *
 * @since 0.1.0
 */
public final class LocalizedFormats {
  /** The shared instance; the bundle is part of the jar, so there is nothing to configure. */
  public static final LocalizedFormats INSTANCE = new LocalizedFormats();

  private static final String BUNDLE = "io.dateline.cms.render.internal.messages";
  // Fall back to the base (English) bundle, never to the JVM's default locale.
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final DateTimeFormatter W3C =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  // Private-use characters mark where arguments go in a formatted message; user text is only
  // substituted after formatting, so it can never contain or forge a marker.
  private static final char MARK = '\uE000';

  private final ConcurrentMap<Locale, Labels> labels = new ConcurrentHashMap<>();
  private final ConcurrentMap<Locale, Map<String, MessageFormat>> messages =
      new ConcurrentHashMap<>();
  private final ConcurrentMap<Locale, DateTimeFormatter> dates = new ConcurrentHashMap<>();
  private final ConcurrentMap<Locale, ListFormatter> lists = new ConcurrentHashMap<>();
  private final ConcurrentMap<Locale, String> languageNames = new ConcurrentHashMap<>();
  private final ConcurrentMap<Locale, String> openGraphLocales = new ConcurrentHashMap<>();

  /** Formatted view counts; about 60 bytes each, so at most about 1 MB. */
  private final Cache<CountKey, String> viewTexts =
      Caffeine.newBuilder().maximumSize(16_384).build();

  private LocalizedFormats() {}

  /**
   * The theme's labels.
   *
   * @param locale the page's locale
   * @return the labels
   */
  public Labels labels(Locale locale) {
    return labels.computeIfAbsent(
        locale,
        l -> {
          ResourceBundle b = bundle(l);
          return new Labels(
              l,
              b.getString("exclusive"),
              b.getString("mostRead"),
              b.getString("latest"),
              b.getString("nextPage"),
              b.getString("byline"),
              b.getString("sections"),
              b.getString("tags"),
              b.getString("places"),
              b.getString("published"),
              b.getString("updated"),
              b.getString("translations"));
        });
  }

  /**
   * One of the theme's fixed texts, as written in the bundle (not a pattern: nothing is
   * substituted).
   *
   * @param key the key in {@code messages*.properties}
   * @param locale the page's locale
   * @return the text in the locale's language, else in English
   * @throws java.util.MissingResourceException when the key does not exist
   */
  public String text(String key, Locale locale) {
    return bundle(locale).getString(key);
  }

  /**
   * The language the theme's texts for a locale are actually in: the locale's language when there
   * is a bundle for it, else English (the base bundle). Pages whose words all come from the bundle
   * declare this as their {@code lang}, so that a page asked for in German but written in English
   * says so.
   *
   * @param locale the page's locale
   * @return a BCP 47 language tag
   */
  public String textLanguage(Locale locale) {
    Locale found = bundle(locale).getLocale();
    return found.getLanguage().isEmpty() ? "en" : found.toLanguageTag();
  }

  /**
   * A view count in words, with the locale's grouping and plural form: "30,138 views", "21
   * перегляд".
   *
   * @param count the count
   * @param locale the page's locale
   * @return the text
   */
  public String views(long count, Locale locale) {
    // Every headline of a page shows one (the most-read and related boxes hold up to fifteen), and
    // an ICU plural format under its lock was a tenth of an article page's time under load. The
    // same counts recur from request to request (they change only as views are stored), so the
    // texts are kept in a bounded cache; a miss formats as before.
    return viewTexts.get(
        new CountKey(locale, count),
        k -> {
          Map<String, Object> args = new HashMap<>(2);
          args.put("count", count);
          return format(locale, "views", args);
        });
  }

  /** A view count in one language, the key of {@link #viewTexts}. */
  private record CountKey(Locale locale, long count) {}

  /**
   * A feed's title.
   *
   * @param publication the publication's name
   * @param subject the section or tag name, or {@code null} for the whole edition
   * @param locale the feed's language
   * @return the title
   */
  public String feedTitle(String publication, @Nullable String subject, Locale locale) {
    if (subject == null) {
      return publication;
    }
    Map<String, Object> args = new HashMap<>(4);
    args.put("publication", publication);
    args.put("subject", subject);
    return format(locale, "feedTitle", args);
  }

  /**
   * The description of a listing page for search results and link previews, such as "Economy — UNN.
   * The newest stories first."
   *
   * @param publication the publication's name
   * @param subject what the listing lists (its title)
   * @param locale the page's locale
   * @return the description
   */
  public String listingDescription(String publication, String subject, Locale locale) {
    Map<String, Object> args = new HashMap<>(4);
    args.put("publication", publication);
    args.put("subject", subject);
    return format(locale, "listingDescription", args);
  }

  /**
   * The source attribution sentence, such as "UNN reports citing Le Monde and Reuters", as runs so
   * that sources with URLs become links.
   *
   * @param publication the publication's name
   * @param sources one run per source
   * @param locale the page's locale
   * @return the runs; empty when there are no sources
   */
  public List<TextRun> attribution(String publication, List<TextRun> sources, Locale locale) {
    if (sources.isEmpty()) {
      return List.of();
    }
    List<String> markers = new ArrayList<>(sources.size());
    for (int i = 0; i < sources.size(); i++) {
      markers.add(marker(i + 1));
    }
    Map<String, Object> args = new HashMap<>(4);
    args.put("publication", marker(0));
    args.put("sources", listFormatter(locale).format(markers));
    String sentence = format(locale, "attribution", args);

    List<TextRun> runs = new ArrayList<>();
    int start = 0;
    for (int i = sentence.indexOf(MARK); i >= 0; i = sentence.indexOf(MARK, start)) {
      if (i > start) {
        runs.add(new TextRun(sentence.substring(start, i), null));
      }
      int end = sentence.indexOf(MARK, i + 1);
      int index = Integer.parseInt(sentence.substring(i + 1, end));
      runs.add(index == 0 ? new TextRun(publication, null) : sources.get(index - 1));
      start = end + 1;
    }
    if (start < sentence.length()) {
      runs.add(new TextRun(sentence.substring(start), null));
    }
    return List.copyOf(runs);
  }

  /**
   * A moment for readers and machines.
   *
   * @param instant the moment
   * @param zone the tenant's zone
   * @param locale the page's locale
   * @return the time view
   */
  public TimeView time(Instant instant, ZoneId zone, Locale locale) {
    DateTimeFormatter text =
        dates.computeIfAbsent(
            locale,
            l ->
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                    .withLocale(l));
    return new TimeView(instant, w3c(instant, zone), text.format(instant.atZone(zone)));
  }

  /**
   * A W3C date-time with offset, to the second: {@code 2026-11-27T10:15:00+02:00}.
   *
   * @param instant the moment
   * @param zone the zone whose offset to show
   * @return the text
   */
  public static String w3c(Instant instant, ZoneId zone) {
    return W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  /**
   * A language's name in that language, capitalized for a menu: "Українська", "English".
   *
   * @param language the language
   * @return the name
   */
  public String languageName(Locale language) {
    return languageNames.computeIfAbsent(
        language,
        l ->
            LocaleDisplayNames.getInstance(
                    ULocale.forLocale(l), DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
                .localeDisplayName(ULocale.forLocale(l)));
  }

  /**
   * A locale in OpenGraph's {@code language_TERRITORY} form. A bare language gets its likely
   * territory from CLDR: {@code uk} becomes {@code uk_UA}, {@code en} becomes {@code en_US}.
   *
   * @param locale the locale
   * @return the OpenGraph locale
   */
  public String openGraphLocale(Locale locale) {
    return openGraphLocales.computeIfAbsent(
        locale,
        l -> {
          ULocale full = ULocale.addLikelySubtags(ULocale.forLocale(l));
          return full.getCountry().isEmpty()
              ? full.getLanguage()
              : full.getLanguage() + "_" + full.getCountry();
        });
  }

  private static String marker(int index) {
    return MARK + Integer.toString(index) + MARK;
  }

  private ListFormatter listFormatter(Locale locale) {
    return lists.computeIfAbsent(locale, l -> ListFormatter.getInstance(ULocale.forLocale(l)));
  }

  private String format(Locale locale, String key, Map<String, Object> args) {
    MessageFormat format =
        messages
            .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(
                key,
                k -> new MessageFormat(bundle(locale).getString(k), ULocale.forLocale(locale)));
    synchronized (format) {
      return format.format(args);
    }
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, locale, LocalizedFormats.class.getClassLoader(), NO_FALLBACK);
  }
}
