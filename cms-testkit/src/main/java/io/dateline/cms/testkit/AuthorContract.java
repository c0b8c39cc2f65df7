package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for the author directory ({@link io.dateline.cms.spi.DirectoryRepository}
 * for authors), as JUnit 5 tests. A backend runs them by implementing this interface in a test
 * class, or all contracts at once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface AuthorContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage authorsStorage();

  @Test
  @DisplayName("Author directory: an inserted object is found by id, by slug and among several ids")
  default void authorInsertedIsFound() {
    new StorageChecks(authorsStorage()).new Authors().insertedIsFound();
  }

  @Test
  @DisplayName("Author directory: unknown ids and slugs find nothing")
  default void authorUnknownFindsNothing() {
    new StorageChecks(authorsStorage()).new Authors().unknownFindsNothing();
  }

  @Test
  @DisplayName(
      "Author directory: every field round-trips exactly, names keeping their language order")
  default void authorEveryFieldRoundTrips() {
    new StorageChecks(authorsStorage()).new Authors().everyFieldRoundTrips();
  }

  @Test
  @DisplayName("Author directory: update replaces every field")
  default void authorUpdateReplaces() {
    new StorageChecks(authorsStorage()).new Authors().updateReplaces();
  }

  @Test
  @DisplayName("Author directory: update may change the slug, which frees the old one")
  default void authorUpdateChangesSlug() {
    new StorageChecks(authorsStorage()).new Authors().updateChangesSlug();
  }

  @Test
  @DisplayName(
      "Author directory: updating an object that does not exist fails with NotFoundException")
  default void authorUpdateOfMissingFails() {
    new StorageChecks(authorsStorage()).new Authors().updateOfMissingFails();
  }

  @Test
  @DisplayName(
      "Author directory: delete removes the object and reports whether something was deleted")
  default void authorDeleteRemoves() {
    new StorageChecks(authorsStorage()).new Authors().deleteRemoves();
  }

  @Test
  @DisplayName(
      "Author directory: list orders by slug, comparing character by character, and continues after a slug")
  default void authorListOrdersBySlug() {
    new StorageChecks(authorsStorage()).new Authors().listOrdersBySlug();
  }

  @Test
  @DisplayName("Author directory: list walks every object page by page without duplicates or gaps")
  default void authorListWalksAllPages() {
    new StorageChecks(authorsStorage()).new Authors().listWalksAllPages();
  }

  @Test
  @DisplayName(
      "Author directory: a duplicate slug is rejected with DuplicateSlugException and nothing is stored")
  default void authorDuplicateSlugRejected() {
    new StorageChecks(authorsStorage()).new Authors().duplicateSlugRejected();
  }

  @Test
  @DisplayName("Author directory: the same slug may be used in another tenant")
  default void authorSameSlugInAnotherTenant() {
    new StorageChecks(authorsStorage()).new Authors().sameSlugInAnotherTenant();
  }

  @Test
  @DisplayName(
      "Author directory: an update to a slug held by another object is rejected and changes nothing")
  default void authorUpdateToTakenSlugRejected() {
    new StorageChecks(authorsStorage()).new Authors().updateToTakenSlugRejected();
  }

  @Test
  @DisplayName(
      "Author directory: of several threads inserting one slug at once, exactly one succeeds")
  default void authorConcurrentInsertsOfOneSlug() {
    new StorageChecks(authorsStorage()).new Authors().concurrentInsertsOfOneSlug();
  }

  @Test
  @DisplayName(
      "Author directory: never finds or lists another tenant's object, even one with the same slug")
  default void authorOtherTenantIsInvisible() {
    new StorageChecks(authorsStorage()).new Authors().otherTenantIsInvisible();
  }

  @Test
  @DisplayName("Author directory: never updates or deletes another tenant's object")
  default void authorOtherTenantIsUntouchable() {
    new StorageChecks(authorsStorage()).new Authors().otherTenantIsUntouchable();
  }

  @Test
  @DisplayName(
      "Author directory: a value of another tenant is rejected with IllegalArgumentException, storing nothing")
  default void authorValueOfAnotherTenantRejected() {
    new StorageChecks(authorsStorage()).new Authors().valueOfAnotherTenantRejected();
  }
}
