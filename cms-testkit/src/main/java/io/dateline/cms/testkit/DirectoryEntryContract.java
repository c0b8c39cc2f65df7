package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.DirectoryEntryRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link DirectoryEntryRepository}, the storage of application-defined directory
 * kinds, as JUnit 5 tests: on the SPI, and through {@link io.dateline.cms.TenantContent#directory}
 * for what the services rely on. A backend runs them by implementing this interface in a test
 * class, usually through {@link StorageCompatibilityKit}, or alone:
 *
 * <pre>{@code
 * class MyEntriesTest implements DirectoryEntryContract {
 *   public ContentStorage entriesStorage() { return myStorage; }
 * }
 * }</pre>
 *
 * <p>Every test works in tenants with fresh ids, so the storage may be shared between tests.
 *
 * @since 0.1.0
 */
public interface DirectoryEntryContract {

  /**
   * The storage under test, for the running test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage entriesStorage();

  /** Inserts, reads back, updates and deletes an entry, attributes in Ukrainian included. */
  @Test
  @DisplayName("entries: an entry round-trips with its name and attributes, and updates in place")
  default void entriesRoundTripAndUpdate() {
    new DirectoryEntryChecks(entriesStorage()).roundTripAndUpdate();
  }

  /** A slug is unique per tenant and kind, and free in other kinds and tenants. */
  @Test
  @DisplayName("entries: a slug is unique within a tenant and kind, and free in other kinds")
  default void entriesSlugUniquePerKind() {
    new DirectoryEntryChecks(entriesStorage()).slugUniquePerKind();
  }

  /** Lists by slug after a cursor, page by page, one kind only. */
  @Test
  @DisplayName("entries: a kind's entries list in slug order, page by page after a slug")
  default void entriesListPaging() {
    new DirectoryEntryChecks(entriesStorage()).listPaging();
  }

  /** Deletes once; a deleted entry is gone and its slug is free. */
  @Test
  @DisplayName("entries: delete removes the entry once and frees its slug")
  default void entriesDelete() {
    new DirectoryEntryChecks(entriesStorage()).delete();
  }

  /** Another tenant neither sees nor changes an entry. */
  @Test
  @DisplayName("entries: tenants never see, change or delete each other's entries")
  default void entriesTenantIsolation() {
    new DirectoryEntryChecks(entriesStorage()).tenantIsolation();
  }

  /** Each write appends its change to the feed. */
  @Test
  @DisplayName("entries: every insert, update and delete appends its change to the feed")
  default void entriesChangeFeed() {
    new DirectoryEntryChecks(entriesStorage()).changeFeed();
  }

  /** The directory service stores and finds an application kind's entries on this backend. */
  @Test
  @DisplayName("entries: the directory service of an application kind works on this backend")
  default void entriesThroughTheService() {
    new DirectoryEntryChecks(entriesStorage()).throughTheService();
  }
}
