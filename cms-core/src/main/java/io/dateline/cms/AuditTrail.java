package io.dateline.cms;

import io.dateline.cms.audit.AuditEntry;
import io.dateline.cms.audit.AuditPage;
import io.dateline.cms.audit.AuditQuery;
import io.dateline.cms.spi.TenantStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One tenant's audit log, reached from {@link TenantContent#audit()}: every successful command of
 * the tenant's services, with who ran it and when, newest first.
 *
 * <pre>{@code
 * AuditPage page = site.audit().query(AuditQuery.builder().article(id).build());
 * while (true) {
 *   page.entries().forEach(e -> log(e.at(), e.actorName(), e.action()));
 *   if (!page.hasNext()) break;
 *   page = site.audit().query(AuditQuery.builder().article(id).before(page.next()).build());
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class AuditTrail {
  private final TenantStorage storage;

  AuditTrail(TenantStorage storage) {
    this.storage = storage;
  }

  /**
   * Reads one page of entries, newest first.
   *
   * @param query the filters, the cursor and the page size
   * @return the page; {@link AuditPage#next()} continues it
   * @throws ValidationException when the limit is outside 1 to {@value AuditQuery#MAX_LIMIT}, the
   *     cursor is not positive, the actor id is blank, or {@code from} is not before {@code until};
   *     the violation names the field
   * @throws UnsupportedOperationException when the storage keeps no audit log
   */
  public AuditPage query(AuditQuery query) {
    if (query == null) {
      throw ValidationException.of("auditQuery", "", "NotNull", "the query must not be null");
    }
    List<Violation> violations = new ArrayList<>();
    if (query.limit() < 1 || query.limit() > AuditQuery.MAX_LIMIT) {
      violations.add(
          new Violation("limit", "Range", "must be between 1 and " + AuditQuery.MAX_LIMIT));
    }
    if (query.before() < 1) {
      violations.add(new Violation("before", "Positive", "must be a positive sequence"));
    }
    if (query.actorId() != null && Objects.requireNonNull(query.actorId()).isBlank()) {
      violations.add(new Violation("actorId", "NotBlank", "must not be blank"));
    }
    if (query.from() != null
        && query.until() != null
        && !Objects.requireNonNull(query.from()).isBefore(query.until())) {
      violations.add(new Violation("from", "TimeRange", "must be before until"));
    }
    if (!violations.isEmpty()) {
      throw new ValidationException("auditQuery", violations);
    }
    // One entry more than asked tells whether another page follows, without an empty last page.
    List<AuditEntry> found =
        storage.audit().find(query.toBuilder().limit(query.limit() + 1).build());
    if (found.size() <= query.limit()) {
      return new AuditPage(found, 0);
    }
    List<AuditEntry> page = found.subList(0, query.limit());
    return new AuditPage(page, page.get(page.size() - 1).sequence());
  }
}
