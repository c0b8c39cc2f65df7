/**
 * The audit log as values: what each command did, who did it and when ({@link AuditEntry}), and how
 * to ask for entries ({@link AuditQuery}, {@link AuditPage}). Applications read a tenant's log
 * through {@link io.dateline.cms.TenantContent#audit()}; backends store it through {@link
 * io.dateline.cms.spi.AuditLog}. The types here depend on the model alone.
 *
 * @since 0.1.0
 */
@org.jspecify.annotations.NullMarked
package io.dateline.cms.audit;
