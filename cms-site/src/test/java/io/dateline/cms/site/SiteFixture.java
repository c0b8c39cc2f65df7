package io.dateline.cms.site;

import io.dateline.cms.Dateline;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block.Heading;
import io.dateline.cms.model.Block.Paragraph;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * One tenant with Ukrainian (default) and English editions, a section, a tag, an author and a
 * location, and published articles (one with an English translation), created through the API.
 */
final class SiteFixture {
  static final Locale UK = Locale.forLanguageTag("uk");

  final Tenant tenant;
  final TenantContent content;
  final Section section;
  final Tag tag;
  final Author author;
  final Location location;
  final List<Article> articles = new ArrayList<>();
  final Article original;
  final Article translation;
  final Article draft;

  /**
   * Creates the content.
   *
   * @param cms where
   * @param base the server's root URL, ending in {@code /}
   * @param articleCount how many published Ukrainian articles besides the translated pair
   */
  SiteFixture(Dateline cms, String base, int articleCount) {
    String id = "t" + UUID.randomUUID().toString().substring(0, 8);
    tenant =
        cms.saveTenant(
            Tenant.builder(
                    TenantId.of(id),
                    "Test News " + id,
                    UK,
                    ZoneId.of("Europe/Kyiv"),
                    URI.create(base + id + "/"))
                .publicationName("TN")
                .supportedLocales(Set.of(UK, Locale.ENGLISH))
                .build());
    content = cms.tenant(tenant.id());
    section =
        content
            .sections()
            .create(SectionDraft.of(LocalizedText.of("uk", "Політика", "en", "Politics")));
    tag =
        content
            .tags()
            .create(
                TagDraft.of(
                    TagKind.PERSON, LocalizedText.of("uk", "Джо Байден", "en", "Joe Biden")));
    author =
        content
            .authors()
            .create(
                AuthorDraft.named(LocalizedText.of("uk", "Олена Шевчук", "en", "Olena Shevchuk")));
    location =
        content
            .locations()
            .create(
                LocationDraft.of(LocationKind.CITY, LocalizedText.of("uk", "Київ", "en", "Kyiv")));
    for (int i = 0; i < articleCount; i++) {
      articles.add(publish(UK, "Новина номер " + i, null));
    }
    original = publish(UK, "Енергетики відновили живлення", null);
    translation = publish(Locale.ENGLISH, "Power restored", original);
    draft = content.articles().create(draft(UK, "Чернетка", null).build());
  }

  private ArticleDraft.Builder draft(Locale language, String headline, Article translationOf) {
    ArticleDraft.Builder b =
        ArticleDraft.builder(language, headline)
            .lead("Світло повернулося у 120 тисяч домівок.")
            .authors(author.id())
            .primarySection(section.id())
            .sections(section.id())
            .tags(tag.id())
            .dateline(location.id())
            .body(Paragraph.of("Бригади працювали до ранку."), Heading.of("Подробиці"));
    if (translationOf != null) {
      b.translationOf(translationOf.id());
    }
    return b;
  }

  Article publish(Locale language, String headline, Article translationOf) {
    Article created = content.articles().create(draft(language, headline, translationOf).build());
    return content.articles().publish(created.id());
  }

  /** The path of a tenant page below the server root, such as {@code /t1/news/x}. */
  String path(String absoluteUrl) {
    return URI.create(absoluteUrl).getRawPath();
  }
}
