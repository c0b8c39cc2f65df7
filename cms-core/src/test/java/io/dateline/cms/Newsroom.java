package io.dateline.cms;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.event.ArticleListener;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.testsupport.MutableClock;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * A ready-made Dateline over {@link InMemoryStorage} with two tenants, a {@link MutableClock} and
 * an {@link EventRecorder}: {@code unn}, a Ukrainian agency that also publishes in English and
 * Polish, and {@code city}, an English-only city portal used to check that tenants stay apart.
 */
public final class Newsroom implements AutoCloseable {
  /** The Ukrainian agency. */
  public static final TenantId UNN = TenantId.of("unn");

  /** The English city portal. */
  public static final TenantId CITY = TenantId.of("city");

  /** Ukrainian. */
  public static final Locale UK = Locale.forLanguageTag("uk");

  /** English. */
  public static final Locale EN = Locale.ENGLISH;

  /** Polish, the third language of {@code unn}. */
  public static final Locale PL = Locale.forLanguageTag("pl");

  /** When every newsroom's clock starts. */
  public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

  private final InMemoryStorage storage = new InMemoryStorage();
  private final MutableClock clock = MutableClock.at(START);
  private final EventRecorder events = new EventRecorder();
  private final Dateline cms;

  /** A newsroom with English messages. */
  public Newsroom() {
    this(Locale.ENGLISH);
  }

  /**
   * A newsroom with messages in a locale and extra listeners after the recorder.
   *
   * @param messageLocale the language of validation messages
   * @param listeners more listeners
   */
  public Newsroom(Locale messageLocale, ArticleListener... listeners) {
    Dateline.Builder builder =
        Dateline.builder()
            .storage(storage)
            .clock(clock)
            .messageLocale(messageLocale)
            .listener(events);
    for (ArticleListener listener : listeners) {
      builder.listener(listener);
    }
    cms = builder.build();
    cms.saveTenant(unnTenant());
    cms.saveTenant(cityTenant());
  }

  /**
   * The agency's settings.
   *
   * @return a valid tenant
   */
  public static Tenant unnTenant() {
    return Tenant.builder(
            UNN,
            "Ukrainian News Agency",
            UK,
            ZoneId.of("Europe/Kyiv"),
            URI.create("https://unn.example"))
        .publicationName("UNN")
        .supportedLocales(Set.of(EN, PL))
        .build();
  }

  /**
   * The city portal's settings.
   *
   * @return a valid tenant
   */
  public static Tenant cityTenant() {
    return Tenant.builder(
            CITY,
            "City Portal",
            EN,
            ZoneId.of("Europe/London"),
            URI.create("https://city.example/news"))
        .publicationName("City News")
        .supportedLocales(Set.of())
        .build();
  }

  /**
   * A valid Ukrainian draft with one paragraph.
   *
   * @param headline the headline
   * @return a builder to add more
   */
  public static ArticleDraft.Builder draft(String headline) {
    return ArticleDraft.builder(UK, headline).body(Block.Paragraph.of("Текст новини."));
  }

  /**
   * The entry point.
   *
   * @return the Dateline
   */
  public Dateline cms() {
    return cms;
  }

  /**
   * The storage under it.
   *
   * @return the in-memory store
   */
  public InMemoryStorage storage() {
    return storage;
  }

  /**
   * The clock.
   *
   * @return the clock every service reads
   */
  public MutableClock clock() {
    return clock;
  }

  /**
   * What listeners heard.
   *
   * @return the recorder
   */
  public EventRecorder events() {
    return events;
  }

  /**
   * The agency's content.
   *
   * @return its services
   */
  public TenantContent unn() {
    return cms.tenant(UNN);
  }

  /**
   * The city portal's content.
   *
   * @return its services
   */
  public TenantContent city() {
    return cms.tenant(CITY);
  }

  /**
   * Creates an author.
   *
   * @param site the tenant
   * @param name the name in the tenant's default language
   * @return the stored author
   */
  public static Author author(TenantContent site, String name) {
    return site.authors()
        .create(
            AuthorDraft.named(
                LocalizedText.of(site.tenant().defaultLocale().toLanguageTag(), name)));
  }

  /**
   * Creates a topic tag.
   *
   * @param site the tenant
   * @param name the name in the tenant's default language
   * @return the stored tag
   */
  public static Tag tag(TenantContent site, String name) {
    return site.tags()
        .create(
            TagDraft.of(
                TagKind.TOPIC,
                LocalizedText.of(site.tenant().defaultLocale().toLanguageTag(), name)));
  }

  /**
   * Creates a top-level section.
   *
   * @param site the tenant
   * @param name the name in the tenant's default language
   * @return the stored section
   */
  public static Section section(TenantContent site, String name) {
    return site.sections()
        .create(
            SectionDraft.of(LocalizedText.of(site.tenant().defaultLocale().toLanguageTag(), name)));
  }

  /**
   * Creates a city.
   *
   * @param site the tenant
   * @param name the name in the tenant's default language
   * @return the stored location
   */
  public static Location city(TenantContent site, String name) {
    return site.locations()
        .create(
            LocationDraft.of(
                LocationKind.CITY,
                LocalizedText.of(site.tenant().defaultLocale().toLanguageTag(), name)));
  }

  /**
   * One of each directory object an article can refer to, stored in one tenant.
   *
   * @param author a byline author
   * @param tag a topic tag
   * @param section a top-level section
   * @param kyiv a city used as dateline
   * @param lviv a city used as a place
   */
  public record Directory(Author author, Tag tag, Section section, Location kyiv, Location lviv) {
    /**
     * Makes a draft refer to every object: byline, tag, section, dateline Kyiv and place Lviv.
     *
     * @param draft the draft
     * @return the same builder
     */
    public ArticleDraft.Builder cite(ArticleDraft.Builder draft) {
      return draft
          .authors(author.id())
          .tags(tag.id())
          .sections(section.id())
          .dateline(kyiv.id())
          .places(lviv.id());
    }
  }

  /**
   * Stores one of each directory object in a tenant.
   *
   * @param site the tenant
   * @return what was stored
   */
  public static Directory directory(TenantContent site) {
    return new Directory(
        author(site, "Юлія Шрамко"),
        tag(site, "Сеул"),
        section(site, "Війна"),
        city(site, "Київ"),
        city(site, "Львів"));
  }

  /**
   * Creates and publishes an article now.
   *
   * @param site the tenant
   * @param draft the content
   * @return the published article
   */
  public static Article published(TenantContent site, ArticleDraft draft) {
    return site.articles().publish(site.articles().create(draft).id());
  }

  /**
   * How many articles a tenant has in any status.
   *
   * @param site the tenant
   * @return the count
   */
  public static long articleCount(TenantContent site) {
    return site.articles().count(ArticleQuery.anyStatus());
  }

  @Override
  public void close() {
    cms.close();
  }
}
