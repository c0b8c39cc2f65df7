package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for Dateline's services running over the storage: scheduled publishing
 * exactly once, listings with references, slugs, the article lifecycle, as JUnit 5 tests. A backend
 * runs them by implementing this interface in a test class, or all contracts at once through {@link
 * StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface ServiceContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage servicesStorage();

  @Test
  @DisplayName(
      "Services over the storage: scheduled articles are published exactly once when several threads run publishDue")
  default void publishDueExactlyOnce() {
    new StorageChecks(servicesStorage()).new Services().publishDueExactlyOnce();
  }

  @Test
  @DisplayName(
      "Services over the storage: Dateline.publishDue on several threads publishes each due article of a tenant once")
  default void globalPublishDueExactlyOnce() {
    new StorageChecks(servicesStorage()).new Services().globalPublishDueExactlyOnce();
  }

  @Test
  @DisplayName(
      "Services over the storage: a listing through the service comes with its references resolved")
  default void listingResolvesReferences() {
    new StorageChecks(servicesStorage()).new Services().listingResolvesReferences();
  }

  @Test
  @DisplayName(
      "Services over the storage: articles created at once with one headline all get distinct slugs")
  default void concurrentCreatesGetDistinctSlugs() {
    new StorageChecks(servicesStorage()).new Services().concurrentCreatesGetDistinctSlugs();
  }

  @Test
  @DisplayName(
      "Services over the storage: an article's whole life is stored exactly as the service reports it")
  default void lifecycleRoundTrips() {
    new StorageChecks(servicesStorage()).new Services().lifecycleRoundTrips();
  }
}
