package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for concurrent writers: one winner per version, no lost updates, no torn
 * reads, as JUnit 5 tests. A backend runs them by implementing this interface in a test class, or
 * all contracts at once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface ConcurrencyContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage concurrencyStorage();

  @Test
  @DisplayName(
      "Concurrent writers: of several threads updating from the same version, exactly one wins")
  default void oneWinnerPerVersion() {
    new StorageChecks(concurrencyStorage()).new Concurrency().oneWinnerPerVersion();
  }

  @Test
  @DisplayName("Concurrent writers: read-modify-write loops that retry on conflicts lose no update")
  default void retriesLoseNothing() {
    new StorageChecks(concurrencyStorage()).new Concurrency().retriesLoseNothing();
  }

  @Test
  @DisplayName("Concurrent writers: threads updating different articles never conflict")
  default void differentArticlesDoNotConflict() {
    new StorageChecks(concurrencyStorage()).new Concurrency().differentArticlesDoNotConflict();
  }

  @Test
  @DisplayName(
      "Concurrent writers: of several threads deleting one article, exactly one reports the deletion")
  default void oneDeleteWins() {
    new StorageChecks(concurrencyStorage()).new Concurrency().oneDeleteWins();
  }

  @Test
  @DisplayName("Concurrent writers: a reader never sees parts of two versions of an article")
  default void readsAreNeverTorn() {
    new StorageChecks(concurrencyStorage()).new Concurrency().readsAreNeverTorn();
  }
}
