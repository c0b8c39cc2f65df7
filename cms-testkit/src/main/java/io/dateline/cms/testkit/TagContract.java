package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for the tag directory ({@link io.dateline.cms.spi.DirectoryRepository} for
 * tags), as JUnit 5 tests. A backend runs them by implementing this interface in a test class, or
 * all contracts at once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface TagContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage tagsStorage();

  @Test
  @DisplayName("Tag directory: an inserted object is found by id, by slug and among several ids")
  default void tagInsertedIsFound() {
    new StorageChecks(tagsStorage()).new Tags().insertedIsFound();
  }

  @Test
  @DisplayName("Tag directory: unknown ids and slugs find nothing")
  default void tagUnknownFindsNothing() {
    new StorageChecks(tagsStorage()).new Tags().unknownFindsNothing();
  }

  @Test
  @DisplayName("Tag directory: every field round-trips exactly, names keeping their language order")
  default void tagEveryFieldRoundTrips() {
    new StorageChecks(tagsStorage()).new Tags().everyFieldRoundTrips();
  }

  @Test
  @DisplayName("Tag directory: update replaces every field")
  default void tagUpdateReplaces() {
    new StorageChecks(tagsStorage()).new Tags().updateReplaces();
  }

  @Test
  @DisplayName("Tag directory: update may change the slug, which frees the old one")
  default void tagUpdateChangesSlug() {
    new StorageChecks(tagsStorage()).new Tags().updateChangesSlug();
  }

  @Test
  @DisplayName("Tag directory: updating an object that does not exist fails with NotFoundException")
  default void tagUpdateOfMissingFails() {
    new StorageChecks(tagsStorage()).new Tags().updateOfMissingFails();
  }

  @Test
  @DisplayName("Tag directory: delete removes the object and reports whether something was deleted")
  default void tagDeleteRemoves() {
    new StorageChecks(tagsStorage()).new Tags().deleteRemoves();
  }

  @Test
  @DisplayName(
      "Tag directory: list orders by slug, comparing character by character, and continues after a slug")
  default void tagListOrdersBySlug() {
    new StorageChecks(tagsStorage()).new Tags().listOrdersBySlug();
  }

  @Test
  @DisplayName("Tag directory: list walks every object page by page without duplicates or gaps")
  default void tagListWalksAllPages() {
    new StorageChecks(tagsStorage()).new Tags().listWalksAllPages();
  }

  @Test
  @DisplayName(
      "Tag directory: a duplicate slug is rejected with DuplicateSlugException and nothing is stored")
  default void tagDuplicateSlugRejected() {
    new StorageChecks(tagsStorage()).new Tags().duplicateSlugRejected();
  }

  @Test
  @DisplayName("Tag directory: the same slug may be used in another tenant")
  default void tagSameSlugInAnotherTenant() {
    new StorageChecks(tagsStorage()).new Tags().sameSlugInAnotherTenant();
  }

  @Test
  @DisplayName(
      "Tag directory: an update to a slug held by another object is rejected and changes nothing")
  default void tagUpdateToTakenSlugRejected() {
    new StorageChecks(tagsStorage()).new Tags().updateToTakenSlugRejected();
  }

  @Test
  @DisplayName("Tag directory: of several threads inserting one slug at once, exactly one succeeds")
  default void tagConcurrentInsertsOfOneSlug() {
    new StorageChecks(tagsStorage()).new Tags().concurrentInsertsOfOneSlug();
  }

  @Test
  @DisplayName(
      "Tag directory: never finds or lists another tenant's object, even one with the same slug")
  default void tagOtherTenantIsInvisible() {
    new StorageChecks(tagsStorage()).new Tags().otherTenantIsInvisible();
  }

  @Test
  @DisplayName("Tag directory: never updates or deletes another tenant's object")
  default void tagOtherTenantIsUntouchable() {
    new StorageChecks(tagsStorage()).new Tags().otherTenantIsUntouchable();
  }

  @Test
  @DisplayName(
      "Tag directory: a value of another tenant is rejected with IllegalArgumentException, storing nothing")
  default void tagValueOfAnotherTenantRejected() {
    new StorageChecks(tagsStorage()).new Tags().valueOfAnotherTenantRejected();
  }
}
