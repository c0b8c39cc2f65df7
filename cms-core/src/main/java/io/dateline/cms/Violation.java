package io.dateline.cms;

import java.util.Objects;

/**
 * One broken rule of a command.
 *
 * @param path the property path, such as {@code headline} or {@code body[2].content[0].link}
 * @param rule the rule's name: the constraint's simple name, such as {@code NotBlank}, {@code
 *     Size}, {@code Slug}, or a Dateline rule such as {@code SameTenant}
 * @param message a human-readable explanation in the configured message locale
 * @since 0.1.0
 */
public record Violation(String path, String rule, String message) {
  /** Rejects {@code null}. */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return (path.isEmpty() ? "(object)" : path) + ": " + message + " [" + rule + "]";
  }
}
