package io.dateline.cms;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A command broke one or more rules; nothing was stored.
 *
 * <p>{@link #violations()} lists every broken rule at once, so a form can show them all.
 *
 * @since 0.1.0
 */
public final class ValidationException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final String subject;
  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param subject what was validated, such as {@code article} or {@code tag}
   * @param violations the broken rules; at least one
   */
  public ValidationException(String subject, List<Violation> violations) {
    super(describe(subject, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    this.subject = subject;
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for a single broken rule.
   *
   * @param subject what was validated
   * @param path the property path
   * @param rule the rule's name
   * @param message the explanation
   * @return the exception
   */
  public static ValidationException of(String subject, String path, String rule, String message) {
    return new ValidationException(subject, List.of(new Violation(path, rule, message)));
  }

  /**
   * What was validated.
   *
   * @return a lowercase noun such as {@code article}
   */
  public String subject() {
    return subject;
  }

  /**
   * The broken rules, sorted by path.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(String subject, List<Violation> violations) {
    return "Invalid "
        + subject
        + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
