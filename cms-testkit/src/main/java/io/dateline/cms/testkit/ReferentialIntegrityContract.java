package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.ReferenceInUseException;
import io.dateline.cms.TenantContent;
import io.dateline.cms.ValidationException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.Violation;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.DirectoryRepository;
import io.dateline.cms.spi.TenantStorage;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Referential integrity between articles and what they refer to, as JUnit 5 tests: the rules of
 * {@link DirectoryRepository#delete} and of {@code ArticleRepository.insert}, {@code update} and
 * {@code delete}. A backend runs them by implementing this interface in a test class, or with
 * everything else through {@link StorageCompatibilityKit}, which includes it.
 *
 * <p>The races run a delete of a directory object against writes of articles that start referring
 * to it, on {@value #RACERS} threads for {@value #ROUNDS} rounds per kind, and check the one thing
 * that must hold whoever wins: no article refers to an object that no longer exists. Every test
 * uses a fresh tenant, so the storage may be shared and need not be empty. No test measures time.
 *
 * @since 0.1.0
 */
public interface ReferentialIntegrityContract {

  /** Threads per race: one deletes, the others write articles. */
  int RACERS = 4;

  /** Races per directory kind. */
  int ROUNDS = 12;

  /**
   * The storage under test, for the running test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage referentialIntegrityStorage();

  // ---------------------------------------------------------------------------------------------
  // Deleting what articles refer to
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("an author, section, tag or location an article refers to cannot be deleted")
  default void referencedObjectsCannotBeDeleted() {
    IntegritySite site = newIntegritySite();
    Author author = site.stored(site.sample.author(), site.store.authors());
    Section section = site.stored(site.sample.section(), site.store.sections());
    Tag tag = site.stored(site.sample.tag(), site.store.tags());
    Location dateline = site.stored(site.sample.location(), site.store.locations());
    Location place = site.stored(site.sample.location(), site.store.locations());
    site.store
        .articles()
        .insert(
            site.sample
                .article()
                .authors(List.of(author.id()))
                .sections(List.of(section.id()))
                .tags(List.of(tag.id()))
                .dateline(dateline.id())
                .places(List.of(place.id()))
                .build());

    assertInUse(() -> site.store.authors().delete(author.id()));
    assertInUse(() -> site.store.sections().delete(section.id()));
    assertInUse(() -> site.store.tags().delete(tag.id()));
    assertInUse(() -> site.store.locations().delete(dateline.id()));
    assertInUse(() -> site.store.locations().delete(place.id()));

    assertThat(site.store.authors().findById(author.id())).contains(author);
    assertThat(site.store.sections().findById(section.id())).contains(section);
    assertThat(site.store.tags().findById(tag.id())).contains(tag);
    assertThat(site.store.locations().findById(dateline.id())).contains(dateline);
    assertThat(site.store.locations().findById(place.id())).contains(place);
  }

  @Test
  @DisplayName("an object is deleted once the last article referring to it is gone")
  default void unreferencedObjectIsDeleted() {
    IntegritySite site = newIntegritySite();
    Tag tag = site.stored(site.sample.tag(), site.store.tags());
    Article article =
        site.store.articles().insert(site.sample.article().tags(List.of(tag.id())).build());
    assertInUse(() -> site.store.tags().delete(tag.id()));

    site.store.articles().update(article.toBuilder().tags(List.of()).build());

    assertThat(site.store.tags().delete(tag.id())).isTrue();
    assertThat(site.store.tags().findById(tag.id())).isEmpty();
  }

  @Test
  @DisplayName("a section that is the parent of another cannot be deleted")
  default void parentSectionCannotBeDeleted() {
    IntegritySite site = newIntegritySite();
    Section parent = site.stored(site.sample.section(), site.store.sections());
    Section child =
        site.stored(
            site.sample.section(site.sample.nextSlug("child"), parent.id()), site.store.sections());

    assertThatThrownBy(() -> site.store.sections().delete(parent.id()))
        .isInstanceOf(ReferenceInUseException.class)
        .hasMessageContaining("subsection");
    assertThat(site.store.sections().findById(parent.id())).contains(parent);

    assertThat(site.store.sections().delete(child.id())).isTrue();
    assertThat(site.store.sections().delete(parent.id())).isTrue();
  }

  @Test
  @DisplayName("an article referring to objects that do not exist is refused, naming each one")
  default void missingReferencesAreRefused() {
    IntegritySite site = newIntegritySite();
    Tag tag = site.stored(site.sample.tag(), site.store.tags());
    Location gone = site.sample.location();
    Article draft =
        site.sample
            .article()
            .authors(List.of(site.sample.author().id()))
            .tags(List.of(tag.id(), TagId.random()))
            .dateline(gone.id())
            .build();

    assertThatThrownBy(() -> site.store.articles().insert(draft))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path, Violation::rule)
                    .containsExactlyInAnyOrder(
                        Tuple.tuple("authors[0]", "SameTenant"),
                        Tuple.tuple("tags[1]", "SameTenant"),
                        Tuple.tuple("dateline", "SameTenant")));
    assertThat(site.store.articles().findById(draft.id())).isEmpty();

    Article stored = site.store.articles().insert(site.sample.article().build());
    Article withMissing = stored.toBuilder().sections(List.of(site.sample.section().id())).build();
    assertThatThrownBy(() -> site.store.articles().update(withMissing))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sections[0]");
    assertThat(site.store.articles().findById(stored.id())).contains(stored);
  }

  @Test
  @DisplayName("an object of another kind with the right id does not count as the reference")
  default void referenceOfTheWrongKindIsRefused() {
    IntegritySite site = newIntegritySite();
    Tag tag = site.stored(site.sample.tag(), site.store.tags());
    Article draft = site.sample.article().authors(List.of(AuthorId.of(tag.id().value()))).build();

    assertThatThrownBy(() -> site.store.articles().insert(draft))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("authors[0]");
  }

  // ---------------------------------------------------------------------------------------------
  // Races between referring and deleting
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("racing article inserts against deleting an author never leave a dangling author")
  default void raceOnAuthors() {
    race(
        site -> site.stored(site.sample.author(), site.store.authors()),
        (b, a) -> b.authors(List.of(a.id())),
        (site, a) -> site.store.authors().delete(a.id()));
  }

  @Test
  @DisplayName("racing article inserts against deleting a section never leave a dangling section")
  default void raceOnSections() {
    race(
        site -> site.stored(site.sample.section(), site.store.sections()),
        (b, s) -> b.sections(List.of(s.id())),
        (site, s) -> site.store.sections().delete(s.id()));
  }

  @Test
  @DisplayName("racing article inserts against deleting a tag never leave a dangling tag")
  default void raceOnTags() {
    race(
        site -> site.stored(site.sample.tag(), site.store.tags()),
        (b, t) -> b.tags(List.of(t.id())),
        (site, t) -> site.store.tags().delete(t.id()));
  }

  @Test
  @DisplayName("racing article inserts against deleting a location never leave a dangling place")
  default void raceOnLocations() {
    race(
        site -> site.stored(site.sample.location(), site.store.locations()),
        (b, l) -> b.dateline(l.id()).places(List.of(l.id())),
        (site, l) -> site.store.locations().delete(l.id()));
  }

  @Test
  @DisplayName("racing article updates against deleting a tag never leave a dangling tag")
  default void raceOfUpdatesOnTags() {
    IntegritySite site = newIntegritySite();
    for (int round = 0; round < ROUNDS; round++) {
      Tag tag = site.stored(site.sample.tag(), site.store.tags());
      List<Article> articles = new ArrayList<>();
      for (int i = 1; i < RACERS; i++) {
        articles.add(site.store.articles().insert(site.sample.article().build()));
      }
      List<ThreadRace.Outcome<Object>> outcomes =
          ThreadRace.run(
              RACERS,
              thread ->
                  thread == 0
                      ? site.store.tags().delete(tag.id())
                      : site.store
                          .articles()
                          .update(
                              articles.get(thread - 1).toBuilder()
                                  .tags(List.of(tag.id()))
                                  .build()));
      assertOnlyExpectedFailures(outcomes);
      assertNoDanglingReferences(site);
    }
  }

  @Test
  @DisplayName(
      "through the services, creating articles with a tag while deleting it never leaves it"
          + " dangling")
  default void raceThroughTheServices() {
    IntegritySite site = newIntegritySite();
    try (Dateline cms =
        Dateline.builder()
            .storage(referentialIntegrityStorage())
            .clock(Clock.fixed(SampleContent.REFERENCE_TIME, ZoneOffset.UTC))
            .build()) {
      TenantContent content = cms.tenant(site.sample.tenantId());
      for (int round = 0; round < ROUNDS; round++) {
        Tag tag = site.stored(site.sample.tag(), site.store.tags());
        List<ThreadRace.Outcome<Object>> outcomes =
            ThreadRace.run(
                RACERS,
                thread -> {
                  if (thread == 0) {
                    content.tags().delete(tag.id());
                    return null;
                  }
                  return content
                      .articles()
                      .create(
                          ArticleDraft.builder(Locale.forLanguageTag("uk"), "Новина " + thread)
                              .tags(List.of(tag.id()))
                              .build());
                });
        assertOnlyExpectedFailures(outcomes);
        assertNoDanglingReferences(site);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Related articles
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "deleting an article removes it from other articles' related lists, keeping their order")
  default void deletingAnArticleCleansRelatedLists() {
    IntegritySite site = newIntegritySite();
    var articles = site.store.articles();
    Article doomed = articles.insert(site.sample.article().build());
    Article kept = articles.insert(site.sample.article().build());
    Article both =
        articles.insert(site.sample.article().related(List.of(kept.id(), doomed.id())).build());
    Article only = articles.insert(site.sample.article().related(List.of(doomed.id())).build());
    Article unrelated = articles.insert(site.sample.article().related(List.of(kept.id())).build());
    long before = referentialIntegrityStorage().changes().head();

    assertThat(site.store.articles().delete(doomed.id())).isTrue();

    Article bothNow = site.store.articles().findById(both.id()).orElseThrow();
    assertThat(bothNow.related()).containsExactly(kept.id());
    assertThat(bothNow.version()).isEqualTo(both.version() + 1);
    assertThat(bothNow.toBuilder().related(both.related()).version(both.version()).build())
        .as("nothing else changed")
        .isEqualTo(both);
    Article onlyNow = site.store.articles().findById(only.id()).orElseThrow();
    assertThat(onlyNow.related()).isEmpty();
    assertThat(onlyNow.version()).isEqualTo(only.version() + 1);
    assertThat(site.store.articles().findById(unrelated.id())).contains(unrelated);
    assertThat(site.store.articles().findById(kept.id())).contains(kept);

    List<Change> changes =
        referentialIntegrityStorage().changes().read(site.sample.tenantId(), before, 100);
    assertThat(changes).first().extracting(Change::kind).isEqualTo(ChangeKind.ARTICLE_DELETED);
    assertThat(changes)
        .filteredOn(c -> c.kind() == ChangeKind.ARTICLE_UPDATED)
        .extracting(Change::subjectId)
        .containsExactlyInAnyOrder(both.id().toString(), only.id().toString());
    assertThat(changes).hasSize(3);

    // An edit based on the version before the clean-up is a conflict, not a silent undo.
    assertThatThrownBy(() -> site.store.articles().update(both))
        .isInstanceOf(VersionConflictException.class);
  }

  @Test
  @DisplayName("through the service, deleting an article leaves no related link to it anywhere")
  default void serviceDeleteCleansRelatedLists() {
    IntegritySite site = newIntegritySite();
    try (Dateline cms =
        Dateline.builder()
            .storage(referentialIntegrityStorage())
            .clock(Clock.fixed(SampleContent.REFERENCE_TIME, ZoneOffset.UTC))
            .build()) {
      TenantContent content = cms.tenant(site.sample.tenantId());
      Locale uk = Locale.forLanguageTag("uk");
      Article target = content.articles().create(ArticleDraft.builder(uk, "Ціль").build());
      Article linking =
          content
              .articles()
              .create(ArticleDraft.builder(uk, "Посилання").related(List.of(target.id())).build());

      content.articles().delete(target.id());

      assertThat(content.articles().get(linking.id()).related()).isEmpty();
      // The cleaned article can be edited again: its draft passes validation.
      Article edited =
          content
              .articles()
              .update(
                  linking.id(),
                  linking.version() + 1,
                  ArticleDraft.from(content.articles().get(linking.id()))
                      .headline("Посилання, оновлене")
                      .build());
      assertThat(edited.related()).isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private <T> void race(
      Function<IntegritySite, T> create,
      BiFunction<Article.Builder, T, Article.Builder> refer,
      BiFunction<IntegritySite, T, Boolean> delete) {
    IntegritySite site = newIntegritySite();
    for (int round = 0; round < ROUNDS; round++) {
      T target = create.apply(site);
      List<ThreadRace.Outcome<Object>> outcomes =
          ThreadRace.run(
              RACERS,
              thread ->
                  thread == 0
                      ? delete.apply(site, target)
                      : site.store
                          .articles()
                          .insert(refer.apply(site.sample.article(), target).build()));
      assertOnlyExpectedFailures(outcomes);
      assertNoDanglingReferences(site);
    }
  }

  private static void assertOnlyExpectedFailures(List<ThreadRace.Outcome<Object>> outcomes) {
    ThreadRace.Outcome<Object> deleter = outcomes.get(0);
    if (!deleter.succeeded()) {
      assertThat(deleter.failure()).isInstanceOf(ReferenceInUseException.class);
    }
    for (ThreadRace.Outcome<Object> writer : outcomes.subList(1, outcomes.size())) {
      if (!writer.succeeded()) {
        assertThat(writer.failure()).isInstanceOf(ValidationException.class);
      }
    }
  }

  /** Every reference of every article of the site names an object that exists. */
  private static void assertNoDanglingReferences(IntegritySite site) {
    TenantStorage store = site.store;
    // Drafts have no publish time and are never listed: the change feed names every article.
    List<ArticleId> ids = new ArrayList<>();
    for (Change c : site.storage.changes().read(site.sample.tenantId(), 0, 100_000)) {
      if (c.kind() == ChangeKind.ARTICLE_CREATED) {
        ids.add(ArticleId.of(UUID.fromString(c.subjectId())));
      }
    }
    List<Article> all = store.articles().findByIds(ids);
    for (Article a : all) {
      a.authors()
          .forEach(
              id -> assertThat(store.authors().findById(id)).as("author of %s", a).isPresent());
      a.sections()
          .forEach(
              id -> assertThat(store.sections().findById(id)).as("section of %s", a).isPresent());
      a.tags().forEach(id -> assertThat(store.tags().findById(id)).as("tag of %s", a).isPresent());
      a.places()
          .forEach(
              id -> assertThat(store.locations().findById(id)).as("place of %s", a).isPresent());
      if (a.dateline() != null) {
        assertThat(store.locations().findById(a.dateline())).as("dateline of %s", a).isPresent();
      }
    }
  }

  private static void assertInUse(ThrowingCallable delete) {
    assertThatThrownBy(delete).isInstanceOf(ReferenceInUseException.class);
  }

  private IntegritySite newIntegritySite() {
    return new IntegritySite(referentialIntegrityStorage(), SampleContent.forNewTenant());
  }

  /** A saved tenant with its sample content and storage. */
  final class IntegritySite {
    final ContentStorage storage;
    final SampleContent sample;
    final TenantStorage store;

    IntegritySite(ContentStorage storage, SampleContent sample) {
      this.storage = storage;
      this.sample = sample;
      storage.tenants().save(sample.tenant());
      this.store = storage.tenant(sample.tenantId());
    }

    <T> T stored(T value, DirectoryRepository<T, ?> repository) {
      repository.insert(value);
      return value;
    }
  }
}
