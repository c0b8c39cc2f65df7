package io.dateline.cms.webhooks.delivery;

import io.dateline.cms.DatelineException;
import java.util.Objects;

/** A received webhook request failed verification; the receiver must not act on it. */
public final class WebhookVerificationException extends DatelineException {
  private static final long serialVersionUID = 1L;

  /** Why a request was refused. */
  public enum Reason {
    /** A {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} is missing. */
    MISSING_HEADER,
    /** The timestamp is not a number of seconds. */
    MALFORMED_TIMESTAMP,
    /** The timestamp lies outside the tolerance window (a replay, or a badly wrong clock). */
    TIMESTAMP_OUT_OF_TOLERANCE,
    /** No {@code v1} signature in the header matches the body. */
    NO_MATCHING_SIGNATURE
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why
   * @param message the explanation; never the secret or a signature
   */
  public WebhookVerificationException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Why the request was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
