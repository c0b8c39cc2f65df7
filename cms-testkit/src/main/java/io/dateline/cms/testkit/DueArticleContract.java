package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for finding scheduled articles that are due, as JUnit 5 tests. A backend
 * runs them by implementing this interface in a test class, or all contracts at once through {@link
 * StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface DueArticleContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage dueArticlesStorage();

  @Test
  @DisplayName(
      "Due articles: findDue returns only scheduled articles whose time has come, oldest first")
  default void findDueReturnsScheduledOnly() {
    new StorageChecks(dueArticlesStorage()).new DueArticles().findDueReturnsScheduledOnly();
  }

  @Test
  @DisplayName("Due articles: findDue returns at most the limit, keeping the oldest")
  default void findDueRespectsLimit() {
    new StorageChecks(dueArticlesStorage()).new DueArticles().findDueRespectsLimit();
  }

  @Test
  @DisplayName("Due articles: findDue returns nothing when nothing is due")
  default void nothingDue() {
    new StorageChecks(dueArticlesStorage()).new DueArticles().nothingDue();
  }

  @Test
  @DisplayName("Due articles: an article leaves findDue once it is updated to published")
  default void publishedLeavesDue() {
    new StorageChecks(dueArticlesStorage()).new DueArticles().publishedLeavesDue();
  }
}
