package io.dateline.cms;

import io.dateline.cms.model.TenantId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@link Dateline#publishDue()} failed for one or more tenants. Every tenant was tried: the due
 * articles of the other tenants were published (see {@link #published()}), and a failed tenant's
 * articles stay scheduled for the next run, which publishes each of them exactly once.
 *
 * <p>Each tenant's failure is in {@link #failures()} and is also {@linkplain #getSuppressed()
 * suppressed} by this exception, so a logged stack trace shows all of them.
 *
 * @since 0.1.0
 */
public class PublishDueException extends DatelineException {
  private static final long serialVersionUID = 1L;

  /** Kept for the caller; the exceptions themselves are serialized as suppressed ones. */
  private final transient Map<TenantId, RuntimeException> failures;

  private final int published;

  /**
   * Creates the exception.
   *
   * @param published how many articles the run published for the tenants that did not fail
   * @param failures each failed tenant's exception, in the order tried; not empty
   * @throws IllegalArgumentException when {@code failures} is empty
   */
  public PublishDueException(int published, Map<TenantId, RuntimeException> failures) {
    super(message(failures));
    this.published = published;
    this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    this.failures.values().forEach(this::addSuppressed);
  }

  private static String message(Map<TenantId, RuntimeException> failures) {
    if (failures.isEmpty()) {
      throw new IllegalArgumentException("failures must not be empty");
    }
    return "publishing due articles failed for "
        + failures.size()
        + (failures.size() == 1 ? " tenant: " : " tenants: ")
        + failures.entrySet().stream()
            .map(e -> e.getKey().value() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "))
        + "; the other tenants were published";
  }

  /**
   * Each failed tenant's exception.
   *
   * @return failures by tenant, in the order the tenants were tried; empty after deserialization
   */
  public Map<TenantId, RuntimeException> failures() {
    return failures == null ? Map.of() : failures;
  }

  /**
   * How many articles the run published for the tenants that did not fail.
   *
   * @return the count
   */
  public int published() {
    return published;
  }
}
