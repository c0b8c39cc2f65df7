package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for the tenant repository ({@link io.dateline.cms.spi.TenantRepository}):
 * saving, replacing, finding and listing tenants, as JUnit 5 tests. A backend runs them by
 * implementing this interface in a test class, or all contracts at once through {@link
 * StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface TenantContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage tenantsStorage();

  @Test
  @DisplayName("Tenants: a saved tenant is found with every field intact")
  default void savedTenantRoundTrips() {
    new StorageChecks(tenantsStorage()).new Tenants().savedTenantRoundTrips();
  }

  @Test
  @DisplayName("Tenants: finding a tenant that was never saved returns empty")
  default void unknownTenantIsEmpty() {
    new StorageChecks(tenantsStorage()).new Tenants().unknownTenantIsEmpty();
  }

  @Test
  @DisplayName("Tenants: saving a tenant with a known id replaces the stored one")
  default void saveReplaces() {
    new StorageChecks(tenantsStorage()).new Tenants().saveReplaces();
  }

  @Test
  @DisplayName(
      "Tenants: findAll lists every tenant ordered by id, comparing ids character by character")
  default void findAllIsOrderedById() {
    new StorageChecks(tenantsStorage()).new Tenants().findAllIsOrderedById();
  }

  @Test
  @DisplayName("Tenants: findAll returns an unmodifiable list")
  default void findAllIsUnmodifiable() {
    new StorageChecks(tenantsStorage()).new Tenants().findAllIsUnmodifiable();
  }

  @Test
  @DisplayName("Tenants: the storage of a new tenant reports its id and holds nothing")
  default void newTenantStorageIsEmpty() {
    new StorageChecks(tenantsStorage()).new Tenants().newTenantStorageIsEmpty();
  }

  @Test
  @DisplayName(
      "Tenants: the storage of a tenant that was never saved can be obtained and reads nothing")
  default void unsavedTenantStorageReadsNothing() {
    new StorageChecks(tenantsStorage()).new Tenants().unsavedTenantStorageReadsNothing();
  }
}
