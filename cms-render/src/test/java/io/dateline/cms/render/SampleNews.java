package io.dateline.cms.render;

import io.dateline.cms.ArticleListing;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.PageCursor;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A news agency like the one on the reference page (DESIGN.md section 1): a Ukrainian tenant that
 * also publishes in English, with tags named in Ukrainian and an English article built like the
 * reference article. The prose is our own.
 */
final class SampleNews {
  static final Locale UK = Locale.forLanguageTag("uk");
  static final Locale EN = Locale.ENGLISH;
  static final TenantId TENANT_ID = TenantId.of("unn");
  static final Tenant TENANT =
      Tenant.builder(
              TENANT_ID,
              "UNN news agency",
              UK,
              ZoneId.of("Europe/Kyiv"),
              URI.create("https://unn.example"))
          .publicationName("UNN")
          .supportedLocales(Set.of(UK, EN))
          .build();

  /** 10:15 in Kyiv (UTC+2 in November). */
  static final Instant PUBLISHED = Instant.parse("2026-11-27T08:15:00Z");

  static final String HEADLINE =
      "Foreign minister calls the Geneva talks \u201Cimportant\u201D for a ceasefire";
  static final String LEAD =
      "The minister said the meeting in Geneva had moved both sides closer to a written agreement.";

  static final Author AUTHOR =
      new Author(
          TENANT_ID,
          AuthorId.random(),
          "olena-marchenko",
          LocalizedText.of("uk", "Олена Марченко", "en", "Olena Marchenko"),
          null,
          null,
          null);
  static final Author SECOND_AUTHOR =
      new Author(
          TENANT_ID,
          AuthorId.random(),
          "taras-hnatiuk",
          LocalizedText.of("uk", "Тарас Гнатюк", "en", "Taras Hnatiuk"),
          null,
          null,
          null);
  static final Section WAR = section("viina", "Війна", "War", 0);
  static final Section POLITICS = section("polityka", "Політика", "Politics", 1);
  static final Section WORLD = section("novyny-svitu", "Новини світу", "News of the World", 2);
  static final Tag BIDEN = tag("dzho-baiden", "Джо Байден", "Joe Biden");
  static final Tag BLINKEN = tag("antonii-blinken", "Антоній Блінкен", "Anthony Blinken");
  static final Location KYIV = location("kyiv", "Київ", "Kyiv", LocationKind.CITY);
  static final Location SEOUL = location("seoul", "Сеул", "Seoul", LocationKind.CITY);
  static final Location UKRAINE = location("ukraine", "Україна", "Ukraine", LocationKind.COUNTRY);

  static final References REFERENCES =
      new References(
          List.of(AUTHOR, SECOND_AUTHOR),
          List.of(BIDEN, BLINKEN),
          List.of(WAR, POLITICS, WORLD),
          List.of(KYIV, SEOUL, UKRAINE));

  private SampleNews() {}

  static List<Block> body() {
    return List.of(
        Block.Paragraph.of(
            "Speaking to reporters after the meeting, the minister described the talks as a "
                + "turning point."),
        Block.Paragraph.of(
            Span.text("Delegations spent "),
            Span.marked("nine hours", Mark.BOLD),
            Span.text(" on the draft, according to "),
            Span.link("the ministry's statement", "https://mfa.example/statement")),
        Block.Paragraph.of("Observers expect a second round before the end of the year."),
        Block.Heading.of("Details"),
        Block.Paragraph.of("The draft covers prisoner exchanges and the safety of power plants."),
        Block.Quote.of(
            "We are closer than we have been at any point this year.", "The foreign minister"),
        Block.ListBlock.class.cast(
            new Block.ListBlock(
                false,
                List.of(List.of(Span.text("Prisoner exchanges")), List.of(Span.text("Energy"))))),
        Block.Heading.of("Addendum"),
        Block.Paragraph.of("Earlier, the president's office said it would publish the draft."));
  }

  static Article.Builder article() {
    return Article.builder()
        .tenantId(TENANT_ID)
        .id(ArticleId.random())
        .slug("minister-calls-geneva-talks-important")
        .language(EN)
        .headline(HEADLINE)
        .lead(LEAD)
        .body(body())
        .authors(List.of(AUTHOR.id(), SECOND_AUTHOR.id()))
        .primarySection(WAR.id())
        .sections(List.of(WAR.id(), POLITICS.id(), WORLD.id()))
        .tags(List.of(BIDEN.id(), BLINKEN.id()))
        .dateline(KYIV.id())
        .places(List.of(SEOUL.id(), UKRAINE.id()))
        .sources(List.of(new Source("Le Monde", URI.create("https://www.lemonde.fr/"))))
        .exclusive(true)
        .featuredImage(
            new Image(
                URI.create("https://cdn.unn.example/geneva.jpg"),
                "Delegations at the table in Geneva",
                "The talks in Geneva",
                "Photo: UNN",
                1200,
                800))
        .status(ArticleStatus.PUBLISHED)
        .publishAt(PUBLISHED)
        .firstPublishedAt(PUBLISHED)
        .createdAt(PUBLISHED.minusSeconds(3600))
        .updatedAt(PUBLISHED);
  }

  /** Published articles one hour apart, newest first, every third one exclusive. */
  static List<Article> headlines(int count) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant at = PUBLISHED.minusSeconds(3600L * i);
      articles.add(
          article()
              .id(ArticleId.random())
              .slug("story-" + i)
              .language(UK)
              .headline("Новина номер " + i)
              .exclusive(i % 3 == 0)
              .publishAt(at)
              .firstPublishedAt(at)
              .updatedAt(at)
              .build());
    }
    return articles;
  }

  static ArticleListing listing(List<Article> articles, PageCursor next) {
    return new ArticleListing(articles, REFERENCES, next);
  }

  private static Section section(String slug, String uk, String en, int position) {
    return new Section(
        TENANT_ID, SectionId.random(), slug, LocalizedText.of("uk", uk, "en", en), null, position);
  }

  private static Tag tag(String slug, String uk, String en) {
    return new Tag(
        TENANT_ID, TagId.random(), TagKind.PERSON, slug, LocalizedText.of("uk", uk, "en", en));
  }

  private static Location location(String slug, String uk, String en, LocationKind kind) {
    return new Location(
        TENANT_ID, LocationId.random(), kind, slug, LocalizedText.of("uk", uk, "en", en), null);
  }
}
