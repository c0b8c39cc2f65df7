package io.dateline.benchmarks.render;

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
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An article page shaped like the reference page: a news agency publishing in Ukrainian and
 * English, an exclusive story with a dateline, twelve body paragraphs, two subheadings, a quote, a
 * list, an attribution, two authors, three sections, tags and places, a translation and a "most
 * read" block of five headlines.
 */
final class ReferenceArticle {
  static final Locale UK = Locale.forLanguageTag("uk");
  static final TenantId TENANT_ID = TenantId.of("unn");
  static final Tenant TENANT =
      Tenant.builder(
              TENANT_ID,
              "UNN news agency",
              UK,
              ZoneId.of("Europe/Kyiv"),
              URI.create("https://unn.example"))
          .publicationName("UNN")
          .supportedLocales(Set.of(UK, Locale.ENGLISH))
          .build();
  static final Instant PUBLISHED = Instant.parse("2026-11-27T08:15:00Z");

  final Article article;
  final Article translation;
  final References references;
  final ArticleListing mostRead;
  final Map<ArticleId, Long> views = new HashMap<>();

  ReferenceArticle() {
    Author first =
        new Author(
            TENANT_ID,
            AuthorId.random(),
            "olena-marchenko",
            names("Олена Марченко", "Olena Marchenko"),
            null,
            null,
            null);
    Author second =
        new Author(
            TENANT_ID,
            AuthorId.random(),
            "taras-hnatiuk",
            names("Тарас Гнатюк", "Taras Hnatiuk"),
            null,
            null,
            null);
    Section war =
        new Section(TENANT_ID, SectionId.random(), "viina", names("Війна", "War"), null, 0);
    Section politics =
        new Section(
            TENANT_ID, SectionId.random(), "polityka", names("Політика", "Politics"), null, 1);
    Section world =
        new Section(
            TENANT_ID,
            SectionId.random(),
            "novyny-svitu",
            names("Новини світу", "News of the World"),
            null,
            2);
    Tag biden =
        new Tag(
            TENANT_ID,
            TagId.random(),
            TagKind.PERSON,
            "dzho-baiden",
            names("Джо Байден", "Joe Biden"));
    Tag blinken =
        new Tag(
            TENANT_ID,
            TagId.random(),
            TagKind.PERSON,
            "antonii-blinken",
            names("Антоній Блінкен", "Anthony Blinken"));
    Location kyiv =
        new Location(
            TENANT_ID, LocationId.random(), LocationKind.CITY, "kyiv", names("Київ", "Kyiv"), null);
    Location seoul =
        new Location(
            TENANT_ID,
            LocationId.random(),
            LocationKind.CITY,
            "seoul",
            names("Сеул", "Seoul"),
            null);
    Location ukraine =
        new Location(
            TENANT_ID,
            LocationId.random(),
            LocationKind.COUNTRY,
            "ukraine",
            names("Україна", "Ukraine"),
            null);
    references =
        new References(
            List.of(first, second),
            List.of(biden, blinken),
            List.of(war, politics, world),
            List.of(kyiv, seoul, ukraine));

    List<Block> body = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      body.add(
          Block.Paragraph.of(
              Span.text("Paragraph " + i + ": delegations spent "),
              Span.marked("nine hours", Mark.BOLD),
              Span.text(" on the draft & its annexes, according to "),
              Span.link("the ministry's statement", "https://mfa.example/statement/" + i),
              Span.text(". Observers called the mood \u201Cbusinesslike\u201D.")));
    }
    body.add(Block.Heading.of("Details"));
    for (int i = 5; i <= 8; i++) {
      body.add(
          Block.Paragraph.of(
              "Paragraph "
                  + i
                  + ": the draft covers prisoner exchanges, the safety of power plants and the "
                  + "return of deported children, the minister's office said on Friday."));
    }
    body.add(
        Block.Quote.of(
            "We are closer than we have been at any point this year.", "The foreign minister"));
    body.add(
        new Block.ListBlock(
            false,
            List.of(
                List.of(Span.text("Prisoner exchanges")),
                List.of(Span.text("Energy security")),
                List.of(Span.text("Humanitarian corridors")))));
    body.add(Block.Heading.of("Addendum"));
    for (int i = 9; i <= 12; i++) {
      body.add(
          Block.Paragraph.of(
              "Paragraph "
                  + i
                  + ": earlier, the president's office said it would publish the "
                  + "draft once both parliaments had seen it."));
    }

    article =
        Article.builder()
            .tenantId(TENANT_ID)
            .id(ArticleId.random())
            .slug("minister-calls-geneva-talks-important")
            .language(Locale.ENGLISH)
            .headline(
                "Foreign minister calls the Geneva talks \u201Cimportant\u201D for a ceasefire")
            .lead(
                "The minister said the meeting in Geneva had moved both sides closer to a written "
                    + "agreement.")
            .body(body)
            .authors(List.of(first.id(), second.id()))
            .sections(List.of(war.id(), politics.id(), world.id()))
            .tags(List.of(biden.id(), blinken.id()))
            .dateline(kyiv.id())
            .places(List.of(seoul.id(), ukraine.id()))
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
            .createdAt(PUBLISHED)
            .updatedAt(PUBLISHED)
            .build();
    translation =
        article.toBuilder()
            .id(ArticleId.random())
            .translationKey(article.translationKey())
            .slug("ministr-nazvav-perehovory-vazhlyvymy")
            .language(UK)
            .headline("Міністр назвав переговори у Женеві «важливими»")
            .build();

    List<Article> top = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Article a =
          article.toBuilder()
              .id(ArticleId.random())
              .slug("top-story-" + i)
              .headline("Most read story number " + i)
              .exclusive(i == 0)
              .build();
      top.add(a);
      views.put(a.id(), 50_000L - i * 7_000L);
    }
    mostRead = new ArticleListing(top, references, null);
  }

  private static LocalizedText names(String uk, String en) {
    return LocalizedText.of("uk", uk, "en", en);
  }
}
