package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.TenantStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The change-feed contract ({@link ChangeLog} and the write side described in its Javadoc) as JUnit
 * 5 tests. {@link StorageCompatibilityKit} includes it; a backend may also run it alone:
 *
 * <pre>{@code
 * class MyChangeFeedTest implements ChangeFeedContract {
 *   public ContentStorage changeFeedStorage() { return MyStorage.shared(); }
 * }
 * }</pre>
 *
 * <p>Every test saves its own tenants with fresh ids and looks only at their changes, so the
 * storage may be shared between tests and need not be empty. Two tests look at the whole feed
 * ({@link ChangeLog#head()} and the global read of the concurrency test); they assume that nothing
 * outside the running test writes to the storage meanwhile, which holds when tests run one at a
 * time, as JUnit runs them by default.
 *
 * <p>The concurrency test uses {@value #WRITERS} writer threads and one reader; a backend whose
 * connection pool is smaller still passes, only more slowly. No test measures time.
 *
 * @since 0.1.0
 */
public interface ChangeFeedContract {

  /** The writer threads of the concurrency test. */
  int WRITERS = 4;

  /** Writes per writer thread in the concurrency test. */
  int WRITES_PER_WRITER = 50;

  /** A read limit larger than any test's number of changes. */
  int ALL = 10_000;

  /**
   * The storage under test, for the running test. May be a new storage per test or one shared by
   * all; it is not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage changeFeedStorage();

  // ---------------------------------------------------------------------------------------------
  // What each write appends
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("saving a tenant appends one TENANT_SAVED change whose subject is the tenant id")
  default void savingTenantAppendsOneChange() {
    ContentStorage storage = changeFeedStorage();
    SampleContent sample = SampleContent.forNewTenant();

    storage.tenants().save(sample.tenant());
    storage.tenants().save(sample.tenant());

    assertThat(changesOf(sample.tenantId()))
        .extracting(Change::kind, Change::subjectId)
        .containsExactly(
            pair(ChangeKind.TENANT_SAVED, sample.tenantId().value()),
            pair(ChangeKind.TENANT_SAVED, sample.tenantId().value()));
  }

  @Test
  @DisplayName(
      "each article write appends one change named after the status it moves to, with the"
          + " article id")
  default void articleWritesAppendOneChangeEach() {
    SampleContent sample = newTenant();
    ArticleRepository articles = tenantStorage(sample).articles();
    Instant at = SampleContent.REFERENCE_TIME.plusSeconds(3600);

    Article a = articles.insert(sample.article().build());
    a = articles.update(a.toBuilder().headline("Нова редакція заголовка").build());
    a = articles.update(a.toBuilder().status(ArticleStatus.SCHEDULED).publishAt(at).build());
    a = articles.update(a.toBuilder().status(ArticleStatus.DRAFT).publishAt(null).build());
    a =
        articles.update(
            a.toBuilder()
                .status(ArticleStatus.PUBLISHED)
                .publishAt(at)
                .firstPublishedAt(at)
                .build());
    a = articles.update(a.toBuilder().lead("Уточнений лід.").build());
    a = articles.update(a.toBuilder().status(ArticleStatus.UNPUBLISHED).build());
    a = articles.update(a.toBuilder().status(ArticleStatus.ARCHIVED).build());
    assertThat(articles.delete(a.id())).isTrue();

    String id = a.id().toString();
    assertThat(changesOf(sample.tenantId()))
        .extracting(Change::kind, Change::subjectId)
        .containsExactly(
            pair(ChangeKind.TENANT_SAVED, sample.tenantId().value()),
            pair(ChangeKind.ARTICLE_CREATED, id),
            pair(ChangeKind.ARTICLE_UPDATED, id),
            pair(ChangeKind.ARTICLE_SCHEDULED, id),
            pair(ChangeKind.ARTICLE_UPDATED, id),
            pair(ChangeKind.ARTICLE_PUBLISHED, id),
            pair(ChangeKind.ARTICLE_UPDATED, id),
            pair(ChangeKind.ARTICLE_UNPUBLISHED, id),
            pair(ChangeKind.ARTICLE_ARCHIVED, id),
            pair(ChangeKind.ARTICLE_DELETED, id));
  }

  @Test
  @DisplayName(
      "inserting, updating and deleting an author, tag, location or section appends SAVED, SAVED,"
          + " DELETED with its id")
  default void directoryWritesAppendOneChangeEach() {
    SampleContent sample = newTenant();
    TenantStorage scope = tenantStorage(sample);

    Author author = sample.author();
    scope.authors().insert(author);
    scope
        .authors()
        .update(
            new Author(
                author.tenantId(),
                author.id(),
                author.slug(),
                LocalizedText.of("uk", "Олена Коваль-Шевченко"),
                author.bio(),
                author.email(),
                author.imageUrl()));
    assertThat(scope.authors().delete(author.id())).isTrue();

    Tag tag = sample.tag();
    scope.tags().insert(tag);
    scope.tags().update(new Tag(tag.tenantId(), tag.id(), tag.kind(), "renamed-tag", tag.name()));
    assertThat(scope.tags().delete(tag.id())).isTrue();

    Location location = sample.location();
    scope.locations().insert(location);
    scope
        .locations()
        .update(
            new Location(
                location.tenantId(),
                location.id(),
                location.kind(),
                location.slug(),
                LocalizedText.of("uk", "Місто Київ"),
                location.coordinates()));
    assertThat(scope.locations().delete(location.id())).isTrue();

    Section section = sample.section();
    scope.sections().insert(section);
    scope
        .sections()
        .update(
            new Section(
                section.tenantId(),
                section.id(),
                section.slug(),
                section.name(),
                null,
                section.position() + 1));
    assertThat(scope.sections().delete(section.id())).isTrue();

    assertThat(changesOf(sample.tenantId()))
        .extracting(Change::kind, Change::subjectId)
        .containsExactly(
            pair(ChangeKind.TENANT_SAVED, sample.tenantId().value()),
            pair(ChangeKind.AUTHOR_SAVED, author.id().toString()),
            pair(ChangeKind.AUTHOR_SAVED, author.id().toString()),
            pair(ChangeKind.AUTHOR_DELETED, author.id().toString()),
            pair(ChangeKind.TAG_SAVED, tag.id().toString()),
            pair(ChangeKind.TAG_SAVED, tag.id().toString()),
            pair(ChangeKind.TAG_DELETED, tag.id().toString()),
            pair(ChangeKind.LOCATION_SAVED, location.id().toString()),
            pair(ChangeKind.LOCATION_SAVED, location.id().toString()),
            pair(ChangeKind.LOCATION_DELETED, location.id().toString()),
            pair(ChangeKind.SECTION_SAVED, section.id().toString()),
            pair(ChangeKind.SECTION_SAVED, section.id().toString()),
            pair(ChangeKind.SECTION_DELETED, section.id().toString()));
  }

  @Test
  @DisplayName("every change carries its tenant, a positive position and a time")
  default void changesCarryTenantPositionAndTime() {
    SampleContent sample = newTenant();
    tenantStorage(sample).tags().insert(sample.tag());

    assertThat(changesOf(sample.tenantId()))
        .hasSize(2)
        .allSatisfy(
            change -> {
              assertThat(change.tenantId()).isEqualTo(sample.tenantId());
              assertThat(change.position()).isPositive();
              assertThat(change.time()).isNotNull();
            });
  }

  // ---------------------------------------------------------------------------------------------
  // Failed writes
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "a failed write appends nothing: duplicate slug, stale version, update of a missing id,"
          + " delete of nothing")
  default void failedWritesAppendNothing() {
    SampleContent sample = newTenant();
    TenantStorage scope = tenantStorage(sample);
    ArticleRepository articles = scope.articles();
    Article stored = articles.insert(sample.article("taken").build());
    Tag tag = sample.tag("taken-tag");
    scope.tags().insert(tag);
    List<Change> before = changesOf(sample.tenantId());

    assertThatThrownBy(() -> articles.insert(sample.article("taken").build()))
        .isInstanceOf(DuplicateSlugException.class);
    articles.update(stored.toBuilder().headline("Перша правка").build());
    List<Change> afterOneUpdate = changesOf(sample.tenantId());
    assertThatThrownBy(() -> articles.update(stored.toBuilder().headline("Застаріла").build()))
        .isInstanceOf(VersionConflictException.class);
    assertThatThrownBy(() -> scope.tags().insert(sample.tag("taken-tag")))
        .isInstanceOf(DuplicateSlugException.class);
    assertThatThrownBy(() -> articles.update(sample.article().build()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> scope.tags().update(sample.tag()))
        .isInstanceOf(NotFoundException.class);
    assertThat(articles.delete(ArticleId.random())).isFalse();
    assertThat(scope.tags().delete(TagId.random())).isFalse();
    assertThat(scope.authors().delete(AuthorId.random())).isFalse();
    assertThat(scope.locations().delete(LocationId.random())).isFalse();

    assertThat(afterOneUpdate).hasSize(before.size() + 1);
    assertThat(changesOf(sample.tenantId())).isEqualTo(afterOneUpdate);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName("positions strictly increase and reading after a position returns exactly the rest")
  default void readAfterReturnsExactlyTheLaterChanges() {
    SampleContent sample = newTenant();
    TenantStorage scope = tenantStorage(sample);
    for (int i = 0; i < 6; i++) {
      scope.tags().insert(sample.tag());
    }
    List<Change> all = changesOf(sample.tenantId());
    assertThat(all).hasSize(7);
    assertThat(all).extracting(Change::position).isSorted().doesNotHaveDuplicates();

    for (int i = 0; i < all.size(); i++) {
      long after = all.get(i).position();
      assertThat(log().read(sample.tenantId(), after, ALL)).isEqualTo(all.subList(i + 1, 7));
      assertThat(log().read(after, ALL)).filteredOn(of(sample)).isEqualTo(all.subList(i + 1, 7));
    }
  }

  @Test
  @DisplayName("a read returns at most limit changes, the oldest first")
  default void readRespectsTheLimit() {
    SampleContent sample = newTenant();
    TenantStorage scope = tenantStorage(sample);
    long start = log().head();
    for (int i = 0; i < 4; i++) {
      scope.authors().insert(sample.author());
    }
    List<Change> all = changesOf(sample.tenantId());

    assertThat(log().read(sample.tenantId(), 0, 2)).isEqualTo(all.subList(0, 2));
    assertThat(log().read(sample.tenantId(), all.get(1).position(), 2))
        .isEqualTo(all.subList(2, 4));
    assertThat(log().read(sample.tenantId(), 0, 1)).containsExactly(all.get(0));
    assertThat(log().read(start, 3)).hasSize(3);
    assertThat(log().read(start, 1)).hasSize(1).first().isEqualTo(log().read(start, 3).get(0));
  }

  @Test
  @DisplayName("reading one tenant never returns another tenant's changes")
  default void tenantReadIsIsolated() {
    SampleContent a = newTenant();
    SampleContent b = newTenant();
    tenantStorage(a).tags().insert(a.tag());
    tenantStorage(b).tags().insert(b.tag());
    tenantStorage(a).articles().insert(a.article().build());
    tenantStorage(b).authors().insert(b.author());

    List<Change> ofA = log().read(a.tenantId(), 0, ALL);
    List<Change> ofB = log().read(b.tenantId(), 0, ALL);

    assertThat(ofA).hasSize(3).allSatisfy(c -> assertThat(c.tenantId()).isEqualTo(a.tenantId()));
    assertThat(ofB).hasSize(3).allSatisfy(c -> assertThat(c.tenantId()).isEqualTo(b.tenantId()));
    assertThat(log().read(TenantId.of("kit-no-such-tenant"), 0, ALL)).isEmpty();
  }

  @Test
  @DisplayName("head() is the position of the last change, and nothing lies after it")
  default void headIsTheLastPosition() {
    SampleContent sample = newTenant();
    tenantStorage(sample).sections().insert(sample.section());
    List<Change> mine = changesOf(sample.tenantId());

    long head = log().head();

    assertThat(head).isEqualTo(mine.get(mine.size() - 1).position());
    assertThat(log().read(head, ALL)).isEmpty();
    assertThat(log().read(head - 1, ALL)).containsExactly(mine.get(mine.size() - 1));
  }

  // ---------------------------------------------------------------------------------------------
  // Concurrency
  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "a reader tailing the feed during concurrent writes sees every change once, in order"
          + " (no change commits behind a position already read)")
  default void tailingReaderMissesNothingUnderConcurrentWrites() {
    SampleContent a = newTenant();
    SampleContent b = newTenant();
    long start = log().head();
    AtomicInteger writersLeft = new AtomicInteger(WRITERS);
    ConcurrentLinkedQueue<Change> tail = new ConcurrentLinkedQueue<>();

    ThreadRace.runAll(
        WRITERS + 1,
        thread -> {
          if (thread == WRITERS) {
            tailInto(tail, start, writersLeft);
            return null;
          }
          try {
            SampleContent sample = thread % 2 == 0 ? a : b;
            TenantStorage scope = tenantStorage(sample);
            // Inserts and updates of tags: each write is one short transaction, so the writers'
            // commits interleave as finely as the store allows.
            for (int i = 0; i < WRITES_PER_WRITER / 2; i++) {
              Tag tag = sample.tag();
              scope.tags().insert(tag);
              scope
                  .tags()
                  .update(
                      new Tag(tag.tenantId(), tag.id(), tag.kind(), tag.slug() + "-x", tag.name()));
            }
            return null;
          } finally {
            writersLeft.decrementAndGet();
          }
        });

    List<Change> everything = new ArrayList<>();
    for (List<Change> page = log().read(start, 100);
        !page.isEmpty();
        page = log().read(page.get(page.size() - 1).position(), 100)) {
      everything.addAll(page);
    }
    Predicate<Change> ours = of(a).or(of(b));
    List<Change> expected = everything.stream().filter(ours).toList();
    List<Change> seen = tail.stream().filter(ours).toList();

    assertThat(expected).hasSize(WRITERS * WRITES_PER_WRITER);
    assertThat(expected).extracting(Change::position).isSorted().doesNotHaveDuplicates();
    assertThat(seen).isEqualTo(expected);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  /**
   * Reads from {@code start} until the writers are done and the feed holds nothing more, always
   * from the last position seen: the way a follower reads.
   */
  private void tailInto(ConcurrentLinkedQueue<Change> tail, long start, AtomicInteger writersLeft) {
    long position = start;
    Set<Long> seen = new HashSet<>();
    while (true) {
      boolean writersDone = writersLeft.get() == 0;
      List<Change> batch = log().read(position, 37);
      for (Change change : batch) {
        if (!seen.add(change.position())) {
          throw new AssertionError("position " + change.position() + " was read twice");
        }
        tail.add(change);
      }
      if (!batch.isEmpty()) {
        position = batch.get(batch.size() - 1).position();
      } else if (writersDone) {
        return;
      } else {
        Thread.onSpinWait();
        Thread.yield();
      }
    }
  }

  /** Saves a tenant with a fresh id and returns its samples. */
  private SampleContent newTenant() {
    SampleContent sample = SampleContent.forNewTenant();
    changeFeedStorage().tenants().save(sample.tenant());
    return sample;
  }

  private TenantStorage tenantStorage(SampleContent sample) {
    return changeFeedStorage().tenant(sample.tenantId());
  }

  private ChangeLog log() {
    return changeFeedStorage().changes();
  }

  /** Every change of a tenant (tests write far fewer than {@link #ALL}). */
  private List<Change> changesOf(TenantId tenant) {
    return log().read(tenant, 0, ALL);
  }

  private static Predicate<Change> of(SampleContent sample) {
    return change -> change.tenantId().equals(sample.tenantId());
  }

  private static org.assertj.core.groups.Tuple pair(ChangeKind kind, String subjectId) {
    return org.assertj.core.groups.Tuple.tuple(kind, subjectId);
  }
}
