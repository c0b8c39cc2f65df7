package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for article listings: order, filters, counts and keyset pagination with
 * cursors, as JUnit 5 tests. A backend runs them by implementing this interface in a test class, or
 * all contracts at once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface ListingContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage listingStorage();

  @Test
  @DisplayName(
      "Listing and pagination: lists newest first, breaking equal publish times by descending unsigned id")
  default void ordersByPublishTimeThenId() {
    new StorageChecks(listingStorage()).new Listing().ordersByPublishTimeThenId();
  }

  @Test
  @DisplayName(
      "Listing and pagination: publish times one microsecond apart are ordered by time, not by id")
  default void microsecondsMatterInOrder() {
    new StorageChecks(listingStorage()).new Listing().microsecondsMatterInOrder();
  }

  @Test
  @DisplayName(
      "Listing and pagination: articles without a publish time are never listed, but they are counted")
  default void withoutPublishTimeNotListed() {
    new StorageChecks(listingStorage()).new Listing().withoutPublishTimeNotListed();
  }

  @Test
  @DisplayName("Listing and pagination: filters by a set of statuses")
  default void filtersByStatus() {
    new StorageChecks(listingStorage()).new Listing().filtersByStatus();
  }

  @Test
  @DisplayName(
      "Listing and pagination: filters by language, comparing only the language and ignoring regions")
  default void filtersByLanguage() {
    new StorageChecks(listingStorage()).new Listing().filtersByLanguage();
  }

  @Test
  @DisplayName(
      "Listing and pagination: filters by section, whether primary or secondary, listing each article once")
  default void filtersBySection() {
    new StorageChecks(listingStorage()).new Listing().filtersBySection();
  }

  @Test
  @DisplayName("Listing and pagination: filters by tag, listing each article once")
  default void filtersByTag() {
    new StorageChecks(listingStorage()).new Listing().filtersByTag();
  }

  @Test
  @DisplayName("Listing and pagination: filters by author, listing each article once")
  default void filtersByAuthor() {
    new StorageChecks(listingStorage()).new Listing().filtersByAuthor();
  }

  @Test
  @DisplayName(
      "Listing and pagination: filters by location, as dateline or as place, listing each article once")
  default void filtersByLocation() {
    new StorageChecks(listingStorage()).new Listing().filtersByLocation();
  }

  @Test
  @DisplayName("Listing and pagination: filters by the exclusive flag")
  default void filtersByExclusive() {
    new StorageChecks(listingStorage()).new Listing().filtersByExclusive();
  }

  @Test
  @DisplayName("Listing and pagination: combines every filter")
  default void combinesFilters() {
    new StorageChecks(listingStorage()).new Listing().combinesFilters();
  }

  @Test
  @DisplayName(
      "Listing and pagination: a filter naming an unknown object gives an empty last page and a zero count")
  default void unknownFilterMatchesNothing() {
    new StorageChecks(listingStorage()).new Listing().unknownFilterMatchesNothing();
  }

  @Test
  @DisplayName(
      "Listing and pagination: the limit caps a page and the next cursor is the position of its last item")
  default void limitAndCursor() {
    new StorageChecks(listingStorage()).new Listing().limitAndCursor();
  }

  @Test
  @DisplayName("Listing and pagination: a last page that is exactly full has no next cursor")
  default void fullLastPageHasNoCursor() {
    new StorageChecks(listingStorage()).new Listing().fullLastPageHasNoCursor();
  }

  @Test
  @DisplayName(
      "Listing and pagination: cursor paging walks every item once, in order, through runs of equal publish times")
  default void cursorWalksEverything() {
    new StorageChecks(listingStorage()).new Listing().cursorWalksEverything();
  }

  @Test
  @DisplayName("Listing and pagination: cursor paging works together with filters")
  default void cursorWalksFiltered() {
    new StorageChecks(listingStorage()).new Listing().cursorWalksFiltered();
  }

  @Test
  @DisplayName(
      "Listing and pagination: articles published while a reader pages appear only on a fresh first page")
  default void newArticlesDuringPagingStayOut() {
    new StorageChecks(listingStorage()).new Listing().newArticlesDuringPagingStayOut();
  }

  @Test
  @DisplayName(
      "Listing and pagination: paging stays free of duplicates and gaps while another thread publishes")
  default void pagingWhileAnotherThreadPublishes() {
    new StorageChecks(listingStorage()).new Listing().pagingWhileAnotherThreadPublishes();
  }

  @Test
  @DisplayName("Listing and pagination: count ignores the limit and the cursor")
  default void countIgnoresLimitAndCursor() {
    new StorageChecks(listingStorage()).new Listing().countIgnoresLimitAndCursor();
  }
}
