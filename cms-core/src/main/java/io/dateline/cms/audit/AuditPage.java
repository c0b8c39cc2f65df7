package io.dateline.cms.audit;

import java.util.List;
import java.util.Objects;

/**
 * One page of audit entries, newest first.
 *
 * @param entries the entries, in descending {@linkplain AuditEntry#sequence() sequence}
 * @param next the sequence to pass to {@link AuditQuery.Builder#before(long)} for the following
 *     page, or 0 when this is the last page
 * @since 0.1.0
 */
public record AuditPage(List<AuditEntry> entries, long next) {

  /**
   * Copies the entries.
   *
   * @throws IllegalArgumentException when {@code next} is negative
   */
  public AuditPage {
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    if (next < 0) {
      throw new IllegalArgumentException("next must not be negative, was " + next);
    }
  }

  /**
   * Whether another page follows.
   *
   * @return {@code true} when {@link #next()} names one
   */
  public boolean hasNext() {
    return next > 0;
  }
}
