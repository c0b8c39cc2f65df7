package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.thrown;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The directory services")
class DirectoryServiceTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();
  private final TenantContent city = newsroom.city();

  private static LocalizedText uk(String text) {
    return LocalizedText.of("uk", text);
  }

  @Nested
  @DisplayName("for authors")
  class Authors {

    @Test
    @DisplayName("store every field and an empty biography when none is given")
    void storesFields() {
      Author author =
          unn.authors()
              .create(
                  new AuthorDraft(
                      null,
                      LocalizedText.of("uk", "Юлія Шрамко", "en", "Julia Shramko"),
                      null,
                      "j.shramko@unn.example",
                      URI.create("https://unn.example/shramko.jpg")));

      assertThat(author.tenantId()).isEqualTo(Newsroom.UNN);
      assertThat(author.bio().isEmpty()).isTrue();
      assertThat(author.name().resolve(Newsroom.EN, null)).isEqualTo("Julia Shramko");
      assertThat(unn.authors().get(author.id())).isEqualTo(author);
      assertThat(unn.authors().findBySlug("yuliia-shramko")).contains(author);
    }

    @Test
    @DisplayName("refuse a bad email, a non-http portrait and a blank name at once")
    void refusesBadFields() {
      ValidationException e =
          validationFailure(
              () ->
                  unn.authors()
                      .create(
                          new AuthorDraft(
                              "UPPER",
                              uk(" "),
                              uk(""),
                              "not an email",
                              URI.create("ftp://x.example/p.jpg"))));

      assertThat(e.subject()).isEqualTo("author");
      assertThat(pathsAndRules(e))
          .containsExactly(
              tuple("bio", "LocalizedLength"),
              tuple("email", "Email"),
              tuple("imageUrl", "HttpUrl"),
              tuple("name", "LocalizedLength"),
              tuple("slug", "Slug"));
      assertThat(unn.authors().list(null, 10)).isEmpty();
    }

    @Test
    @DisplayName("refuse a missing name, an empty name and a name with a missing text")
    void refusesMissingNames() {
      assertThat(
              pathsAndRules(validationFailure(() -> unn.authors().create(AuthorDraft.named(null)))))
          .containsExactly(tuple("name", "NotNull"));
      assertThat(
              pathsAndRules(
                  validationFailure(
                      () -> unn.authors().create(AuthorDraft.named(LocalizedText.empty())))))
          .containsExactly(tuple("name", "LocalizedLength"));
      assertThat(
              pathsAndRules(
                  validationFailure(() -> unn.authors().create(AuthorDraft.named(uk(null))))))
          .containsExactly(tuple("name", "LocalizedLength"));
      Map<java.util.Locale, String> noLanguage = new HashMap<>();
      noLanguage.put(null, "Юлія");
      assertThat(
              pathsAndRules(
                  validationFailure(
                      () ->
                          unn.authors().create(AuthorDraft.named(new LocalizedText(noLanguage))))))
          .containsExactly(tuple("name", "LocalizedLength"));
    }

    @Test
    @DisplayName("refuse a name over 200 characters in any language")
    void longName() {
      LocalizedText name = LocalizedText.of("uk", "Юлія", "en", "J".repeat(201));

      assertThat(
              pathsAndRules(validationFailure(() -> unn.authors().create(AuthorDraft.named(name)))))
          .containsExactly(tuple("name", "LocalizedLength"));
    }

    @Test
    @DisplayName("update replaces the fields and keeps the id")
    void update() {
      Author author = Newsroom.author(unn, "Юлія Шрамко");

      Author updated =
          unn.authors()
              .update(
                  author.id(),
                  new AuthorDraft(null, uk("Юлія Шрамко-Петренко"), uk("Журналістка"), null, null));

      assertThat(updated.id()).isEqualTo(author.id());
      assertThat(updated.bio().resolve(Newsroom.UK, null)).isEqualTo("Журналістка");
      assertThat(unn.authors().get(author.id())).isEqualTo(updated);
    }

    @Test
    @DisplayName("update refuses invalid fields and leaves the author as it was")
    void invalidUpdate() {
      Author author = Newsroom.author(unn, "Юлія Шрамко");

      validationFailure(() -> unn.authors().update(author.id(), AuthorDraft.named(uk(""))));

      assertThat(unn.authors().get(author.id())).isEqualTo(author);
    }

    @Test
    @DisplayName("unknown ids are NotFound for get, update and delete, empty for find")
    void unknown() {
      AuthorId ghost = AuthorId.random();

      NotFoundException e = thrown(NotFoundException.class, () -> unn.authors().get(ghost));
      assertThat(e.kind()).isEqualTo("author");
      thrown(
          NotFoundException.class, () -> unn.authors().update(ghost, AuthorDraft.named(uk("Х"))));
      thrown(NotFoundException.class, () -> unn.authors().delete(ghost));
      assertThat(unn.authors().find(ghost)).isEmpty();
      assertThat(unn.authors().findBySlug("nobody")).isEmpty();
    }

    @Test
    @DisplayName("null drafts are validation errors")
    void nullDraft() {
      assertThat(pathsAndRules(validationFailure(() -> unn.authors().create(null))))
          .containsExactly(tuple("", "NotNull"));
    }
  }

  @Nested
  @DisplayName("for tags and locations")
  class TagsAndLocations {

    @Test
    @DisplayName("a tag needs a kind")
    void tagKind() {
      assertThat(
              pathsAndRules(
                  validationFailure(() -> unn.tags().create(TagDraft.of(null, uk("Сеул"))))))
          .containsExactly(tuple("kind", "NotNull"));
    }

    @Test
    @DisplayName("a location keeps its kind and coordinates")
    void location() {
      Location kyiv =
          unn.locations()
              .create(
                  new LocationDraft(
                      LocationKind.CITY, null, uk("Київ"), new GeoPoint(50.45, 30.52)));

      assertThat(kyiv.kind()).isEqualTo(LocationKind.CITY);
      assertThat(kyiv.coordinates()).isEqualTo(new GeoPoint(50.45, 30.52));
    }

    private ValidationException failureLocatedAt(GeoPoint point) {
      return validationFailure(
          () -> unn.locations().create(new LocationDraft(LocationKind.CITY, null, uk("Х"), point)));
    }

    @Test
    @DisplayName("coordinates outside the globe are refused, NaN and infinity included")
    void coordinates() {
      assertThat(pathsAndRules(failureLocatedAt(new GeoPoint(90.5, -181))))
          .containsExactly(
              tuple("coordinates.latitude", "DecimalMax"),
              tuple("coordinates.longitude", "DecimalMin"));
      assertThat(failureLocatedAt(new GeoPoint(Double.NaN, Double.POSITIVE_INFINITY)).violations())
          .extracting(Violation::path)
          .containsOnly("coordinates.latitude", "coordinates.longitude");
      assertThat(unn.locations().list(null, 10)).isEmpty();
    }
  }

  @Nested
  @DisplayName("for sections")
  class Sections {

    private Section section(String name, SectionId parent) {
      return unn.sections().create(new SectionDraft(null, uk(name), parent, 0));
    }

    @Test
    @DisplayName("a parent of the same tenant is accepted")
    void parent() {
      Section news = section("Новини", null);

      Section world = section("Новини світу", news.id());

      assertThat(world.parentId()).isEqualTo(news.id());
    }

    @Test
    @DisplayName("a parent from another tenant, or none at all, is refused as SameTenant")
    void foreignParent() {
      Section foreign = Newsroom.section(city, "World");

      assertThat(pathsAndRules(validationFailure(() -> section("Світ", foreign.id()))))
          .containsExactly(tuple("parentId", "SameTenant"));
      assertThat(pathsAndRules(validationFailure(() -> section("Світ", SectionId.random()))))
          .containsExactly(tuple("parentId", "SameTenant"));
    }

    @Test
    @DisplayName("a section cannot be its own parent")
    void selfParent() {
      Section news = section("Новини", null);

      ValidationException e =
          validationFailure(
              () ->
                  unn.sections()
                      .update(news.id(), new SectionDraft(null, uk("Новини"), news.id(), 0)));

      assertThat(pathsAndRules(e)).containsExactly(tuple("parentId", "Acyclic"));
      assertThat(unn.sections().get(news.id()).parentId()).isNull();
    }

    @Test
    @DisplayName("a section cannot move under its own descendant")
    void cycle() {
      Section news = section("Новини", null);
      Section world = section("Світ", news.id());
      Section europe = section("Європа", world.id());

      ValidationException e =
          validationFailure(
              () ->
                  unn.sections()
                      .update(news.id(), new SectionDraft(null, uk("Новини"), europe.id(), 0)));

      assertThat(pathsAndRules(e)).containsExactly(tuple("parentId", "Acyclic"));
      assertThat(unn.sections().get(news.id())).isEqualTo(news);
    }

    @Test
    @DisplayName("a section may move under a sibling branch")
    void move() {
      Section news = section("Новини", null);
      Section sport = section("Спорт", null);
      Section football = section("Футбол", news.id());

      Section moved =
          unn.sections().update(football.id(), new SectionDraft(null, uk("Футбол"), sport.id(), 3));

      assertThat(moved.parentId()).isEqualTo(sport.id());
      assertThat(moved.position()).isEqualTo(3);
    }

    @Test
    @DisplayName("a section with subsections cannot be deleted, so no parent id dangles")
    void deleteParent() {
      Section news = section("Новини", null);
      Section world = section("Світ", news.id());

      assertThat(thrown(ReferenceInUseException.class, () -> unn.sections().delete(news.id())))
          .hasMessageContaining("1 subsection(s)");
      assertThat(unn.sections().find(news.id())).isPresent();

      unn.sections().delete(world.id());
      unn.sections().delete(news.id());
      assertThat(unn.sections().list(null, 10)).isEmpty();
    }

    @ParameterizedTest(name = "position {0}")
    @ValueSource(ints = {-1, 10_001, Integer.MIN_VALUE})
    @DisplayName("a position outside 0 to 10000 is refused")
    void position(int position) {
      assertThat(
              pathsAndRules(
                  validationFailure(
                      () ->
                          unn.sections().create(new SectionDraft(null, uk("Х"), null, position)))))
          .extracting(t -> t.toList().get(0))
          .containsExactly("position");
    }
  }

  @Nested
  @DisplayName("when deleting")
  class Deleting {
    private final Newsroom.Directory directory = Newsroom.directory(unn);
    private final Author author = directory.author();
    private final Tag tag = directory.tag();
    private final Section section = directory.section();
    private final Location kyiv = directory.kyiv();
    private final Location lviv = directory.lviv();

    @Test
    @DisplayName("refuse while any article, even a draft, refers to the object")
    void inUse() {
      Article article = unn.articles().create(directory.cite(draft("Новина")).build());

      assertThat(thrown(ReferenceInUseException.class, () -> unn.authors().delete(author.id())))
          .hasMessageContaining("author")
          .hasMessageContaining("1 article");
      thrown(ReferenceInUseException.class, () -> unn.tags().delete(tag.id()));
      thrown(ReferenceInUseException.class, () -> unn.sections().delete(section.id()));
      thrown(ReferenceInUseException.class, () -> unn.locations().delete(kyiv.id()));
      thrown(ReferenceInUseException.class, () -> unn.locations().delete(lviv.id()));

      assertThat(unn.authors().find(author.id())).isPresent();
      assertThat(unn.tags().find(tag.id())).isPresent();
      assertThat(unn.sections().find(section.id())).isPresent();
      assertThat(unn.locations().find(kyiv.id())).isPresent();

      unn.articles().delete(article.id());
      unn.authors().delete(author.id());
      unn.tags().delete(tag.id());
      unn.sections().delete(section.id());
      unn.locations().delete(kyiv.id());
      unn.locations().delete(lviv.id());
      assertThat(unn.authors().find(author.id())).isEmpty();
      assertThat(unn.locations().list(null, 10)).isEmpty();
    }

    @Test
    @DisplayName("delete an unreferenced object and free its slug")
    void unreferenced() {
      unn.articles().create(draft("Новина").authors(Newsroom.author(unn, "Інший").id()).build());

      unn.authors().delete(author.id());

      assertThat(unn.authors().find(author.id())).isEmpty();
      assertThat(unn.authors().findBySlug("yuliia-shramko")).isEmpty();
      assertThat(Newsroom.author(unn, "Юлія Шрамко").slug()).isEqualTo("yuliia-shramko");
    }

    @Test
    @DisplayName("count only this tenant's articles as references")
    void otherTenantsArticlesDoNotCount() {
      Author foreign = Newsroom.author(city, "Jane Doe");
      city.articles()
          .create(ArticleDraft.builder(Newsroom.EN, "News").authors(foreign.id()).build());

      thrown(NotFoundException.class, () -> unn.authors().delete(foreign.id()));
      unn.authors().delete(author.id());

      assertThat(city.authors().find(foreign.id())).isPresent();
    }
  }

  @Nested
  @DisplayName("when listing")
  class Listing {

    @Test
    @DisplayName("order by slug and continue after a slug")
    void bySlug() {
      for (String name : new String[] {"Львів", "Київ", "Одеса", "Харків", "Дніпро"}) {
        Newsroom.city(unn, name);
      }

      assertThat(unn.locations().list(null, 10))
          .extracting(Location::slug)
          .containsExactly("dnipro", "kharkiv", "kyiv", "lviv", "odesa");
      assertThat(unn.locations().list(null, 2))
          .extracting(Location::slug)
          .containsExactly("dnipro", "kharkiv");
      assertThat(unn.locations().list("kharkiv", 2))
          .extracting(Location::slug)
          .containsExactly("kyiv", "lviv");
      assertThat(unn.locations().list("odesa", 2)).isEmpty();
      assertThat(city.locations().list(null, 10)).isEmpty();
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, -1, 1001})
    @DisplayName("refuse a limit outside 1 to 1000")
    void limit(int limit) {
      ValidationException e = validationFailure(() -> unn.tags().list(null, limit));

      assertThat(pathsAndRules(e)).containsExactly(tuple("limit", "Range"));
      assertThat(e.subject()).isEqualTo("tag");
    }

    @Test
    @DisplayName("find tags and locations by id, ignoring unknown ids")
    void findById() {
      Tag tag = Newsroom.tag(unn, "Сеул");

      assertThat(unn.tags().find(tag.id())).contains(tag);
      assertThat(unn.tags().find(TagId.random())).isEmpty();
      assertThat(unn.locations().find(LocationId.random())).isEmpty();
    }
  }

  @Test
  @DisplayName("creating a tag in a tenant changes nothing in the other")
  void kindsStayApart() {
    Tag tag = unn.tags().create(TagDraft.of(TagKind.EVENT, uk("Євробачення 2026")));

    assertThat(tag.slug()).isEqualTo("yevrobachennia-2026");
    assertThat(city.tags().list(null, 10)).isEmpty();
    assertThat(unn.authors().list(null, 10)).isEmpty();
  }
}
