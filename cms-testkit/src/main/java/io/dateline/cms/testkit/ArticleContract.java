package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for the article repository's reads and writes: versions, compare-and-set
 * updates, deletes, round trips of every field at the limits, translations, as JUnit 5 tests. A
 * backend runs them by implementing this interface in a test class, or all contracts at once
 * through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface ArticleContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage articlesStorage();

  @Test
  @DisplayName("Articles: insert stores version 0 whatever version the value carries")
  default void insertStoresVersionZero() {
    new StorageChecks(articlesStorage()).new Articles().insertStoresVersionZero();
  }

  @Test
  @DisplayName("Articles: an inserted article is found by id, by slug and among several ids")
  default void insertedArticleIsFound() {
    new StorageChecks(articlesStorage()).new Articles().insertedArticleIsFound();
  }

  @Test
  @DisplayName("Articles: unknown ids and slugs find nothing")
  default void unknownFindsNothing() {
    new StorageChecks(articlesStorage()).new Articles().unknownFindsNothing();
  }

  @Test
  @DisplayName("Articles: findByIds returns an article once even when its id is asked for twice")
  default void findByIdsDeduplicates() {
    new StorageChecks(articlesStorage()).new Articles().findByIdsDeduplicates();
  }

  @Test
  @DisplayName(
      "Articles: update compares the version, stores the new state and increments the version")
  default void updateIncrementsVersion() {
    new StorageChecks(articlesStorage()).new Articles().updateIncrementsVersion();
  }

  @Test
  @DisplayName("Articles: an update based on an older version fails and changes nothing")
  default void staleUpdateFails() {
    new StorageChecks(articlesStorage()).new Articles().staleUpdateFails();
  }

  @Test
  @DisplayName(
      "Articles: an update based on a version that was never stored fails and changes nothing")
  default void futureVersionUpdateFails() {
    new StorageChecks(articlesStorage()).new Articles().futureVersionUpdateFails();
  }

  @Test
  @DisplayName("Articles: updating an article that does not exist fails with NotFoundException")
  default void updateOfMissingFails() {
    new StorageChecks(articlesStorage()).new Articles().updateOfMissingFails();
  }

  @Test
  @DisplayName("Articles: an update may change the slug, which frees the old one")
  default void updateChangesSlug() {
    new StorageChecks(articlesStorage()).new Articles().updateChangesSlug();
  }

  @Test
  @DisplayName("Articles: delete removes the article and reports whether something was deleted")
  default void deleteRemoves() {
    new StorageChecks(articlesStorage()).new Articles().deleteRemoves();
  }

  @Test
  @DisplayName("Articles: every field of an article round-trips exactly, every block kind included")
  default void everyFieldRoundTrips() {
    new StorageChecks(articlesStorage()).new Articles().everyFieldRoundTrips();
  }

  @Test
  @DisplayName("Articles: an article whose optional fields are all empty round-trips exactly")
  default void sparseArticleRoundTrips() {
    new StorageChecks(articlesStorage()).new Articles().sparseArticleRoundTrips();
  }

  @Test
  @DisplayName("Articles: times keep their microseconds, before and after an update")
  default void timesKeepMicroseconds() {
    new StorageChecks(articlesStorage()).new Articles().timesKeepMicroseconds();
  }

  @Test
  @DisplayName("Articles: values at the validation limits are stored whole")
  default void textsAtTheLimitsRoundTrip() {
    new StorageChecks(articlesStorage()).new Articles().textsAtTheLimitsRoundTrip();
  }

  @Test
  @DisplayName("Articles: reference lists at their validation limits are stored whole and in order")
  default void listsAtTheLimitsRoundTrip() {
    new StorageChecks(articlesStorage()).new Articles().listsAtTheLimitsRoundTrip();
  }

  @Test
  @DisplayName("Articles: translations are found by translation key, ordered by language tag")
  default void translationsByKey() {
    new StorageChecks(articlesStorage()).new Articles().translationsByKey();
  }
}
