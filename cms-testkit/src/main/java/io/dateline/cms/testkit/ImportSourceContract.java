package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ImportSource;
import io.dateline.cms.spi.ImportSourceRepository;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The import-source contract ({@link ImportSourceRepository}) as JUnit 5 tests: what idempotent
 * importers (such as cms-ninjs) rely on. A backend runs them by implementing this interface in a
 * test class, usually through {@link StorageCompatibilityKit}, or alone:
 *
 * <pre>{@code
 * class MyOneContractTest implements ImportSourceContract {
 *   public ContentStorage importSourceStorage() { return myStorage; }
 * }
 * }</pre>
 *
 * <p>{@link StorageCompatibilityKit} includes this contract.
 *
 * <p>Every test works in tenants with fresh ids, so the storage may be shared between tests.
 */
public interface ImportSourceContract {

  /** Threads racing to record the first import of one item. */
  int RACERS = 4;

  /**
   * The storage under test, for the running test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage importSourceStorage();

  @Test
  @DisplayName("an item never imported is not found")
  default void unknownItemIsAbsent() {
    assertThat(sources(newTenant()).find("urn:example:never")).isEmpty();
  }

  @Test
  @DisplayName("a recorded import is found with its version, article and time, to the microsecond")
  default void insertThenFind() {
    ImportSourceRepository sources = sources(newTenant());
    ImportSource source = source("urn:newsml:example.org:20260314:story-1", 3);

    assertThat(sources.insert(source)).isTrue();

    assertThat(sources.find(source.uri())).contains(source);
  }

  @Test
  @DisplayName("a second record for the same item is refused and the first is kept")
  default void secondInsertIsRefused() {
    ImportSourceRepository sources = sources(newTenant());
    ImportSource first = source("urn:example:twice", 1);
    sources.insert(first);

    assertThat(sources.insert(source("urn:example:twice", 7))).isFalse();

    assertThat(sources.find("urn:example:twice")).contains(first);
  }

  @Test
  @DisplayName("identifiers are compared exactly: case, accents and the longest allowed length")
  default void identifiersAreExact() {
    ImportSourceRepository sources = sources(newTenant());
    String longest = "urn:x:" + "a".repeat(ImportSource.MAX_URI_LENGTH - 6);
    List<ImportSource> all =
        List.of(
            source("urn:example:Story", 1),
            source("urn:example:story", 2),
            source("urn:example:stóry", 3),
            source("https://example.org/новина/1", 4),
            source(longest, 5));
    all.forEach(s -> assertThat(sources.insert(s)).as(s.uri()).isTrue());

    for (ImportSource s : all) {
      assertThat(sources.find(s.uri())).as(s.uri()).contains(s);
    }
    assertThat(sources.find("urn:example:STORY")).isEmpty();
  }

  @Test
  @DisplayName("an update replaces the record only while the stored version is the expected one")
  default void updateIsCompareAndSet() {
    ImportSourceRepository sources = sources(newTenant());
    ImportSource v1 = source("urn:example:cas", 1);
    sources.insert(v1);
    ImportSource v2 = new ImportSource(v1.uri(), 2, ArticleId.random(), at(10));

    assertThat(sources.update(v2, 0)).isFalse();
    assertThat(sources.find(v1.uri())).contains(v1);

    assertThat(sources.update(v2, 1)).isTrue();
    assertThat(sources.find(v1.uri())).contains(v2);

    assertThat(sources.update(new ImportSource(v1.uri(), 3, v2.articleId(), at(20)), 1)).isFalse();
    assertThat(sources.find(v1.uri())).contains(v2);
  }

  @Test
  @DisplayName("updating an item never recorded changes nothing")
  default void updateOfUnknownItem() {
    ImportSourceRepository sources = sources(newTenant());

    assertThat(sources.update(source("urn:example:ghost", 2), 1)).isFalse();

    assertThat(sources.find("urn:example:ghost")).isEmpty();
  }

  @Test
  @DisplayName("a deleted record is gone, and deleting it again reports nothing deleted")
  default void importSourceDelete() {
    ImportSourceRepository sources = sources(newTenant());
    sources.insert(source("urn:example:gone", 1));

    assertThat(sources.delete("urn:example:gone")).isTrue();
    assertThat(sources.find("urn:example:gone")).isEmpty();
    assertThat(sources.delete("urn:example:gone")).isFalse();
    assertThat(sources.insert(source("urn:example:gone", 1))).isTrue();
  }

  @Test
  @DisplayName("tenants never see, refuse, change or delete each other's records")
  default void importSourcesStayInTheirTenant() {
    ImportSourceRepository a = sources(newTenant());
    ImportSourceRepository b = sources(newTenant());
    ImportSource ofA = source("urn:example:shared-item", 5);
    a.insert(ofA);

    assertThat(b.find(ofA.uri())).isEmpty();
    assertThat(b.update(source(ofA.uri(), 6), 5)).isFalse();
    assertThat(b.delete(ofA.uri())).isFalse();
    ImportSource ofB = source(ofA.uri(), 1);
    assertThat(b.insert(ofB)).isTrue();
    assertThat(b.update(source(ofA.uri(), 2), 1)).isTrue();

    assertThat(a.find(ofA.uri())).contains(ofA);
    assertThat(b.delete(ofA.uri())).isTrue();
    assertThat(a.find(ofA.uri())).contains(ofA);
  }

  @Test
  @DisplayName("of importers racing to record the same item, exactly one wins")
  default void racingInsertsHaveOneWinner() {
    ImportSourceRepository sources = sources(newTenant());
    List<ImportSource> candidates =
        List.of(
            source("urn:example:race", 1),
            source("urn:example:race", 1),
            source("urn:example:race", 1),
            source("urn:example:race", 1));

    List<Boolean> won = ThreadRace.runAll(RACERS, i -> sources.insert(candidates.get(i)));

    assertThat(won).containsOnlyOnce(true);
    int winner = won.indexOf(true);
    assertThat(sources.find("urn:example:race")).contains(candidates.get(winner));
  }

  private ImportSourceRepository sources(TenantId tenant) {
    return importSourceStorage().tenant(tenant).importSources();
  }

  private TenantId newTenant() {
    SampleContent sample = SampleContent.forNewTenant();
    importSourceStorage().tenants().save(sample.tenant());
    return sample.tenantId();
  }

  private static ImportSource source(String uri, long version) {
    return new ImportSource(uri, version, ArticleId.random(), at(version));
  }

  /** A time with microsecond digits, so that a store that drops them fails the round trips. */
  private static Instant at(long seconds) {
    return SampleContent.REFERENCE_TIME.plusSeconds(seconds);
  }
}
