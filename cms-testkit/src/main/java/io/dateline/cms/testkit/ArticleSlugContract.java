package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for unique article slugs per tenant, also under concurrent inserts, as JUnit
 * 5 tests. A backend runs them by implementing this interface in a test class, or all contracts at
 * once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface ArticleSlugContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage articleSlugsStorage();

  @Test
  @DisplayName(
      "Article slugs: a duplicate slug in one tenant is rejected with DuplicateSlugException and nothing is stored")
  default void duplicateRejected() {
    new StorageChecks(articleSlugsStorage()).new ArticleSlugs().duplicateRejected();
  }

  @Test
  @DisplayName("Article slugs: the same slug may be used in another tenant")
  default void sameSlugInAnotherTenant() {
    new StorageChecks(articleSlugsStorage()).new ArticleSlugs().sameSlugInAnotherTenant();
  }

  @Test
  @DisplayName(
      "Article slugs: an update to a slug taken by another article is rejected and changes nothing")
  default void updateToTakenSlugRejected() {
    new StorageChecks(articleSlugsStorage()).new ArticleSlugs().updateToTakenSlugRejected();
  }

  @Test
  @DisplayName("Article slugs: an update that keeps its own slug is no conflict")
  default void keepingOwnSlugIsFine() {
    new StorageChecks(articleSlugsStorage()).new ArticleSlugs().keepingOwnSlugIsFine();
  }

  @Test
  @DisplayName("Article slugs: of several threads inserting one slug at once, exactly one succeeds")
  default void concurrentInsertsOfOneSlug() {
    new StorageChecks(articleSlugsStorage()).new ArticleSlugs().concurrentInsertsOfOneSlug();
  }

  @Test
  @DisplayName(
      "Article slugs: threads inserting one slug at once into different tenants all succeed")
  default void concurrentInsertsAcrossTenants() {
    new StorageChecks(articleSlugsStorage()).new ArticleSlugs().concurrentInsertsAcrossTenants();
  }
}
