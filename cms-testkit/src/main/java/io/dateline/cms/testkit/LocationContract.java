package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for the location directory ({@link io.dateline.cms.spi.DirectoryRepository}
 * for locations), as JUnit 5 tests. A backend runs them by implementing this interface in a test
 * class, or all contracts at once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface LocationContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage locationsStorage();

  @Test
  @DisplayName(
      "Location directory: an inserted object is found by id, by slug and among several ids")
  default void locationInsertedIsFound() {
    new StorageChecks(locationsStorage()).new Locations().insertedIsFound();
  }

  @Test
  @DisplayName("Location directory: unknown ids and slugs find nothing")
  default void locationUnknownFindsNothing() {
    new StorageChecks(locationsStorage()).new Locations().unknownFindsNothing();
  }

  @Test
  @DisplayName(
      "Location directory: every field round-trips exactly, names keeping their language order")
  default void locationEveryFieldRoundTrips() {
    new StorageChecks(locationsStorage()).new Locations().everyFieldRoundTrips();
  }

  @Test
  @DisplayName("Location directory: update replaces every field")
  default void locationUpdateReplaces() {
    new StorageChecks(locationsStorage()).new Locations().updateReplaces();
  }

  @Test
  @DisplayName("Location directory: update may change the slug, which frees the old one")
  default void locationUpdateChangesSlug() {
    new StorageChecks(locationsStorage()).new Locations().updateChangesSlug();
  }

  @Test
  @DisplayName(
      "Location directory: updating an object that does not exist fails with NotFoundException")
  default void locationUpdateOfMissingFails() {
    new StorageChecks(locationsStorage()).new Locations().updateOfMissingFails();
  }

  @Test
  @DisplayName(
      "Location directory: delete removes the object and reports whether something was deleted")
  default void locationDeleteRemoves() {
    new StorageChecks(locationsStorage()).new Locations().deleteRemoves();
  }

  @Test
  @DisplayName(
      "Location directory: list orders by slug, comparing character by character, and continues after a slug")
  default void locationListOrdersBySlug() {
    new StorageChecks(locationsStorage()).new Locations().listOrdersBySlug();
  }

  @Test
  @DisplayName(
      "Location directory: list walks every object page by page without duplicates or gaps")
  default void locationListWalksAllPages() {
    new StorageChecks(locationsStorage()).new Locations().listWalksAllPages();
  }

  @Test
  @DisplayName(
      "Location directory: a duplicate slug is rejected with DuplicateSlugException and nothing is stored")
  default void locationDuplicateSlugRejected() {
    new StorageChecks(locationsStorage()).new Locations().duplicateSlugRejected();
  }

  @Test
  @DisplayName("Location directory: the same slug may be used in another tenant")
  default void locationSameSlugInAnotherTenant() {
    new StorageChecks(locationsStorage()).new Locations().sameSlugInAnotherTenant();
  }

  @Test
  @DisplayName(
      "Location directory: an update to a slug held by another object is rejected and changes nothing")
  default void locationUpdateToTakenSlugRejected() {
    new StorageChecks(locationsStorage()).new Locations().updateToTakenSlugRejected();
  }

  @Test
  @DisplayName(
      "Location directory: of several threads inserting one slug at once, exactly one succeeds")
  default void locationConcurrentInsertsOfOneSlug() {
    new StorageChecks(locationsStorage()).new Locations().concurrentInsertsOfOneSlug();
  }

  @Test
  @DisplayName(
      "Location directory: never finds or lists another tenant's object, even one with the same slug")
  default void locationOtherTenantIsInvisible() {
    new StorageChecks(locationsStorage()).new Locations().otherTenantIsInvisible();
  }

  @Test
  @DisplayName("Location directory: never updates or deletes another tenant's object")
  default void locationOtherTenantIsUntouchable() {
    new StorageChecks(locationsStorage()).new Locations().otherTenantIsUntouchable();
  }

  @Test
  @DisplayName(
      "Location directory: a value of another tenant is rejected with IllegalArgumentException, storing nothing")
  default void locationValueOfAnotherTenantRejected() {
    new StorageChecks(locationsStorage()).new Locations().valueOfAnotherTenantRejected();
  }
}
