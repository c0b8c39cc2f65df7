package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for the section directory ({@link io.dateline.cms.spi.DirectoryRepository}
 * for sections), as JUnit 5 tests. A backend runs them by implementing this interface in a test
 * class, or all contracts at once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface SectionContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage sectionsStorage();

  @Test
  @DisplayName(
      "Section directory: an inserted object is found by id, by slug and among several ids")
  default void sectionInsertedIsFound() {
    new StorageChecks(sectionsStorage()).new Sections().insertedIsFound();
  }

  @Test
  @DisplayName("Section directory: unknown ids and slugs find nothing")
  default void sectionUnknownFindsNothing() {
    new StorageChecks(sectionsStorage()).new Sections().unknownFindsNothing();
  }

  @Test
  @DisplayName(
      "Section directory: every field round-trips exactly, names keeping their language order")
  default void sectionEveryFieldRoundTrips() {
    new StorageChecks(sectionsStorage()).new Sections().everyFieldRoundTrips();
  }

  @Test
  @DisplayName("Section directory: update replaces every field")
  default void sectionUpdateReplaces() {
    new StorageChecks(sectionsStorage()).new Sections().updateReplaces();
  }

  @Test
  @DisplayName("Section directory: update may change the slug, which frees the old one")
  default void sectionUpdateChangesSlug() {
    new StorageChecks(sectionsStorage()).new Sections().updateChangesSlug();
  }

  @Test
  @DisplayName(
      "Section directory: updating an object that does not exist fails with NotFoundException")
  default void sectionUpdateOfMissingFails() {
    new StorageChecks(sectionsStorage()).new Sections().updateOfMissingFails();
  }

  @Test
  @DisplayName(
      "Section directory: delete removes the object and reports whether something was deleted")
  default void sectionDeleteRemoves() {
    new StorageChecks(sectionsStorage()).new Sections().deleteRemoves();
  }

  @Test
  @DisplayName(
      "Section directory: list orders by slug, comparing character by character, and continues after a slug")
  default void sectionListOrdersBySlug() {
    new StorageChecks(sectionsStorage()).new Sections().listOrdersBySlug();
  }

  @Test
  @DisplayName("Section directory: list walks every object page by page without duplicates or gaps")
  default void sectionListWalksAllPages() {
    new StorageChecks(sectionsStorage()).new Sections().listWalksAllPages();
  }

  @Test
  @DisplayName(
      "Section directory: a duplicate slug is rejected with DuplicateSlugException and nothing is stored")
  default void sectionDuplicateSlugRejected() {
    new StorageChecks(sectionsStorage()).new Sections().duplicateSlugRejected();
  }

  @Test
  @DisplayName("Section directory: the same slug may be used in another tenant")
  default void sectionSameSlugInAnotherTenant() {
    new StorageChecks(sectionsStorage()).new Sections().sameSlugInAnotherTenant();
  }

  @Test
  @DisplayName(
      "Section directory: an update to a slug held by another object is rejected and changes nothing")
  default void sectionUpdateToTakenSlugRejected() {
    new StorageChecks(sectionsStorage()).new Sections().updateToTakenSlugRejected();
  }

  @Test
  @DisplayName(
      "Section directory: of several threads inserting one slug at once, exactly one succeeds")
  default void sectionConcurrentInsertsOfOneSlug() {
    new StorageChecks(sectionsStorage()).new Sections().concurrentInsertsOfOneSlug();
  }

  @Test
  @DisplayName(
      "Section directory: never finds or lists another tenant's object, even one with the same slug")
  default void sectionOtherTenantIsInvisible() {
    new StorageChecks(sectionsStorage()).new Sections().otherTenantIsInvisible();
  }

  @Test
  @DisplayName("Section directory: never updates or deletes another tenant's object")
  default void sectionOtherTenantIsUntouchable() {
    new StorageChecks(sectionsStorage()).new Sections().otherTenantIsUntouchable();
  }

  @Test
  @DisplayName(
      "Section directory: a value of another tenant is rejected with IllegalArgumentException, storing nothing")
  default void sectionValueOfAnotherTenantRejected() {
    new StorageChecks(sectionsStorage()).new Sections().valueOfAnotherTenantRejected();
  }
}
