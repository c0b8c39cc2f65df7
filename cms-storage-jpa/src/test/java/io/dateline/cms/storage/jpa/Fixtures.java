package io.dateline.cms.storage.jpa;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Seo;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Builders of valid sample content for the JPA store's own tests. */
final class Fixtures {
  static final Locale UK = Locale.forLanguageTag("uk");
  static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  private Fixtures() {}

  static TenantId newTenantId() {
    return TenantId.of("t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20));
  }

  static Tenant tenant(TenantId id) {
    return Tenant.builder(
            id,
            "Agency " + id,
            UK,
            ZoneId.of("Europe/Kyiv"),
            URI.create("https://" + id + ".example.com/"))
        .publicationName("UNN")
        .supportedLocales(Set.of(UK, Locale.ENGLISH))
        .build();
  }

  static Author author(TenantId t, String slug) {
    return new Author(
        t,
        AuthorId.random(),
        slug,
        LocalizedText.of("uk", "Юлія Шрамко", "en", "Julia Shramko"),
        LocalizedText.of("en", "Reporter"),
        slug + "@example.com",
        URI.create("https://img.example.com/" + slug + ".jpg"));
  }

  static Tag tag(TenantId t, String slug) {
    return new Tag(
        t,
        TagId.random(),
        TagKind.PERSON,
        slug,
        LocalizedText.of("uk", "Джо Байден", "en", "Joe Biden"));
  }

  static Section section(TenantId t, String slug) {
    return new Section(t, SectionId.random(), slug, LocalizedText.of("en", "Politics"), null, 3);
  }

  static Location location(TenantId t, String slug) {
    return new Location(
        t,
        LocationId.random(),
        LocationKind.CITY,
        slug,
        LocalizedText.of("uk", "Київ", "en", "Kyiv"),
        new GeoPoint(50.45, 30.5236));
  }

  /** An article using every kind of block and every optional field. */
  static Article.Builder richArticle(TenantId t, String slug) {
    ArticleId id = ArticleId.random();
    return Article.builder()
        .tenantId(t)
        .id(id)
        .slug(slug)
        .language(UK)
        .translationKey(id)
        .headline("Blinken calls Ukraine's position in Kursk \u201cimportant\u201d")
        .lead("A one-paragraph summary.")
        .body(
            List.of(
                new Block.Paragraph(
                    List.of(
                        Span.text("Plain "),
                        Span.marked("bold italic", Mark.BOLD, Mark.ITALIC),
                        Span.link("a link", "https://example.com/x?a=1&b=2"))),
                Block.Heading.of("Details"),
                Block.Quote.of("We will win.", "A minister"),
                new Block.Quote(List.of(Span.text("Unattributed")), null),
                new Block.ListBlock(
                    true, List.of(List.of(Span.text("one")), List.of(Span.text("two")))),
                new Block.ImageBlock(
                    new Image(
                        URI.create("https://img.example.com/a.jpg"),
                        "alt",
                        "caption",
                        "AP",
                        800,
                        600)),
                new Block.Embed(URI.create("https://youtube.com/watch?v=1"), "youtube", null),
                new Block.Divider(),
                new Block.RawHtml("<p>raw <b>html</b> \"quoted\" 'single' \\ back</p>")))
        .sources(
            List.of(Source.named("Le Monde"), new Source("AP", URI.create("https://ap.org/x"))))
        .exclusive(true)
        .featuredImage(Image.of(URI.create("https://img.example.com/f.jpg"), "featured"))
        .seo(new Seo("SEO title", null, URI.create("https://canonical.example.com/a"), true))
        .status(ArticleStatus.DRAFT)
        .createdAt(T0)
        .updatedAt(T0);
  }

  /** A published article with the given references. */
  static Article.Builder published(TenantId t, String slug, Instant publishAt) {
    ArticleId id = ArticleId.random();
    return Article.builder()
        .tenantId(t)
        .id(id)
        .slug(slug)
        .language(UK)
        .translationKey(id)
        .headline("Headline " + slug)
        .lead("")
        .body(List.of(Block.Paragraph.of("Body of " + slug)))
        .status(ArticleStatus.PUBLISHED)
        .publishAt(publishAt)
        .firstPublishedAt(publishAt)
        .createdAt(publishAt)
        .updatedAt(publishAt);
  }
}
