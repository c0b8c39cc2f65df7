package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.SlugHistory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The slug-history contract ({@link SlugHistory}) as JUnit 5 tests, on the SPI and through the
 * services that write it (renames, deletes, tag merges): what redirects from old URLs rely on. A
 * backend runs them by implementing this interface in a test class, usually through {@link
 * StorageCompatibilityKit}, or alone:
 *
 * <pre>{@code
 * class MySlugHistoryTest implements SlugHistoryContract {
 *   public ContentStorage slugHistoryStorage() { return myStorage; }
 * }
 * }</pre>
 *
 * <p>Every test works in tenants with fresh ids, so the storage may be shared between tests.
 */
public interface SlugHistoryContract {

  /**
   * The storage under test, for the running test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage slugHistoryStorage();

  @Test
  @DisplayName("slug history: a slug never recorded leads nowhere")
  default void slugHistoryUnknownSlug() {
    new SlugHistoryChecks(slugHistoryStorage()).unknownSlug();
  }

  @Test
  @DisplayName(
      "slug history: a record is found by kind and exact slug, and a newer one replaces it")
  default void slugHistoryRecordFindReplace() {
    new SlugHistoryChecks(slugHistoryStorage()).recordFindReplace();
  }

  @Test
  @DisplayName("slug history: retarget moves only the records of that kind and target")
  default void slugHistoryRetarget() {
    new SlugHistoryChecks(slugHistoryStorage()).retarget();
  }

  @Test
  @DisplayName("slug history: forget deletes only the records of that kind and target")
  default void slugHistoryForget() {
    new SlugHistoryChecks(slugHistoryStorage()).forget();
  }

  @Test
  @DisplayName("slug history: tenants never see, replace, move or forget each other's records")
  default void slugHistoryTenantIsolation() {
    new SlugHistoryChecks(slugHistoryStorage()).tenantIsolation();
  }

  @Test
  @DisplayName(
      "slug history: recordWith records after a write that succeeds, never after one that throws")
  default void slugHistoryRecordWith() {
    new SlugHistoryChecks(slugHistoryStorage()).recordWith();
  }

  @Test
  @DisplayName("slug history: racing records of one slug leave exactly one of them")
  default void slugHistoryRacingRecords() {
    new SlugHistoryChecks(slugHistoryStorage()).racingRecords();
  }

  @Test
  @DisplayName("redirects: renaming an article twice makes both old slugs lead to it (a→b→c)")
  default void redirectsArticleChain() {
    new SlugHistoryChecks(slugHistoryStorage()).articleChain();
  }

  @Test
  @DisplayName("redirects: renamed sections, tags, authors and locations lead to their new slugs")
  default void redirectsDirectoryRenames() {
    new SlugHistoryChecks(slugHistoryStorage()).directoryRenames();
  }

  @Test
  @DisplayName("redirects: a freed slug can be taken by new content, whose owner then wins")
  default void redirectsFreedSlugIsReusable() {
    new SlugHistoryChecks(slugHistoryStorage()).freedSlugIsReusable();
  }

  @Test
  @DisplayName("redirects: a deleted object's former slugs lead nowhere")
  default void redirectsForgottenOnDelete() {
    new SlugHistoryChecks(slugHistoryStorage()).forgottenOnDelete();
  }

  @Test
  @DisplayName("redirects: another tenant's renames never redirect here")
  default void redirectsStayInTheirTenant() {
    new SlugHistoryChecks(slugHistoryStorage()).redirectsStayInTheirTenant();
  }

  @Test
  @DisplayName(
      "tag merge: articles of any status move to the kept tag, the old tag and its slugs redirect")
  default void tagMergeMovesArticlesAndRedirects() {
    new SlugHistoryChecks(slugHistoryStorage()).tagMerge();
  }

  @Test
  @DisplayName("tag merge: into itself or an unknown tag is refused and changes nothing")
  default void tagMergeRefusesBadInput() {
    new SlugHistoryChecks(slugHistoryStorage()).tagMergeRefusesBadInput();
  }
}
