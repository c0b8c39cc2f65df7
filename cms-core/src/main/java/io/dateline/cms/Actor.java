package io.dateline.cms;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who performs a command: a person in the newsroom, an importer, a scheduler. The embedding
 * application supplies it from its own sign-in; Dateline stores it with revisions and audit entries
 * and hands it to the authorization hook. Obtain services that act as someone with {@link
 * TenantContent#as(Actor)}.
 *
 * @param id the application's stable id of the actor (a user id, a service name); 1 to 200
 *     characters, without control characters
 * @param displayName the name shown in revision lists and audit logs; 1 to 200 characters
 * @since 0.1.0
 */
public record Actor(String id, String displayName) {
  /** The actor of commands issued without one: Dateline itself or the application's own code. */
  public static final Actor SYSTEM = new Actor("system", "System");

  /** The actor of scheduled work that Dateline runs (publication, timed changes, expiry). */
  public static final Actor SCHEDULER = new Actor("dateline:scheduler", "Scheduler");

  private static final int MAX_LENGTH = 200;

  /**
   * Checks both parts.
   *
   * @param id the actor's id
   * @param displayName the actor's display name
   * @throws ValidationException when a part is blank, longer than 200 characters or holds control
   *     characters; the violation names the part
   */
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(displayName, "displayName");
    List<Violation> violations = new ArrayList<>();
    check("actor.id", id, violations);
    check("actor.displayName", displayName, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException("actor", violations);
    }
  }

  /**
   * An actor whose display name is its id.
   *
   * @param id the actor's id
   * @return the actor
   */
  public static Actor of(String id) {
    return new Actor(id, id);
  }

  private static void check(String field, String value, List<Violation> violations) {
    if (value.isBlank()) {
      violations.add(new Violation(field, "NotBlank", "must not be blank"));
    } else if (value.length() > MAX_LENGTH) {
      violations.add(
          new Violation(field, "Size", "must be at most " + MAX_LENGTH + " characters long"));
    } else if (value.chars().anyMatch(Character::isISOControl)) {
      violations.add(
          new Violation(field, "NoControlCharacters", "must not hold control characters"));
    }
  }
}
