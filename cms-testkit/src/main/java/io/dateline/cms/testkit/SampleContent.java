package io.dateline.cms.testkit;

import io.dateline.cms.media.ImageId;
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
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.NoticeKind;
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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Valid sample values for one tenant: the tenant itself, authors, tags, locations, sections and
 * articles, each with a slug that is unique within this instance.
 *
 * <p>Every value passes Dateline's validation rules, so it can be handed to a storage directly
 * (repositories store what they are given) or used as the expected value of a service test. Slugs
 * come from a counter per instance: two instances for different tenants produce the same slugs when
 * called in the same order, which is what tenant-isolation tests want.
 *
 * <p>All times are {@link #REFERENCE_TIME} or derived from it; it has microsecond digits and no
 * finer ones, the precision every storage keeps.
 *
 * <p>Thread-safe: the only mutable state is the slug counter, an atomic integer.
 *
 * <pre>{@code
 * SampleContent sample = SampleContent.forNewTenant();
 * storage.tenants().save(sample.tenant());
 * TenantStorage site = storage.tenant(sample.tenantId());
 * Author author = sample.author();
 * site.authors().insert(author);
 * site.articles().insert(sample.article().authors(List.of(author.id())).build());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SampleContent {

  /**
   * The creation time of sample articles: a fixed instant with six fractional digits, so that a
   * store which drops microseconds fails every round trip that uses it.
   */
  public static final Instant REFERENCE_TIME = Instant.parse("2026-03-14T09:26:53.589793Z");

  private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

  private final TenantId tenantId;
  private final AtomicInteger sequence = new AtomicInteger();

  private SampleContent(TenantId tenantId) {
    this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
  }

  /**
   * Samples for a tenant with a new, globally unique id, so that tests sharing one database never
   * see each other's content.
   *
   * @return the samples; never {@code null}
   */
  public static SampleContent forNewTenant() {
    return new SampleContent(newTenantId());
  }

  /**
   * Samples for a given tenant.
   *
   * @param tenantId the tenant; never {@code null}
   * @return the samples
   */
  public static SampleContent forTenant(TenantId tenantId) {
    return new SampleContent(tenantId);
  }

  /**
   * A tenant id no other call returns: {@code kit-} and 32 random hex digits.
   *
   * @return the id; never {@code null}
   */
  public static TenantId newTenantId() {
    return TenantId.of("kit-" + UUID.randomUUID().toString().replace("-", ""));
  }

  /**
   * The tenant these samples belong to.
   *
   * @return the id; never {@code null}
   */
  public TenantId tenantId() {
    return tenantId;
  }

  /**
   * The tenant: Ukrainian by default, also publishing in English, in the Kyiv time zone.
   *
   * @return a valid tenant with this instance's id
   */
  public Tenant tenant() {
    return Tenant.builder(
            tenantId,
            "Sample newsroom " + tenantId,
            UKRAINIAN,
            ZoneId.of("Europe/Kyiv"),
            URI.create("https://" + tenantId + ".example.org/"))
        .publicationName("Sample News")
        .supportedLocales(Set.of(UKRAINIAN, Locale.ENGLISH))
        .build();
  }

  /**
   * A slug not returned before by this instance: the prefix, a hyphen and a counter.
   *
   * @param prefix a valid slug
   * @return the new slug
   */
  public String nextSlug(String prefix) {
    return prefix + "-" + sequence.incrementAndGet();
  }

  /**
   * An author with a new slug, names in Ukrainian and English, a bio, an e-mail address and a
   * portrait.
   *
   * @return the author
   */
  public Author author() {
    return author(nextSlug("author"));
  }

  /**
   * An author with the given slug.
   *
   * @param slug a valid slug
   * @return the author
   */
  public Author author(String slug) {
    return new Author(
        tenantId,
        AuthorId.random(),
        slug,
        LocalizedText.of("uk", "Олена Коваль", "en", "Olena Koval"),
        LocalizedText.of("uk", "Кореспондентка у Києві.", "en", "Correspondent in Kyiv."),
        slug + "@example.org",
        URI.create("https://cdn.example.org/authors/" + slug + ".jpg"));
  }

  /**
   * A topic tag with a new slug.
   *
   * @return the tag
   */
  public Tag tag() {
    return tag(nextSlug("tag"));
  }

  /**
   * A topic tag with the given slug.
   *
   * @param slug a valid slug
   * @return the tag
   */
  public Tag tag(String slug) {
    return new Tag(
        tenantId,
        TagId.random(),
        TagKind.TOPIC,
        slug,
        LocalizedText.of("uk", "Вибори", "en", "Elections"));
  }

  /**
   * A city with coordinates and a new slug.
   *
   * @return the location
   */
  public Location location() {
    return location(nextSlug("location"));
  }

  /**
   * A city with coordinates and the given slug.
   *
   * @param slug a valid slug
   * @return the location
   */
  public Location location(String slug) {
    return new Location(
        tenantId,
        LocationId.random(),
        LocationKind.CITY,
        slug,
        LocalizedText.of("uk", "Київ", "en", "Kyiv"),
        new GeoPoint(50.4501, 30.5234));
  }

  /**
   * A top-level section with a new slug.
   *
   * @return the section
   */
  public Section section() {
    return section(nextSlug("section"), null);
  }

  /**
   * A section with the given slug and parent.
   *
   * @param slug a valid slug
   * @param parentId the parent section, or {@code null} for a top-level one
   * @return the section
   */
  public Section section(String slug, @Nullable SectionId parentId) {
    return new Section(
        tenantId,
        SectionId.random(),
        slug,
        LocalizedText.of("uk", "Політика", "en", "Politics"),
        parentId,
        sequence.get() % 10_000);
  }

  /**
   * A Ukrainian draft with a new slug, a headline, a lead and one paragraph, created and updated at
   * {@link #REFERENCE_TIME}. Callers add references, status and times as needed.
   *
   * @return a builder holding the draft
   */
  public Article.Builder article() {
    return article(nextSlug("article"));
  }

  /**
   * A Ukrainian draft with the given slug; see {@link #article()}.
   *
   * @param slug a valid slug
   * @return a builder holding the draft
   */
  public Article.Builder article(String slug) {
    return Article.builder()
        .tenantId(tenantId)
        .id(ArticleId.random())
        .slug(slug)
        .language(UKRAINIAN)
        .headline("Новина " + slug)
        .lead("Коротко про головне: " + slug + ".")
        .body(List.of(Block.Paragraph.of("Текст новини " + slug + ".")))
        .status(ArticleStatus.DRAFT)
        .createdAt(REFERENCE_TIME)
        .updatedAt(REFERENCE_TIME);
  }

  /**
   * A published article with a new slug: status PUBLISHED, publish and first-publish time {@code
   * publishAt}.
   *
   * @param publishAt when it was published; should have no digits finer than microseconds
   * @return a builder holding the article
   */
  public Article.Builder publishedArticle(Instant publishAt) {
    return article()
        .status(ArticleStatus.PUBLISHED)
        .publishAt(publishAt)
        .firstPublishedAt(publishAt);
  }

  /**
   * A published article with every content field set: a body with {@linkplain #everyBlockKind()
   * every block kind}, text in several scripts, two sources, a featured image, search overrides,
   * the exclusive flag, a correction and an editor's note, and times with microsecond digits.
   * References (authors, sections, tags, locations, related articles) are left empty: they must
   * name objects that exist in the storage, so the caller adds them.
   *
   * @return a builder holding the article
   */
  public Article.Builder richArticle() {
    return article()
        .headline("Зеленський: «Ми тримаємося» — 100% \"цитата\" 'з' \\ слешем & <тегом> 🇺🇦")
        .lead("Лід з ґ, ї, є, і; Ελληνικά; العربية; 日本語; emoji 🙂👍🏽; знаки % _ * ?")
        .body(everyBlockKind())
        .sources(
            List.of(
                new Source("Reuters", URI.create("https://www.reuters.com/world/europe/")),
                Source.named("Le Monde")))
        .exclusive(true)
        .notices(
            List.of(
                Notice.correction(
                    REFERENCE_TIME.plusSeconds(5400).plusNanos(654_000),
                    "Виправлено: 3 < 5 & «лапки» — ім'я мера написано правильно"),
                new Notice(
                    NoticeKind.EDITORS_NOTE,
                    REFERENCE_TIME.plusSeconds(7200).plusNanos(123_000),
                    "Editor's note: updated with the ministry's reply 🙂")))
        .featuredImage(
            new Image(
                URI.create("https://cdn.example.org/img/lead.jpg?w=1200&h=630"),
                "Майдан Незалежності вночі",
                "Київ, 14 березня",
                "Фото: Олена Коваль / Sample News",
                1200,
                630))
        .seo(
            new Seo(
                "SEO-заголовок",
                "Опис для пошукових систем",
                URI.create("https://example.org/canonical/story"),
                true))
        .status(ArticleStatus.PUBLISHED)
        .publishAt(REFERENCE_TIME.plusSeconds(3600).plusNanos(1_000))
        .firstPublishedAt(REFERENCE_TIME.plusSeconds(60).plusNanos(999_000))
        .createdAt(REFERENCE_TIME)
        .updatedAt(REFERENCE_TIME.plusSeconds(7200).plusNanos(123_000));
  }

  /**
   * Body blocks covering every {@link Block} kind, with every {@link Mark}, links, {@code null}
   * optional fields and filled ones, and a nested list.
   *
   * @return the blocks, in a fixed order
   */
  public static List<Block> everyBlockKind() {
    return List.of(
        new Block.Paragraph(
            List.of(
                Span.text("Звичайний текст, "),
                Span.marked("жирний курсив", Mark.BOLD, Mark.ITALIC),
                Span.text(" і "),
                Span.link("посилання", "https://example.org/a?b=1&c=%D0%BA"),
                new Span(
                    "все разом",
                    EnumSet.of(Mark.UNDERLINE, Mark.STRIKE, Mark.CODE),
                    "/internal/path"),
                Span.marked("2", Mark.SUPERSCRIPT),
                Span.marked("i", Mark.SUBSCRIPT),
                Span.link("пошта", "mailto:desk@example.org"))),
        new Block.Heading(2, "Підзаголовок"),
        new Block.Heading(6, "Найменший підзаголовок"),
        new Block.Quote(
            List.of(Span.text("Цитата "), Span.marked("з наголосом", Mark.ITALIC)),
            "Джерело цитати"),
        Block.Quote.of("Цитата без автора", null),
        new Block.ListBlock(
            true,
            List.of(
                List.of(Span.text("перший пункт")),
                List.of(Span.marked("другий", Mark.BOLD), Span.text(" пункт")))),
        new Block.ListBlock(false, List.of(List.of(Span.link("дзвінок", "tel:+380441234567")))),
        new Block.ImageBlock(
            new Image(
                URI.create("https://cdn.example.org/img/1.png"),
                "Графік",
                "Підпис під графіком",
                "Дані: Держстат",
                800,
                600)),
        new Block.ImageBlock(Image.of(URI.create("https://cdn.example.org/img/2.png"), "")),
        new Block.GalleryBlock(
            List.of(
                new Image(
                    URI.create("https://cdn.example.org/img/g1.jpg"),
                    "Перший кадр",
                    "Підпис кадру",
                    "Фото: Укрінформ",
                    1200,
                    800),
                Image.ofAsset(
                    ImageId.parse("6f1c2a9e-3b7d-4e52-9a0c-2d8e5f4b1a37"), "Кадр з фотобанку"),
                Image.of(URI.create("https://cdn.example.org/img/g3.jpg"), "")),
            "Галерея дня"),
        new Block.GalleryBlock(
            List.of(
                Image.of(URI.create("https://cdn.example.org/img/g4.jpg"), "Ліворуч"),
                Image.of(URI.create("https://cdn.example.org/img/g5.jpg"), "Праворуч")),
            null),
        new Block.Embed(URI.create("https://www.youtube.com/watch?v=abc"), "youtube", "Відео"),
        new Block.Embed(URI.create("https://example.org/embed"), null, null),
        new Block.Divider(),
        new Block.RawHtml("<figure class=\"chart\"><svg viewBox=\"0 0 1 1\"></svg></figure>"));
  }

  /**
   * A localized text whose languages are deliberately not in alphabetical order, to show that a
   * store keeps the insertion order (the first entry is the fallback of last resort).
   *
   * @param english the English text
   * @return the text in English, Ukrainian and German, in that order
   */
  public static LocalizedText inThreeLanguages(String english) {
    Map<Locale, String> values = new LinkedHashMap<>();
    values.put(Locale.ENGLISH, english);
    values.put(UKRAINIAN, "укр: " + english);
    values.put(Locale.GERMAN, "de: " + english);
    return new LocalizedText(values);
  }
}
