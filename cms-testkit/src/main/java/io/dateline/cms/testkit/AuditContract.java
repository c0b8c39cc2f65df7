package io.dateline.cms.testkit;

import io.dateline.cms.spi.AuditLog;
import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The audit-log contract ({@link AuditLog}) as JUnit 5 tests: entries appended alone and with a
 * content change, queried by article, actor and time, paged newest first, each tenant's apart; and
 * the services recording who did what. A backend runs them by implementing this interface in a test
 * class, usually through {@link StorageCompatibilityKit}, or alone:
 *
 * <pre>{@code
 * class MyOneContractTest implements AuditContract {
 *   public ContentStorage auditStorage() { return myStorage; }
 * }
 * }</pre>
 *
 * <p>{@link StorageCompatibilityKit} includes this contract.
 *
 * <p>Every test works in tenants with fresh ids, so the storage may be shared between tests. Times
 * are fixed instants; no test measures time.
 */
public interface AuditContract {

  /**
   * The storage under test, for the running test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage auditStorage();

  @Test
  @DisplayName("Audit: appended entries come back whole, newest first, with increasing sequences")
  default void auditAppendThenFind() {
    new AuditChecks(auditStorage()).appendThenFind();
  }

  @Test
  @DisplayName("Audit: a query by article returns only that article's entries")
  default void auditQueryByArticle() {
    new AuditChecks(auditStorage()).queryByArticle();
  }

  @Test
  @DisplayName("Audit: a query by actor returns only that actor's entries")
  default void auditQueryByActor() {
    new AuditChecks(auditStorage()).queryByActor();
  }

  @Test
  @DisplayName("Audit: a time range includes its start and excludes its end")
  default void auditQueryByTime() {
    new AuditChecks(auditStorage()).queryByTime();
  }

  @Test
  @DisplayName("Audit: pages cut by sequence cover every entry once, newest first")
  default void auditPaging() {
    new AuditChecks(auditStorage()).paging();
  }

  @Test
  @DisplayName("Audit: a tenant never sees another tenant's entries and cannot write into its log")
  default void auditTenantIsolation() {
    new AuditChecks(auditStorage()).tenantIsolation();
  }

  @Test
  @DisplayName("Audit: an entry appended with a write is stored with the write's change")
  default void auditAppendWithWrite() {
    new AuditChecks(auditStorage()).appendWithWrite();
  }

  @Test
  @DisplayName("Audit: an entry appended with a write of several changes is stored once")
  default void auditAppendWithSeveralChangesOnce() {
    new AuditChecks(auditStorage()).severalChangesRecordOnce();
  }

  @Test
  @DisplayName("Audit: an entry appended with a write that fails is not stored")
  default void auditFailedWriteRecordsNothing() {
    new AuditChecks(auditStorage()).failedWriteRecordsNothing();
  }

  @Test
  @DisplayName(
      "Audit: the services record each command with its actor, the scheduler's as SCHEDULER")
  default void auditServicesRecordActors() {
    new AuditChecks(auditStorage()).servicesRecordActors();
  }

  @Test
  @DisplayName("Audit: a command the authorizer refuses stores nothing, in content, feed or log")
  default void auditRefusedCommandStoresNothing() {
    new AuditChecks(auditStorage()).refusedCommandStoresNothing();
  }

  @Test
  @DisplayName("Audit: prune deletes this tenant's entries recorded before a time, and only those")
  default void auditPrune() {
    new AuditChecks(auditStorage()).prune();
  }
}
