package io.dateline.cms.site;

import static io.dateline.cms.site.ApiSchemas.assertValid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dateline.cms.Dateline;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.Mark;
import io.dateline.cms.model.Seo;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.Span;
import io.dateline.cms.render.DatelineRenderer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The JSON content API in process: every answer kind against its schema, and the rules. */
@DisplayName("The content API")
class ContentApiTest {
  private static final String BASE = "https://news.example/";
  private Dateline cms;
  private SiteFixture fx;
  private SiteFixture other;
  private DatelineSite site;
  private Article rich;
  private String api;

  @BeforeEach
  void start() {
    cms =
        Dateline.builder()
            .storage(new InMemoryStorage())
            .viewCounting(v -> v.flushInterval(Duration.ZERO))
            .build();
    fx = new SiteFixture(cms, BASE, 5);
    other = new SiteFixture(cms, BASE, 1);
    Article draft =
        fx.content
            .articles()
            .create(
                ArticleDraft.builder(SiteFixture.UK, "Усі види блоків")
                    .lead("Стаття з усім, що може бути в тілі.")
                    .authors(fx.author.id())
                    .primarySection(fx.section.id())
                    .sections(fx.section.id())
                    .tags(fx.tag.id())
                    .dateline(fx.location.id())
                    .places(fx.location.id())
                    .sources(new Source("Укрінформ", URI.create("https://www.ukrinform.ua/")))
                    .exclusive(true)
                    .featuredImage(Image.of(URI.create("https://img.example/a.jpg"), "Бригада"))
                    .seo(new Seo("SEO", "Опис", null, false))
                    .body(
                        Block.Paragraph.of(
                            Span.text("Звичайний "),
                            Span.marked("жирний", Mark.BOLD, Mark.ITALIC),
                            Span.link("посилання", "https://example.org/")),
                        Block.Heading.of("Подробиці"),
                        Block.Quote.of("Ми впоралися.", "Бригадир"),
                        new Block.ListBlock(
                            true,
                            List.of(List.of(Span.text("перше")), List.of(Span.text("друге")))),
                        new Block.ImageBlock(
                            Image.of(URI.create("https://img.example/b.jpg"), "Опора")),
                        new Block.GalleryBlock(
                            List.of(
                                Image.of(URI.create("https://img.example/c.jpg"), "Кран"),
                                new Image(
                                    URI.create("https://img.example/d.jpg"),
                                    "Бригада на даху",
                                    "Після зміни",
                                    "Укрінформ",
                                    1200,
                                    800)),
                            "Один день бригади"),
                        new Block.Embed(
                            URI.create("https://www.youtube.com/watch?v=x"), "youtube", "Відео"),
                        new Block.Divider(),
                        new Block.RawHtml("<p>Сирий <b>HTML</b></p>"))
                    .build());
    rich = fx.content.articles().publish(draft.id());
    for (int v = 0; v < 3; v++) {
      cms.viewCounter().record(fx.tenant.id(), rich.id());
    }
    cms.viewCounter().record(fx.tenant.id(), fx.articles.get(0).id());
    cms.viewCounter().flush();
    site =
        DatelineSite.builder(cms, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ZERO)
            .build();
    api = "/api/v1/" + fx.tenant.id() + "/";
  }

  @AfterEach
  void stop() {
    site.close();
    cms.close();
  }

  private SiteResponse send(String method, String pathAndQuery, String... headers) {
    int q = pathAndQuery.indexOf('?');
    SiteRequest.Builder b =
        SiteRequest.builder(method, q < 0 ? pathAndQuery : pathAndQuery.substring(0, q))
            .rawQuery(q < 0 ? null : pathAndQuery.substring(q + 1));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return site.handle(b.build());
  }

  private static String text(SiteResponse r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  /** A 200 JSON answer, valid against its schema. */
  private JsonNode ok(String schema, String pathAndQuery) {
    SiteResponse r = send("GET", pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + ": " + text(r)).isEqualTo(200);
    assertThat(r.header("Content-Type")).isEqualTo("application/json");
    assertThat(r.header("ETag")).isNotBlank();
    return assertValid(schema, text(r));
  }

  /** A problem answer, valid against the problem schema. */
  private JsonNode problem(int status, String pathAndQuery) {
    SiteResponse r = send("GET", pathAndQuery);
    assertThat(r.status()).as(pathAndQuery + ": " + text(r)).isEqualTo(status);
    assertThat(r.header("Content-Type")).isEqualTo("application/problem+json");
    JsonNode p = assertValid("problem.schema.json", text(r));
    assertThat(p.get("status").asInt()).isEqualTo(status);
    return p;
  }

  @Test
  @DisplayName("answers every kind of document valid against its JSON Schema")
  void everyKindMatchesItsSchema() {
    JsonNode tenant = ok("tenant.schema.json", api);
    assertThat(tenant.get("id").asText()).isEqualTo(fx.tenant.id().toString());

    JsonNode article = ok("article.schema.json", api + "articles/" + rich.id());
    assertThat(article.get("headline").asText()).isEqualTo("Усі види блоків");
    List<String> types = new ArrayList<>();
    article.get("body").forEach(b -> types.add(b.get("type").asText()));
    assertThat(types)
        .containsExactly(
            "paragraph",
            "heading",
            "quote",
            "list",
            "image",
            "gallery",
            "embed",
            "divider",
            "html");
    JsonNode gallery = article.get("body").get(5);
    assertThat(gallery.get("caption").asText()).isEqualTo("Один день бригади");
    assertThat(gallery.get("images")).hasSize(2);
    assertThat(gallery.get("images").get(1).get("credit").asText()).isEqualTo("Укрінформ");
    assertThat(gallery.get("images").get(1).get("width").asInt()).isEqualTo(1200);
    assertThat(article.get("tags").get(0).get("name").asText()).isEqualTo("Джо Байден");
    assertThat(article.get("url").asText()).startsWith(BASE + fx.tenant.id() + "/");
    assertThat(article.get("authors").get(0).has("email")).isFalse();

    JsonNode bySlug = ok("article.schema.json", api + "articles/by-slug/" + fx.original.slug());
    assertThat(bySlug.get("id").asText()).isEqualTo(fx.original.id().toString());
    assertThat(bySlug.get("translations").get(0).get("id").asText())
        .isEqualTo(fx.translation.id().toString());

    ok("listing.schema.json", api + "latest");
    ok("listing.schema.json", api + "latest?lang=en");
    for (String kind : List.of("sections", "tags", "authors", "locations")) {
      String slug =
          switch (kind) {
            case "sections" -> fx.section.slug();
            case "tags" -> fx.tag.slug();
            case "authors" -> fx.author.slug();
            default -> fx.location.slug();
          };
      JsonNode listing = ok("listing.schema.json", api + kind + "/" + slug + "/articles?limit=2");
      assertThat(listing.get("subject").get("slug").asText()).isEqualTo(slug);
      assertThat(listing.get("articles")).hasSize(2);
      JsonNode directory = ok("directory.schema.json", api + kind);
      assertThat(directory.get("items")).hasSize(1);
    }
    JsonNode mostRead = ok("most-read.schema.json", api + "most-read");
    assertThat(mostRead.get("articles").get(0).get("id").asText()).isEqualTo(rich.id().toString());
    assertThat(mostRead.get("articles").get(0).get("views").asLong()).isEqualTo(3);
    ok("changes.schema.json", api + "changes");
  }

  @Test
  @DisplayName("the schemas reject what the API never writes")
  void schemasAreStrict() {
    String article = text(send("GET", api + "articles/" + rich.id()));
    String renamed = article.replace("\"headline\"", "\"title\"");
    assertThat(ApiSchemas.errors("article.schema.json", renamed)).isNotEmpty();
    String listing = text(send("GET", api + "latest"));
    assertThat(ApiSchemas.errors("listing.schema.json", listing.replace("\"next\"", "\"nxt\"")))
        .isNotEmpty();
  }

  @Test
  @DisplayName("serves published content only: drafts, other tenants' ids and slugs are 404")
  void publishedOnly() {
    assertThat(problem(404, api + "articles/" + fx.draft.id()).get("parameter").asText())
        .isEqualTo("articleId");
    problem(404, api + "articles/by-slug/" + fx.draft.slug());
    // Ids and slugs that exist only in the other tenant.
    Article elsewhere = other.publish(SiteFixture.UK, "Лише в іншому виданні", null);
    var otherSection =
        other
            .content
            .sections()
            .create(
                io.dateline.cms.command.SectionDraft.of(
                    io.dateline.cms.model.LocalizedText.of("uk", "Спорт", "en", "Sport")));
    site.refresh();
    assertThat(send("GET", "/api/v1/" + other.tenant.id() + "/articles/" + elsewhere.id()).status())
        .isEqualTo(200);
    problem(404, api + "articles/" + other.original.id());
    problem(404, api + "articles/" + elsewhere.id());
    problem(404, api + "articles/by-slug/" + elsewhere.slug());
    problem(404, api + "sections/" + otherSection.slug() + "/articles");
    assertThat(problem(404, "/api/v1/nobody/latest").get("parameter").asText())
        .isEqualTo("tenantId");
    problem(404, api + "articles/not-a-uuid");
    problem(404, api + "no-such-thing");
    problem(404, api + "latest/");
    problem(404, "/api/v1/");
    // The listing holds no draft and nothing of the other tenant.
    JsonNode latest = ok("listing.schema.json", api + "latest?limit=100");
    List<String> ids = new ArrayList<>();
    latest.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).doesNotContain(fx.draft.id().toString(), other.original.id().toString());
    assertThat(ids).contains(rich.id().toString());
  }

  @Test
  @DisplayName("an article by slug in another language is its translation; no translation is 404")
  void bySlugWithLanguage() {
    JsonNode en =
        ok("article.schema.json", api + "articles/by-slug/" + fx.original.slug() + "?lang=en");
    assertThat(en.get("id").asText()).isEqualTo(fx.translation.id().toString());
    assertThat(en.get("language").asText()).isEqualTo("en");
    assertThat(en.get("translations").get(0).get("id").asText())
        .isEqualTo(fx.original.id().toString());
    assertThat(
            problem(404, api + "articles/by-slug/" + rich.slug() + "?lang=en")
                .get("parameter")
                .asText())
        .isEqualTo("lang");
    assertThat(problem(400, api + "latest?lang=de").get("parameter").asText()).isEqualTo("lang");
  }

  @Test
  @DisplayName("a bad cursor, limit or position is a 400 naming the parameter")
  void badParameters() {
    assertThat(problem(400, api + "latest?after=nonsense").get("parameter").asText())
        .isEqualTo("after");
    assertThat(problem(400, api + "latest?limit=0").get("parameter").asText()).isEqualTo("limit");
    assertThat(problem(400, api + "latest?limit=101").get("parameter").asText()).isEqualTo("limit");
    assertThat(problem(400, api + "tags?limit=x").get("parameter").asText()).isEqualTo("limit");
    assertThat(problem(400, api + "tags?after=Not%20A%20Slug").get("parameter").asText())
        .isEqualTo("after");
    assertThat(problem(400, api + "changes?after=-1").get("parameter").asText()).isEqualTo("after");
    assertThat(problem(400, api + "changes?limit=501").get("parameter").asText())
        .isEqualTo("limit");
    assertThat(problem(400, api + "latest?after=%zz").get("parameter").asText()).isEqualTo("after");
  }

  @Test
  @DisplayName("is read-only: other methods get 405 with Allow, as problem details")
  void readOnly() {
    SiteResponse post = send("POST", api + "latest");
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
    assertValid("problem.schema.json", text(post));
    SiteResponse head = send("HEAD", api + "latest");
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  @DisplayName("answers 304 to a repeated request with its ETag, and a new ETag after a change")
  void conditionalRequests() {
    String path = api + "articles/" + rich.id();
    SiteResponse first = send("GET", path);
    String etag = first.header("ETag");
    assertThat(etag).startsWith("W/\"");
    assertThat(first.header("Last-Modified")).isNotBlank();
    SiteResponse again = send("GET", path, "If-None-Match", etag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    String listingEtag = send("GET", api + "latest").header("ETag");
    fx.publish(SiteFixture.UK, "Нова новина", null);
    site.refresh();
    SiteResponse changed = send("GET", api + "latest", "If-None-Match", listingEtag);
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.header("ETag")).isNotEqualTo(listingEtag);
  }

  @Test
  @DisplayName("a retracted article is 404 as soon as the site has read the change")
  void retraction() {
    String path = api + "articles/" + rich.id();
    String etag = send("GET", path).header("ETag");
    fx.content.articles().unpublish(rich.id());
    site.refresh();
    SiteResponse r = send("GET", path, "If-None-Match", etag);
    assertThat(r.status()).isEqualTo(404);
    JsonNode latest = ok("listing.schema.json", api + "latest?limit=100");
    assertThat(latest.toString()).doesNotContain(rich.id().toString());
  }

  @Test
  @DisplayName("directories page by slug to the end")
  void directoryPages() {
    for (int i = 0; i < 4; i++) {
      fx.content
          .tags()
          .create(
              io.dateline.cms.command.TagDraft.of(
                  io.dateline.cms.model.TagKind.TOPIC,
                  io.dateline.cms.model.LocalizedText.of("uk", "Тема " + i, "en", "Topic " + i)));
    }
    site.refresh();
    List<String> slugs = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      JsonNode page =
          ok(
              "directory.schema.json",
              api + "tags?limit=2" + (after == null ? "" : "&after=" + after));
      page.get("items").forEach(t -> slugs.add(t.get("slug").asText()));
      after = page.get("next").isNull() ? null : page.get("next").asText();
      pages++;
    } while (after != null && pages < 10);
    assertThat(slugs).hasSize(5).doesNotHaveDuplicates().isSorted();
    assertThat(pages).isEqualTo(3);
  }

  @Test
  @DisplayName("the change feed is the tenant's own, paged by position, without unpublished kinds")
  void changeFeed() {
    List<Long> positions = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    long after = 0;
    for (int guard = 0; guard < 100; guard++) {
      JsonNode page = ok("changes.schema.json", api + "changes?limit=7&after=" + after);
      page.get("changes")
          .forEach(
              c -> {
                positions.add(c.get("position").asLong());
                kinds.add(c.get("kind").asText());
                assertThat(c.get("subjectId").asText())
                    .isNotEqualTo(other.original.id().toString());
              });
      long next = page.get("next").asLong();
      if (!page.get("more").asBoolean()) {
        break;
      }
      assertThat(next).isGreaterThan(after);
      after = next;
    }
    assertThat(positions).doesNotHaveDuplicates().isSorted();
    assertThat(kinds).contains("ARTICLE_PUBLISHED", "TENANT_SAVED", "SECTION_SAVED");
    assertThat(kinds).doesNotContain("ARTICLE_CREATED", "ARTICLE_SCHEDULED");
    long expected =
        cms.changes().read(fx.tenant.id(), 0, 500).stream()
            .filter(c -> !c.kind().name().equals("ARTICLE_CREATED"))
            .count();
    assertThat(positions).hasSize((int) expected);
  }

  @Test
  @DisplayName("leaves {tenant}/search to the search endpoint")
  void searchPathLeftFree() {
    SiteResponse r = send("GET", api + "search?q=x");
    assertThat(r.header("Content-Type")).isNotEqualTo("application/problem+json");
  }

  @Test
  @DisplayName("has no CORS unless configured; with it, allowed origins get their headers")
  void cors() {
    SiteResponse plain = send("GET", api + "latest", "Origin", "https://app.example");
    assertThat(plain.header("Access-Control-Allow-Origin")).isNull();
    try (DatelineSite withCors =
        DatelineSite.builder(cms, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ZERO)
            .corsAllowedOrigins(List.of("https://app.example"))
            .build()) {
      SiteResponse allowed =
          withCors.handle(
              SiteRequest.builder("GET", api + "latest")
                  .header("Origin", "https://app.example")
                  .build());
      assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
      SiteResponse refused =
          withCors.handle(
              SiteRequest.builder("GET", api + "latest")
                  .header("Origin", "https://evil.example")
                  .build());
      assertThat(refused.status()).isEqualTo(200);
      assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
      SiteResponse preflight =
          withCors.handle(
              SiteRequest.builder("OPTIONS", api + "latest")
                  .header("Origin", "https://app.example")
                  .header("Access-Control-Request-Method", "GET")
                  .build());
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
      // Pages are not the API's: no preflight there, and no CORS headers.
      SiteResponse page =
          withCors.handle(
              SiteRequest.builder("OPTIONS", "/" + fx.tenant.id() + "/")
                  .header("Origin", "https://app.example")
                  .header("Access-Control-Request-Method", "GET")
                  .build());
      assertThat(page.status()).isEqualTo(405);
      assertThat(page.header("Access-Control-Allow-Origin")).isNull();
    }
  }

  @Test
  @DisplayName("most read is per language")
  void mostReadPerLanguage() {
    cms.viewCounter().record(fx.tenant.id(), fx.translation.id());
    cms.viewCounter().flush();
    site.invalidateAll();
    JsonNode en = ok("most-read.schema.json", api + "most-read?lang=en");
    assertThat(en.get("articles")).hasSize(1);
    assertThat(en.get("articles").get(0).get("language").asText()).isEqualTo("en");
    JsonNode uk = ok("most-read.schema.json", api + "most-read?lang=uk&limit=1");
    assertThat(uk.get("articles")).hasSize(1);
    assertThat(uk.get("articles").get(0).get("language").asText())
        .isEqualTo(Locale.forLanguageTag("uk").toLanguageTag());
  }

  @Test
  @DisplayName("answers hostile paths and parameters with 4xx problem details, never 5xx")
  void hostilePaths() {
    String longSegment = "a".repeat(3000);
    for (String path :
        List.of(
            "/api/v1/%00/latest",
            "/api/v1/" + longSegment,
            api + "articles/..%2F..%2Fetc",
            api + "articles/by-slug/%E2%28%A1",
            api + "articles/by-slug/" + longSegment,
            api + "sections/%00/articles",
            api + "sections//articles",
            api + "articles/00000000-0000-0000-0000-000000000000",
            api + "articles/1-1-1-1-1",
            api + "latest?after=%00",
            api + "latest?after=" + longSegment,
            api + "latest?limit=99999999999999",
            api + "changes?after=99999999999999999999999",
            api + "most-read?limit=101",
            api + "most-read?lang=%C0")) {
      SiteResponse r = send("GET", path);
      assertThat(r.status()).as(path).isBetween(400, 499);
      assertThat(r.header("Content-Type")).as(path).isEqualTo("application/problem+json");
      assertValid("problem.schema.json", text(r));
    }
  }

  @Test
  @DisplayName("a warm change-feed page is served from the cache until the site reads the change")
  void changeFeedIsCached() {
    // The JPA store reads the feed over plain JDBC, which Hibernate's statistics do not count, so
    // the statement budget cannot show this page is cached; what it serves can.
    String path = api + "changes?after=0&limit=500";
    String before = text(send("GET", path));
    Article added = fx.publish(SiteFixture.UK, "Ще одна новина", null);
    assertThat(text(send("GET", path))).isEqualTo(before).doesNotContain(added.id().toString());
    site.refresh();
    assertThat(text(send("GET", path))).contains(added.id().toString());
  }
}
