package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for the view count store ({@link io.dateline.cms.spi.ViewCountStore}):
 * idempotent atomic batches, totals and top lists, as JUnit 5 tests. A backend runs them by
 * implementing this interface in a test class, or all contracts at once through {@link
 * StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface ViewCountContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage viewCountsStorage();

  @Test
  @DisplayName("View counts: one batch adds to the totals of many articles of many tenants")
  default void batchAcrossArticlesAndTenants() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().batchAcrossArticlesAndTenants();
  }

  @Test
  @DisplayName("View counts: later batches add to earlier ones")
  default void batchesAccumulate() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().batchesAccumulate();
  }

  @Test
  @DisplayName(
      "View counts: a batch is applied once: resending its id returns false and changes nothing")
  default void batchIsIdempotent() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().batchIsIdempotent();
  }

  @Test
  @DisplayName("View counts: one batch sent by several threads at once is applied exactly once")
  default void concurrentRetriesApplyOnce() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().concurrentRetriesApplyOnce();
  }

  @Test
  @DisplayName("View counts: batches added by several threads at once are all counted")
  default void concurrentBatchesAllCount() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().concurrentBatchesAllCount();
  }

  @Test
  @DisplayName("View counts: a reader never sees part of a batch")
  default void batchesAreAtomicToReaders() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().batchesAreAtomicToReaders();
  }

  @Test
  @DisplayName("View counts: totals leave out articles never viewed")
  default void totalsOmitUnviewed() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().totalsOmitUnviewed();
  }

  @Test
  @DisplayName("View counts: top sums the views of a range of days, both ends included")
  default void topSumsDayRange() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().topSumsDayRange();
  }

  @Test
  @DisplayName("View counts: topAllTime sums every day")
  default void topAllTime() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().topAllTime();
  }

  @Test
  @DisplayName(
      "View counts: rankings break ties by ascending article id, compared unsigned, and respect the limit")
  default void tiesAndLimit() {
    new StorageChecks(viewCountsStorage()).new ViewCounts().tiesAndLimit();
  }
}
