package io.dateline.cms.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.testkit.SampleContent;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("ninjs export")
class NinjsExportTest {
  private static final Locale UK = Locale.forLanguageTag("uk");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Newsroom newsroom;
  private TenantContent site;
  private NinjsExporter exporter;
  private final List<Article> articles = new ArrayList<>();
  private Article rich;
  private Article translation;
  private Author shramko;
  private Location kyiv;

  @BeforeEach
  void richNewsroom() {
    newsroom = new Newsroom(new InMemoryStorage());
    site = newsroom.content();
    exporter = new NinjsExporter(site);

    shramko =
        site.authors()
            .create(
                AuthorDraft.named(LocalizedText.of("uk", "Юлія Шрамко", "en", "Julia Shramko")));
    Author koval = site.authors().create(AuthorDraft.named(LocalizedText.of("uk", "Олена Коваль")));
    Tag politics =
        site.tags()
            .create(
                TagDraft.of(TagKind.TOPIC, LocalizedText.of("uk", "Політика", "en", "Politics")));
    Tag biden =
        site.tags()
            .create(
                TagDraft.of(
                    TagKind.PERSON, LocalizedText.of("uk", "Джо Байден", "en", "Joe Biden")));
    Tag nato =
        site.tags().create(TagDraft.of(TagKind.ORGANISATION, LocalizedText.of("en", "NATO")));
    Tag summit =
        site.tags().create(TagDraft.of(TagKind.EVENT, LocalizedText.of("en", "Seoul summit 2026")));
    kyiv =
        site.locations()
            .create(
                LocationDraft.of(LocationKind.CITY, LocalizedText.of("uk", "Київ", "en", "Kyiv")));
    Location seoul =
        site.locations()
            .create(
                new LocationDraft(
                    LocationKind.CITY,
                    "seoul",
                    LocalizedText.of("uk", "Сеул", "en", "Seoul"),
                    null));
    Location ukraine =
        site.locations()
            .create(
                LocationDraft.of(
                    LocationKind.COUNTRY, LocalizedText.of("uk", "Україна", "en", "Ukraine")));
    Section war = site.sections().findBySlug("war").orElseThrow();
    Section world =
        site.sections()
            .create(SectionDraft.of(LocalizedText.of("uk", "Новини світу", "en", "World news")));

    rich =
        site.articles()
            .create(
                ArticleDraft.builder(UK, "Блінкен назвав позицію України в Курську «важливою»")
                    .lead("Держсекретар США говорив у Києві.")
                    .body(SampleContent.everyBlockKind())
                    .authors(shramko.id(), koval.id())
                    .sections(war.id(), world.id())
                    .tags(politics.id(), biden.id(), nato.id(), summit.id())
                    .dateline(kyiv.id())
                    .places(kyiv.id(), seoul.id(), ukraine.id())
                    .sources(
                        new Source("Le Monde", URI.create("https://www.lemonde.fr/")),
                        Source.named("Reuters"))
                    .exclusive(true)
                    .featuredImage(
                        new Image(
                            URI.create("https://cdn.example.org/img/lead.jpg?w=1200&h=630"),
                            "Майдан Незалежності вночі",
                            "Київ, 14 березня",
                            "Фото: Олена Коваль",
                            1200,
                            630))
                    .build());
    rich = site.articles().publish(rich.id());
    translation =
        site.articles()
            .create(
                ArticleDraft.builder(
                        Locale.ENGLISH, "Blinken calls Ukraine's position in Kursk \"important\"")
                    .translationOf(rich.id())
                    .lead("The US secretary of state spoke in Kyiv.")
                    .body(
                        Block.Paragraph.of("UNN reports citing Le Monde."),
                        Block.Heading.of("Details"),
                        Block.Heading.of("Addendum"))
                    .authors(shramko.id())
                    .tags(politics.id(), biden.id())
                    .dateline(kyiv.id())
                    .build());
    Article scheduled =
        site.articles().create(ArticleDraft.builder(UK, "Заплановано на завтра").build());
    scheduled =
        site.articles()
            .schedule(scheduled.id(), newsroom.dateline.clock().instant().plusSeconds(86_400));
    Article archived =
        site.articles()
            .create(
                ArticleDraft.builder(Locale.ENGLISH, "An old story").places(seoul.id()).build());
    site.articles().publish(archived.id());
    site.articles().unpublish(archived.id());
    Article minimal = site.articles().create(ArticleDraft.builder(UK, "Лише заголовок").build());
    articles.addAll(
        List.of(rich, translation, scheduled, site.articles().get(archived.id()), minimal));
  }

  @AfterEach
  void close() {
    newsroom.dateline.close();
  }

  @ParameterizedTest(name = "ninjs {0}")
  @EnumSource(NinjsVersion.class)
  @DisplayName("every exported sample article validates against the official IPTC schema")
  void everyExportValidates(NinjsVersion version) {
    for (Article article : articles) {
      String document = exporter.toJson(article, version);

      assertThat(NinjsSchemas.errors(document, version))
          .as("%s of %s: %s", version, article.headline(), document)
          .isEmpty();
    }
  }

  @Test
  @DisplayName("the validation is real: a 2.2 document is not a valid 3.1 one, nor one without uri")
  void validationIsStrict() {
    String v2 = exporter.toJson(rich, NinjsVersion.V2_2);
    ObjectNode withoutUri = exporter.toNode(rich, NinjsVersion.V3_1);
    withoutUri.remove("uri");
    ObjectNode badTime = exporter.toNode(rich, NinjsVersion.V3_1);
    badTime.put("versionCreated", "yesterday");

    assertThat(NinjsSchemas.errors(v2, NinjsVersion.V3_1)).isNotEmpty();
    assertThat(NinjsSchemas.errors(withoutUri.toString(), NinjsVersion.V3_1)).isNotEmpty();
    assertThat(NinjsSchemas.errors(badTime.toString(), NinjsVersion.V3_1)).isNotEmpty();
  }

  @Nested
  @DisplayName("maps")
  class Mapping {
    @Test
    @DisplayName("identity, version, times, status and language, in each version's spelling")
    void identity() throws Exception {
      JsonNode v2 = JSON.readTree(exporter.export(rich.id(), NinjsVersion.V2_2));
      JsonNode v3 = JSON.readTree(exporter.export(rich.id(), NinjsVersion.V3_1));

      for (JsonNode doc : List.of(v2, v3)) {
        assertThat(doc.get("uri").asText())
            .isEqualTo("urn:dateline:" + newsroom.tenantId.value() + ":article:" + rich.id());
        assertThat(doc.get("type").asText()).isEqualTo("text");
        assertThat(doc.get("version").asText()).isEqualTo(Long.toString(rich.version() + 1));
        assertThat(doc.get("language").asText()).isEqualTo("uk");
        assertThat(doc.get("slugline").asText()).isEqualTo(rich.slug());
      }
      assertThat(v2.get("pubstatus").asText()).isEqualTo("usable");
      assertThat(v3.get("pubStatus").asText()).isEqualTo("usable");
      assertThat(Instant.parse(v2.get("versioncreated").asText()))
          .isEqualTo(rich.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
      assertThat(v3.has("versionCreated")).isTrue();
      assertThat(v2.get("standard").get("version").asText()).isEqualTo("2.2");
      assertThat(v3.get("standard").get("version").asText()).isEqualTo("3.1");
      assertThat(v3.get("bodies").get(0).get("contentType").asText()).isEqualTo("text/html");
      assertThat(v2.get("bodies").get(0).get("contenttype").asText()).isEqualTo("text/html");
    }

    @Test
    @DisplayName("the references: byline, people, subjects, sections, dateline, places, sources")
    void references() throws Exception {
      JsonNode doc = JSON.readTree(exporter.export(rich.id(), NinjsVersion.V3_1));

      assertThat(doc.get("headlines").get(0).get("value").asText()).isEqualTo(rich.headline());
      assertThat(doc.get("descriptions").get(0).get("value").asText()).isEqualTo(rich.lead());
      assertThat(doc.get("by").asText()).isEqualTo("Юлія Шрамко, Олена Коваль");
      assertThat(names(doc.get("people"), "author")).containsExactly("Юлія Шрамко", "Олена Коваль");
      assertThat(names(doc.get("people"), "subject")).containsExactly("Джо Байден");
      assertThat(names(doc.get("subjects"), null)).containsExactly("Політика");
      assertThat(names(doc.get("subjects"), "section")).containsExactly("Війна", "Новини світу");
      assertThat(names(doc.get("organisations"), null)).containsExactly("NATO");
      assertThat(names(doc.get("events"), null)).containsExactly("Seoul summit 2026");
      assertThat(doc.get("located").asText()).isEqualTo("Київ");
      assertThat(names(doc.get("places"), "dateline")).containsExactly("Київ");
      assertThat(names(doc.get("places"), "place")).containsExactly("Сеул", "Україна");
      assertThat(doc.get("places").get(1).get("uri").asText())
          .isEqualTo("urn:dateline:" + newsroom.tenantId.value() + ":location:seoul");
      assertThat(names(doc.get("infoSources"), null)).containsExactly("Le Monde", "Reuters");
      assertThat(doc.get("genres").get(0).get("uri").asText())
          .isEqualTo("http://cv.iptc.org/newscodes/genre/Exclusive");
      JsonNode picture = doc.get("associations").get(0);
      assertThat(picture.get("type").asText()).isEqualTo("picture");
      assertThat(picture.get("renditions").get(0).get("href").asText())
          .isEqualTo("https://cdn.example.org/img/lead.jpg?w=1200&h=630");
      assertThat(picture.get("renditions").get(0).get("width").asInt()).isEqualTo(1200);
      assertThat(picture.get("by").asText()).isEqualTo("Фото: Олена Коваль");
    }

    @Test
    @DisplayName("names in the article's language: the English translation names its author so")
    void namesInTheArticleLanguage() throws Exception {
      JsonNode doc = JSON.readTree(exporter.export(translation.id(), NinjsVersion.V2_2));

      assertThat(doc.get("language").asText()).isEqualTo("en");
      assertThat(doc.get("by").asText()).isEqualTo("Julia Shramko");
      assertThat(doc.get("located").asText()).isEqualTo("Kyiv");
      assertThat(doc.has("genres")).isFalse();
      assertThat(doc.get("bodies").get(0).get("value").asText())
          .isEqualTo("<p>UNN reports citing Le Monde.</p><h2>Details</h2><h2>Addendum</h2>");
      assertThat(doc.get("bodies").get(0).get("wordcount").asInt()).isEqualTo(7);
    }

    @Test
    @DisplayName("status: scheduled is withheld with its embargo, unpublished is canceled")
    void status() throws Exception {
      JsonNode scheduled = JSON.readTree(exporter.toJson(articles.get(2), NinjsVersion.V3_1));
      JsonNode archived = JSON.readTree(exporter.toJson(articles.get(3), NinjsVersion.V2_2));

      assertThat(scheduled.get("pubStatus").asText()).isEqualTo("withheld");
      assertThat(Instant.parse(scheduled.get("embargoedUntil").asText()))
          .isEqualTo(
              articles.get(2).publishAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
      assertThat(archived.get("pubstatus").asText()).isEqualTo("canceled");
    }

    @Test
    @DisplayName("the body as HTML with marks, links, quotes, lists, figures and raw markup")
    void body() throws Exception {
      String html =
          JSON.readTree(exporter.export(rich.id(), NinjsVersion.V3_1))
              .get("bodies")
              .get(0)
              .get("value")
              .asText();

      assertThat(html)
          .startsWith("<p>Звичайний текст, <strong><em>жирний курсив</em></strong> і ")
          .contains("<a href=\"https://example.org/a?b=1&amp;c=%D0%BA\">посилання</a>")
          .contains("<h2>Підзаголовок</h2>", "<h6>Найменший підзаголовок</h6>")
          .contains("<blockquote><p>Цитата <em>з наголосом</em></p><footer>Джерело цитати</footer>")
          .contains("<ol><li>перший пункт</li><li><strong>другий</strong> пункт</li></ol>")
          .contains(
              "<figure><img src=\"https://cdn.example.org/img/1.png\" alt=\"Графік\" width=\"800\""
                  + " height=\"600\"><figcaption>Підпис під графіком</figcaption></figure>")
          // A gallery keeps its external images and caption; the asset-backed one has no URL.
          .contains(
              "<figure class=\"gallery\"><figure><img src=\"https://cdn.example.org/img/g1.jpg\""
                  + " alt=\"Перший кадр\" width=\"1200\" height=\"800\"><figcaption>Підпис"
                  + " кадру</figcaption></figure><figure><img"
                  + " src=\"https://cdn.example.org/img/g3.jpg\"")
          .contains("<figcaption>Галерея дня</figcaption></figure>")
          // Raw HTML is written as stored, i.e. as the article service cleaned it.
          .endsWith("<hr>" + ((Block.RawHtml) rich.body().get(rich.body().size() - 1)).html());
    }
  }

  @Test
  @DisplayName("exports only this tenant's articles")
  void tenantScoped() {
    Newsroom other = new Newsroom(newsroom.storage);
    NinjsExporter foreign = new NinjsExporter(other.content());
    ArticleId id = rich.id();

    assertThatThrownBy(() -> foreign.export(id, NinjsVersion.V3_1))
        .isInstanceOf(NotFoundException.class);
  }

  /** The names of the entries with a relation ({@code null}: entries without one). */
  private static List<String> names(JsonNode array, String rel) {
    List<String> names = new ArrayList<>();
    for (JsonNode entry : array) {
      String entryRel = entry.has("rel") ? entry.get("rel").asText() : null;
      if (java.util.Objects.equals(rel, entryRel)) {
        names.add(entry.get("name").asText());
      }
    }
    return names;
  }
}
