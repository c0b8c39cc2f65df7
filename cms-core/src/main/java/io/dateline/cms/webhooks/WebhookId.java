package io.dateline.cms.webhooks;

import java.util.Objects;
import java.util.UUID;

/**
 * The id of a webhook subscription, unique within its tenant.
 *
 * @param value the UUID; never {@code null}
 * @since 0.1.0
 */
public record WebhookId(UUID value) {

  /** Checks the value. */
  public WebhookId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Wraps a UUID.
   *
   * @param value the UUID
   * @return the id
   */
  public static WebhookId of(UUID value) {
    return new WebhookId(value);
  }

  /**
   * Parses the text form.
   *
   * @param text a UUID as text
   * @return the id
   * @throws IllegalArgumentException when the text is not a UUID
   */
  public static WebhookId parse(String text) {
    return new WebhookId(UUID.fromString(Objects.requireNonNull(text, "text")));
  }

  /**
   * A new random id. Subscriptions are few and are never listed by id order, so a random (version
   * 4) UUID is enough.
   *
   * @return a fresh id
   */
  public static WebhookId random() {
    return new WebhookId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
