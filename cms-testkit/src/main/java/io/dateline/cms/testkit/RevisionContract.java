package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The revision and timed-change contract ({@link io.dateline.cms.spi.RevisionRepository}) as JUnit
 * 5 tests, at the repository level and through the services ({@code RevisionService}, {@code
 * publishDue} racing on two nodes). A backend runs them through {@link StorageCompatibilityKit}, or
 * alone by implementing this interface.
 *
 * <p>Every test works in tenants with fresh ids, so the storage may be shared between tests; the
 * tests never close it and leave no due timed change behind.
 */
public interface RevisionContract {

  /**
   * The storage under test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage revisionStorage();

  @Test
  @DisplayName(
      "Revisions: an inserted article is stored with revision 1, its stamp and its exact state")
  default void revisionInsertStoresRevisionOne() {
    new RevisionChecks(revisionStorage()).insertStoresRevisionOne();
  }

  @Test
  @DisplayName(
      "Revisions: each update stores the next number; lists are newest first and page by number")
  default void revisionUpdatesAreNumberedAndPaged() {
    new RevisionChecks(revisionStorage()).updatesAreNumberedAndPaged();
  }

  @Test
  @DisplayName(
      "Revisions: a refused insert or update (version conflict, taken slug) stores no revision")
  default void revisionRefusedWritesStoreNoRevision() {
    new RevisionChecks(revisionStorage()).refusedWritesStoreNoRevision();
  }

  @Test
  @DisplayName(
      "Revisions: pruning by count and by age deletes the older revisions, never the latest")
  default void revisionPruneNeverDeletesTheLatest() {
    new RevisionChecks(revisionStorage()).pruneNeverDeletesTheLatest();
  }

  @Test
  @DisplayName("Revisions: deleting an article deletes its revisions and pending timed changes")
  default void revisionHistoryGoesWithItsArticle() {
    new RevisionChecks(revisionStorage()).historyGoesWithItsArticle();
  }

  @Test
  @DisplayName(
      "Timed changes: one of each kind per article, replaced by a new one, found when due in time order, cancellable")
  default void revisionPendingChangesAreScheduledReplacedAndCancelled() {
    new RevisionChecks(revisionStorage()).pendingChangesAreScheduledReplacedAndCancelled();
  }

  @Test
  @DisplayName(
      "Timed changes: apply removes the change, updates the article and stores the revision, once")
  default void revisionApplyCarriesOutAChangeOnce() {
    new RevisionChecks(revisionStorage()).applyCarriesOutAChangeOnce();
  }

  @Test
  @DisplayName("Timed changes: of threads racing to apply one change, exactly one succeeds")
  default void revisionRacingAppliesHaveOneWinner() {
    new RevisionChecks(revisionStorage()).racingAppliesHaveOneWinner();
  }

  @Test
  @DisplayName(
      "Revisions: tenants never see, prune, schedule, cancel or apply each other's history")
  default void revisionRevisionsStayInTheirTenant() {
    new RevisionChecks(revisionStorage()).revisionsStayInTheirTenant();
  }

  @Test
  @DisplayName(
      "Revisions: every service command stores a revision with its actor and summary, paged newest first")
  default void revisionEveryServiceChangeIsARevision() {
    new RevisionChecks(revisionStorage()).everyServiceChangeIsARevision();
  }

  @Test
  @DisplayName("Revisions: restoring an old revision stores a new one equal to it in content")
  default void revisionRestoreMakesARevisionEqualInContent() {
    new RevisionChecks(revisionStorage()).restoreMakesARevisionEqualInContent();
  }

  @Test
  @DisplayName(
      "Revisions: a comparison lists exactly the changed fields and the inserted, removed and changed blocks")
  default void revisionCompareListsExactlyTheChanges() {
    new RevisionChecks(revisionStorage()).compareListsExactlyTheChanges();
  }

  @Test
  @DisplayName("Revisions: a keep-last retention leaves the newest revisions of an article")
  default void revisionRetentionKeepsTheNewest() {
    new RevisionChecks(revisionStorage()).retentionKeepsTheNewest();
  }

  @Test
  @DisplayName(
      "Timed changes: bad times, statuses, drafts, summaries and versions are refused; an expiry can be cancelled")
  default void revisionTimedChangesAreCheckedBeforeStoring() {
    new RevisionChecks(revisionStorage()).timedChangesAreCheckedBeforeStoring();
  }

  @Test
  @DisplayName(
      "Timed changes: with two nodes racing publishDue, each update and expiry happens exactly once with its event, revision and feed entry")
  default void revisionTimedUpdatesAndExpiriesHappenExactlyOnce() {
    new RevisionChecks(revisionStorage()).timedUpdatesAndExpiriesHappenExactlyOnce();
  }
}
