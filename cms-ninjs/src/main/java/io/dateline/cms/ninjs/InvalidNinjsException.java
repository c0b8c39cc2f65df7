package io.dateline.cms.ninjs;

import io.dateline.cms.DatelineException;
import io.dateline.cms.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A ninjs document could not be imported because it breaks one or more rules; nothing was stored.
 *
 * <p>Each {@link Violation} names the JSON path of the offending value in the document ({@code
 * $.subjects[2].name}, {@code $.uri}, or {@code $} for the document as a whole), the rule ({@code
 * Required}, {@code Type}, {@code Uri}, {@code Language}, ...) and a message in English. Rules
 * Dateline applies to every article (lengths, the content budget, well-formed text) are reported
 * under the path of the ninjs field the value came from.
 */
public final class InvalidNinjsException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the broken rules; at least one
   * @throws IllegalArgumentException when {@code violations} is empty
   */
  public InvalidNinjsException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * The broken rules, in the order they were found.
   *
   * @return an unmodifiable, non-empty list whose paths are JSON paths into the document
   */
  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid ninjs exception needs at least one violation");
    }
    return "Invalid ninjs document: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
