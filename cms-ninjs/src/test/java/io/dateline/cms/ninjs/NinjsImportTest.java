package io.dateline.cms.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dateline.cms.TenantContent;
import io.dateline.cms.Violation;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Span;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.ContentStorage;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Imports documents written the way agencies write them. Runs on the in-memory store here; the H2
 * and PostgreSQL subclasses run the same tests through the JPA store.
 */
@DisplayName("ninjs import on the in-memory store")
class NinjsImportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  Newsroom newsroom;
  TenantContent site;
  NinjsImporter importer;

  /** The storage the tests run on; a new one per test here, shared by the database subclasses. */
  ContentStorage storage() {
    return new InMemoryStorage();
  }

  @BeforeEach
  void newsroom() {
    newsroom = new Newsroom(storage());
    site = newsroom.content();
    importer = newsroom.importer();
  }

  @AfterEach
  void close() {
    newsroom.dateline.close();
  }

  @Nested
  @DisplayName("a ninjs 2.x agency item")
  class Agency2 {
    Article article;

    @BeforeEach
    void importIt() {
      ImportResult result = importer.importDocument(Newsroom.resource("import/agency-2x.json"));
      assertThat(result.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
      assertThat(result.version()).isEqualTo(1);
      article = site.articles().get(result.articleId());
    }

    @Test
    @DisplayName("becomes an English draft with headline, summary and the exclusive flag")
    void scalars() {
      assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
      assertThat(article.language()).isEqualTo(Locale.ENGLISH);
      assertThat(article.headline())
          .isEqualTo("Blinken calls Ukraine’s position in Kursk “important” for talks");
      assertThat(article.lead()).isEqualTo("The US secretary of state spoke in Kyiv on Friday.");
      assertThat(article.exclusive()).isTrue();
      assertThat(article.sources())
          .extracting(s -> s.name(), s -> s.url())
          .containsExactly(tuple("Le Monde", URI.create("https://www.lemonde.fr/")));
    }

    @Test
    @DisplayName("has its HTML body cleaned and turned into blocks")
    void body() {
      assertThat(article.body())
          .extracting(Block::kind)
          .containsExactly(
              "paragraph", "heading", "paragraph", "quote", "list", "image", "paragraph", "html");
      assertThat(article.body().get(0))
          .isEqualTo(
              new Block.Paragraph(
                  List.of(
                      Span.text("KYIV, March 14 (Example Wire) - U.S. Secretary of State "),
                      Span.marked("Antony Blinken", Mark.BOLD),
                      Span.text(" said on Friday that "),
                      Span.link("Ukraine's position", "https://wire.example.com/kursk"),
                      Span.text(" in the Kursk region was "),
                      Span.marked("important", Mark.ITALIC),
                      Span.text("."))));
      assertThat(article.body().get(1)).isEqualTo(new Block.Heading(2, "Details"));
      assertThat(article.body().get(2))
          .isEqualTo(
              Block.Paragraph.of(
                  "He spoke after meeting President Volodymyr Zelenskiy.\nThe talks lasted two"
                      + " hours."));
      assertThat(article.body().get(3))
          .isEqualTo(Block.Quote.of("We are with Ukraine.", "Antony Blinken"));
      assertThat(article.body().get(4))
          .isEqualTo(
              new Block.ListBlock(
                  false,
                  List.of(
                      List.of(Span.text("First point")),
                      List.of(Span.marked("Second", Mark.BOLD), Span.text(" point")))));
      assertThat(article.body().get(5))
          .isEqualTo(
              new Block.ImageBlock(
                  new Image(
                      URI.create("https://img.example.com/blinken.jpg"),
                      "Blinken in Kyiv",
                      "Blinken speaks to reporters.",
                      null,
                      1200,
                      800)));
      // The javascript: URL is gone; its text stays.
      assertThat(article.body().get(6)).isEqualTo(Block.Paragraph.of("bad link stays as text."));
      assertThat(((Block.RawHtml) article.body().get(7)).html()).contains("<td>42</td>");
      assertThat(article.body().toString()).doesNotContain("alert", "steal", "javascript");
    }

    @Test
    @DisplayName("gets its bylines as authors, found or created by slug")
    void authors() {
      assertThat(authorsOf(article))
          .extracting(Author::slug, a -> a.name().resolve(Locale.ENGLISH, null))
          .containsExactly(tuple("jane-doe", "Jane Doe"), tuple("john-smith", "John Smith"));
    }

    @Test
    @DisplayName("gets subjects, people and organisations as tags, sections named by rel")
    void tags() {
      assertThat(tagsOf(article))
          .extracting(Tag::kind, t -> t.name().resolve(Locale.ENGLISH, null))
          .containsExactly(
              tuple(TagKind.TOPIC, "politics"),
              tuple(TagKind.TOPIC, "diplomacy"),
              tuple(TagKind.PERSON, "Antony Blinken"),
              tuple(TagKind.ORGANISATION, "U.S. Department of State"));
      assertThat(article.sections())
          .containsExactly(site.sections().findBySlug("war").orElseThrow().id());
    }

    @Test
    @DisplayName("gets its places as locations and located as the dateline")
    void places() {
      List<Location> places =
          site.articles().references(List.of(article)).locationsOf(article.places());
      assertThat(places).extracting(Location::slug).containsExactly("kyiv", "kursk");
      assertThat(article.dateline()).isEqualTo(places.get(0).id());
    }

    @Test
    @DisplayName("gets the largest rendition of its picture association as the featured image")
    void featuredImage() {
      assertThat(article.featuredImage())
          .isEqualTo(
              new Image(
                  URI.create("https://img.example.com/PIC-1/base.jpg"),
                  "Antony Blinken at a news conference in Kyiv",
                  "U.S. Secretary of State Antony Blinken attends a news conference in Kyiv, March"
                      + " 14, 2026.",
                  "Photographer One / Example Wire",
                  2048,
                  1365));
    }
  }

  @Test
  @DisplayName("a ninjs 3.x item in Ukrainian maps its camel-case fields and reuses existing tags")
  void agency3() {
    Tag politics =
        site.tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of("uk", "Політика")));

    ImportResult result = importer.importDocument(Newsroom.resource("import/agency-3x.json"));

    Article article = site.articles().get(result.articleId());
    assertThat(result.version()).isEqualTo(7);
    assertThat(article.language()).isEqualTo(Locale.forLanguageTag("uk"));
    assertThat(article.headline())
        .isEqualTo("Саміт у Сеулі: Джо Байден зустрівся з лідерами регіону");
    assertThat(article.lead()).isEqualTo("Лідери обговорили безпеку в регіоні.");
    assertThat(article.body())
        .containsExactly(
            Block.Paragraph.of("Президент США Джо Байден прибув до Сеула."),
            new Block.Heading(3, "Подробиці"),
            Block.Paragraph.of(
                Span.text("Зустріч тривала "),
                Span.marked("три години", Mark.ITALIC),
                Span.text(". Детальніше на "),
                Span.link("сайті", "https://news.example.org/more"),
                Span.text(".")),
            new Block.ImageBlock(Image.of(URI.create("https://img.example.org/seoul.jpg"), "Сеул")),
            new Block.ListBlock(
                true, List.of(List.of(Span.text("перше")), List.of(Span.text("друге")))),
            new Block.Divider());
    assertThat(authorsOf(article))
        .extracting(Author::slug)
        .containsExactly("yuliia-shramko", "olena-koval");
    assertThat(tagsOf(article))
        .extracting(Tag::slug)
        .containsExactly("polityka", "dyplomatiia", "dzho-baiden");
    assertThat(article.tags().get(0)).isEqualTo(politics.id());
    assertThat(site.articles().references(List.of(article)).location(article.dateline()))
        .map(Location::slug)
        .contains("seul");
    assertThat(article.places()).hasSize(2);
    assertThat(article.featuredImage().url())
        .isEqualTo(URI.create("https://img.example.org/seoul-web.jpg"));
  }

  @Nested
  @DisplayName("re-import")
  class Reimport {
    ObjectNode v1;
    ImportResult first;

    @BeforeEach
    void importVersionOne() throws Exception {
      v1 = (ObjectNode) JSON.readTree(Newsroom.resource("import/agency-2x.json"));
      first = importer.importDocument(v1.toString());
    }

    @Test
    @DisplayName("of the same version changes nothing, not even the change feed")
    void sameVersion() {
      Article before = site.articles().get(first.articleId());
      long head = newsroom.dateline.changes().head();
      int tags = site.tags().list(null, 1000).size();

      ImportResult again = importer.importDocument(v1.toString());

      assertThat(again.outcome()).isEqualTo(ImportResult.Outcome.UNCHANGED);
      assertThat(again.articleId()).isEqualTo(first.articleId());
      assertThat(site.articles().get(first.articleId())).isEqualTo(before);
      assertThat(newsroom.dateline.changes().head()).isEqualTo(head);
      assertThat(site.tags().list(null, 1000)).hasSize(tags);
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isEqualTo(1);
    }

    @Test
    @DisplayName(
        "of a newer version updates the article, even once published; an older one is ignored")
    void newerThenOlder() {
      site.articles().publish(first.articleId());
      ObjectNode v2 = v1.deepCopy();
      v2.put("version", "2");
      ((ObjectNode) v2.withArray("headlines").get(0)).put("value", "Blinken: updated headline");
      ((ArrayNode) v2.get("subjects")).addObject().put("name", "Security");

      ImportResult updated = importer.importDocument(v2.toString());

      Article article = site.articles().get(first.articleId());
      assertThat(updated.outcome()).isEqualTo(ImportResult.Outcome.UPDATED);
      assertThat(updated.articleId()).isEqualTo(first.articleId());
      assertThat(article.headline()).isEqualTo("Blinken: updated headline");
      assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
      assertThat(tagsOf(article)).extracting(Tag::slug).contains("security");
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isEqualTo(1);
      // The article's history names the import: created, published, then updated by version 2.
      var revisions = site.revisions().revisions(first.articleId(), null, 10).items();
      assertThat(revisions).hasSize(3);
      assertThat(revisions.get(0).summary())
          .isEqualTo("ninjs import, version 2 of " + v1.get("uri").asText());
      assertThat(revisions.get(0).article()).isEqualTo(article);

      ImportResult older = importer.importDocument(v1.toString());

      assertThat(older.outcome()).isEqualTo(ImportResult.Outcome.IGNORED_OLDER);
      assertThat(older.storedVersion()).isEqualTo(2);
      assertThat(site.articles().get(first.articleId())).isEqualTo(article);
    }

    @Test
    @DisplayName("without a version orders versions by versioncreated")
    void versionCreatedOrders() throws Exception {
      ObjectNode doc = minimal("urn:example:no-version", "First");
      doc.put("versioncreated", "2026-03-14T10:00:00Z");
      ImportResult created = importer.importDocument(doc.toString());
      ObjectNode later = doc.deepCopy();
      later.put("versioncreated", "2026-03-14T11:00:00+00:00");
      ((ObjectNode) later.withArray("headlines").get(0)).put("value", "Second");

      assertThat(importer.importDocument(doc.toString()).outcome())
          .isEqualTo(ImportResult.Outcome.UNCHANGED);
      assertThat(importer.importDocument(later.toString()).outcome())
          .isEqualTo(ImportResult.Outcome.UPDATED);
      assertThat(site.articles().get(created.articleId()).headline()).isEqualTo("Second");
    }

    @Test
    @DisplayName("into another tenant creates that tenant's own draft")
    void otherTenant() {
      Newsroom other = new Newsroom(newsroom.storage);

      ImportResult there = other.importer().importDocument(v1.toString());

      assertThat(there.outcome()).isEqualTo(ImportResult.Outcome.CREATED);
      assertThat(there.articleId()).isNotEqualTo(first.articleId());
      assertThat(other.content().articles().get(there.articleId()).headline())
          .isEqualTo(site.articles().get(first.articleId()).headline());
      assertThat(importer.importDocument(v1.toString()).outcome())
          .isEqualTo(ImportResult.Outcome.UNCHANGED);
    }
  }

  @Test
  @DisplayName("importers racing on one new item create one article")
  void racingImports() throws Exception {
    String doc = minimal("urn:example:race", "Race").toString();
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<ImportResult>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        NinjsImporter own = newsroom.importer();
        Callable<ImportResult> task =
            () -> {
              go.await();
              return own.importDocument(doc);
            };
        futures.add(pool.submit(task));
      }
      go.countDown();
      List<ImportResult.Outcome> outcomes = new ArrayList<>();
      for (Future<ImportResult> future : futures) {
        outcomes.add(future.get(60, TimeUnit.SECONDS).outcome());
      }

      assertThat(outcomes).containsOnlyOnce(ImportResult.Outcome.CREATED);
      assertThat(outcomes)
          .containsOnly(ImportResult.Outcome.CREATED, ImportResult.Outcome.UNCHANGED);
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("an exported article imports into another tenant with the same content")
  void roundTrip() {
    List<Block> body =
        List.of(
            Block.Paragraph.of(
                Span.text("Plain, "),
                new Span("bold link", EnumSet.of(Mark.BOLD), "https://example.org/x?a=1&b=2"),
                Span.text(" and "),
                Span.marked("x", Mark.SUPERSCRIPT)),
            new Block.Heading(3, "Details"),
            Block.Quote.of("Quoted words", "Someone"),
            new Block.ListBlock(
                true, List.of(List.of(Span.text("one")), List.of(Span.text("two")))),
            new Block.ImageBlock(
                new Image(
                    URI.create("https://cdn.example.org/p.jpg"), "alt", "caption", null, 640, 480)),
            new Block.Divider());
    Tag tag = site.tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of("en", "Economy")));
    Article original =
        site.articles()
            .create(
                ArticleDraft.builder(Locale.ENGLISH, "Round trip")
                    .lead("A summary.")
                    .body(body)
                    .tags(tag.id())
                    .exclusive(true)
                    .build());
    String document = new NinjsExporter(site).toJson(original, NinjsVersion.V3_1);
    Newsroom other = new Newsroom(newsroom.storage);

    Article copy =
        other.content().articles().get(other.importer().importDocument(document).articleId());

    assertThat(copy.headline()).isEqualTo(original.headline());
    assertThat(copy.lead()).isEqualTo(original.lead());
    assertThat(copy.body()).isEqualTo(original.body());
    assertThat(copy.exclusive()).isTrue();
    assertThat(other.content().articles().references(List.of(copy)).tagsOf(copy.tags()))
        .extracting(Tag::slug)
        .containsExactly("economy");
  }

  @Nested
  @DisplayName("a bad document")
  class BadDocuments {
    long head;

    @BeforeEach
    void rememberTheFeed() {
      head = newsroom.dateline.changes().head();
    }

    void refused(String document, String path, String rule) {
      assertThatThrownBy(() -> importer.importDocument(document))
          .isInstanceOfSatisfying(
              InvalidNinjsException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path, Violation::rule)
                      .contains(tuple(path, rule)));
      assertThat(newsroom.dateline.changes().head()).as("nothing stored").isEqualTo(head);
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isZero();
    }

    @Test
    @DisplayName("without a uri is refused at $.uri")
    void missingUri() {
      ObjectNode doc = minimal("urn:x", "Headline");
      doc.remove("uri");
      refused(doc.toString(), "$.uri", "Required");
    }

    @Test
    @DisplayName("with a relative or non-string uri is refused")
    void badUri() {
      refused(minimal("story-1", "Headline").toString(), "$.uri", "Uri");
      ObjectNode doc = minimal("urn:x", "Headline");
      doc.put("uri", 42);
      refused(doc.toString(), "$.uri", "Type");
    }

    @Test
    @DisplayName("with a subject name of the wrong type is refused at its path")
    void wrongTypes() {
      ObjectNode doc = minimal("urn:example:types", "Headline");
      ArrayNode subject = doc.putArray("subject");
      subject.addObject().put("name", "one");
      subject.addObject().put("name", "two");
      subject.addObject().put("name", 3);
      doc.put("places", "Kyiv");
      refused(doc.toString(), "$.subject[2].name", "Type");
      refused(doc.toString(), "$.places", "Type");
    }

    @Test
    @DisplayName("with a malformed or unsupported language is refused at $.language")
    void badLanguage() {
      ObjectNode doc = minimal("urn:example:lang", "Headline");
      doc.put("language", "english!");
      refused(doc.toString(), "$.language", "Language");
      doc.put("language", "fr");
      refused(doc.toString(), "$.language", "SupportedLanguage");
    }

    @Test
    @DisplayName("with a version that is no number or a bad time is refused")
    void badVersionAndTime() {
      ObjectNode doc = minimal("urn:example:version", "Headline");
      doc.put("version", "v2");
      doc.put("versioncreated", "yesterday");
      refused(doc.toString(), "$.version", "Version");
      refused(doc.toString(), "$.versioncreated", "DateTime");
    }

    @Test
    @DisplayName("without a usable headline is refused")
    void badHeadline() {
      ObjectNode doc = minimal("urn:example:headline", "Headline");
      doc.remove("headlines");
      refused(doc.toString(), "$.headlines", "Required");
      doc.putArray("headlines").addObject().put("role", "main");
      refused(doc.toString(), "$.headlines[0].value", "Required");
      ((ObjectNode) doc.withArray("headlines").get(0)).put("value", "x".repeat(301));
      refused(doc.toString(), "$.headlines[0].value", "Size");
    }

    @Test
    @DisplayName("in ninjs 3 spelling is reported with camel-case paths")
    void camelCasePaths() {
      ObjectNode doc = minimal("urn:example:v3", "Headline");
      doc.putObject("standard").put("version", "3.1");
      doc.put("versionCreated", 5);
      refused(doc.toString(), "$.versionCreated", "Type");
    }

    @Test
    @DisplayName("of another item type, or no JSON object at all, is refused")
    void notATextItem() {
      ObjectNode doc = minimal("urn:example:picture", "Headline");
      doc.put("type", "picture");
      refused(doc.toString(), "$.type", "TextItem");
      refused("{\"uri\": ", "$", "Json");
      refused("[1, 2]", "$", "Type");
    }

    @Test
    @DisplayName("whose body breaks the content budget leaves no tags or authors behind")
    void articleRuleUndoesDirectoryEntries() {
      ObjectNode doc = minimal("urn:example:budget", "Headline");
      doc.put("by", "New Author");
      doc.putArray("subjects").addObject().put("name", "Brand new subject");
      doc.putArray("bodies")
          .addObject()
          .put("contenttype", "text/html")
          .put("value", "<p>x</p>".repeat(1001));

      assertThatThrownBy(() -> importer.importDocument(doc.toString()))
          .isInstanceOfSatisfying(
              InvalidNinjsException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path)
                      .containsOnly("$.bodies[0].value"));

      assertThat(site.tags().list(null, 10)).isEmpty();
      assertThat(site.authors().list(null, 10)).isEmpty();
      assertThat(site.articles().count(ArticleQuery.anyStatus())).isZero();
      assertThat(
              newsroom.storage.tenant(newsroom.tenantId).importSources().find("urn:example:budget"))
          .isEmpty();
    }

    @Test
    @DisplayName("lists every broken rule at once")
    void everyRuleAtOnce() {
      ObjectNode doc = minimal("relative", "Headline");
      doc.put("language", 7);
      doc.put("version", true);

      assertThatThrownBy(() -> importer.importDocument(doc.toString()))
          .isInstanceOfSatisfying(
              InvalidNinjsException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path)
                      .containsExactlyInAnyOrder("$.uri", "$.language", "$.version"))
          .hasMessageContaining("$.language");
    }
  }

  static ObjectNode minimal(String uri, String headline) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("uri", uri);
    doc.put("type", "text");
    doc.put("language", "en");
    doc.putArray("headlines").addObject().put("role", "main").put("value", headline);
    return doc;
  }

  List<Author> authorsOf(Article article) {
    return site.articles().references(List.of(article)).authorsOf(article.authors());
  }

  List<Tag> tagsOf(Article article) {
    return site.articles().references(List.of(article)).tagsOf(article.tags());
  }
}
