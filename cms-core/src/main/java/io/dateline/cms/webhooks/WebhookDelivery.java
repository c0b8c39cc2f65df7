package io.dateline.cms.webhooks;

import io.dateline.cms.changes.ChangeKind;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt to deliver one change to one subscription, as kept in the subscription's delivery
 * log.
 *
 * @param id the entry's id, unique within the subscription; larger ids are later attempts (the
 *     delivery engine makes them from the time and a random part), and the log is read newest first
 *     by it
 * @param subscriptionId the subscription
 * @param messageId the {@code webhook-id} sent: the same for every attempt at one change
 * @param position the change-feed position of the change
 * @param kind the kind of change
 * @param subjectId the changed object's id
 * @param attemptedAt when the request started
 * @param attempt the attempt number at this change, from 1
 * @param statusCode the HTTP status the receiver answered; {@code null} when none came (refused
 *     address, connection failure, time-out)
 * @param succeeded whether the receiver answered 2xx
 * @param error what went wrong, for a failed attempt; {@code null} when it succeeded. Never holds
 *     the secret or the payload.
 * @param durationMillis how long the attempt took, in milliseconds
 * @since 0.1.0
 */
public record WebhookDelivery(
    long id,
    WebhookId subscriptionId,
    String messageId,
    long position,
    ChangeKind kind,
    String subjectId,
    Instant attemptedAt,
    int attempt,
    @Nullable Integer statusCode,
    boolean succeeded,
    @Nullable String error,
    long durationMillis) {

  /** The longest error text kept; longer ones are cut. */
  public static final int MAX_ERROR_LENGTH = 1000;

  /** Checks the values and cuts an overlong error text. */
  public WebhookDelivery {
    if (id < 1) {
      throw new IllegalArgumentException("id must be positive: " + id);
    }
    Objects.requireNonNull(subscriptionId, "subscriptionId");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1: " + attempt);
    }
    if (durationMillis < 0) {
      throw new IllegalArgumentException("durationMillis must not be negative: " + durationMillis);
    }
    if (error != null && error.length() > MAX_ERROR_LENGTH) {
      error = error.substring(0, MAX_ERROR_LENGTH);
    }
  }
}
