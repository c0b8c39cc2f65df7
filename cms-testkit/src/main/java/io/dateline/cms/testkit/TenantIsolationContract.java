package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for tenant isolation: no read, write, listing, reference or view count
 * crosses tenants, as JUnit 5 tests. A backend runs them by implementing this interface in a test
 * class, or all contracts at once through {@link StorageCompatibilityKit}.
 *
 * <p>Every test creates its own tenants with fresh ids and never assumes the storage is empty, so
 * one storage may serve every test; the tests never close it. See {@link StorageCompatibilityKit}
 * for what the tests assume.
 */
public interface TenantIsolationContract {
  /**
   * The storage these tests run against. Called once per test; may return a new storage each time
   * or one shared by all tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage tenantIsolationStorage();

  @Test
  @DisplayName("Tenant isolation: finding by id never returns another tenant's article")
  default void tenantIsolationFindById() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().findById();
  }

  @Test
  @DisplayName("Tenant isolation: finding several ids filters out another tenant's articles")
  default void tenantIsolationFindByIds() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().findByIds();
  }

  @Test
  @DisplayName(
      "Tenant isolation: finding by a slug both tenants use returns the own tenant's article")
  default void tenantIsolationFindBySlug() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().findBySlug();
  }

  @Test
  @DisplayName("Tenant isolation: translation groups never include another tenant's articles")
  default void tenantIsolationFindByTranslationKey() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().findByTranslationKey();
  }

  @Test
  @DisplayName("Tenant isolation: listings and counts never include another tenant's articles")
  default void tenantIsolationListAndCount() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().listAndCount();
  }

  @Test
  @DisplayName("Tenant isolation: due articles never include another tenant's")
  default void tenantIsolationFindDue() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().findDue();
  }

  @Test
  @DisplayName(
      "Tenant isolation: updating another tenant's article id fails with NotFoundException and changes nothing")
  default void tenantIsolationUpdateOfOtherTenantsId() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().updateOfOtherTenantsId();
  }

  @Test
  @DisplayName(
      "Tenant isolation: an article of another tenant is rejected with IllegalArgumentException, storing nothing")
  default void tenantIsolationValueOfAnotherTenant() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().valueOfAnotherTenant();
  }

  @Test
  @DisplayName(
      "Tenant isolation: deleting another tenant's article id returns false and leaves it in place")
  default void tenantIsolationDeleteOfOtherTenantsId() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().deleteOfOtherTenantsId();
  }

  @Test
  @DisplayName("Tenant isolation: resolving references never returns another tenant's objects")
  default void tenantIsolationResolve() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().resolve();
  }

  @Test
  @DisplayName("Tenant isolation: view totals and rankings never include another tenant's views")
  default void tenantIsolationViewCounts() {
    new StorageChecks(tenantIsolationStorage()).new TenantIsolation().viewCounts();
  }
}
