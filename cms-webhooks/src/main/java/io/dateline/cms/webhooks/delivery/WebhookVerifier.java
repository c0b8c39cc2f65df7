package io.dateline.cms.webhooks.delivery;

import io.dateline.cms.webhooks.delivery.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Verifies a received webhook request, for applications that receive Dateline's webhooks (or any
 * Standard Webhooks sender's):
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(secret);
 * verifier.verify(request.headers(), request.bodyBytes()); // throws when forged or stale
 * }</pre>
 *
 * <p>The signature header may list several space-separated signatures (a sender rotating its secret
 * signs with both); the request is accepted when one {@code v1} signature matches. Matching uses a
 * constant-time comparison. The timestamp must lie within the tolerance (5 minutes by default) of
 * the receiver's clock, either way, which bounds replays; receivers should also drop {@code
 * webhook-id}s they have already processed.
 *
 * <p>Immutable and thread-safe.
 */
public final class WebhookVerifier {
  /** The default tolerance between the sender's timestamp and the receiver's clock. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private final byte[] key;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(byte[] key, Duration tolerance, Clock clock) {
    this.key = key;
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /**
   * A verifier for one secret with the default tolerance and the system clock.
   *
   * @param secret the subscription's secret, {@code whsec_} and base64
   * @return the verifier
   * @throws IllegalArgumentException when the secret is malformed
   */
  public static WebhookVerifier of(String secret) {
    return new WebhookVerifier(WebhookSigner.keyOf(secret), DEFAULT_TOLERANCE, Clock.systemUTC());
  }

  /**
   * This verifier with another tolerance.
   *
   * @param newTolerance the largest accepted difference between timestamp and clock; positive
   * @return the changed copy
   */
  public WebhookVerifier withTolerance(Duration newTolerance) {
    Objects.requireNonNull(newTolerance, "tolerance");
    if (newTolerance.isNegative() || newTolerance.isZero()) {
      throw new IllegalArgumentException("tolerance must be positive: " + newTolerance);
    }
    return new WebhookVerifier(key, newTolerance, clock);
  }

  /**
   * This verifier with another clock.
   *
   * @param newClock the receiver's clock
   * @return the changed copy
   */
  public WebhookVerifier withClock(Clock newClock) {
    return new WebhookVerifier(key, tolerance, Objects.requireNonNull(newClock, "clock"));
  }

  /**
   * Verifies a request from its headers (names in any case, as most servers hand them over).
   *
   * @param headers the request headers
   * @param body the exact body bytes received
   * @throws WebhookVerificationException when a header is missing, the timestamp is stale or no
   *     signature matches
   */
  public void verify(Map<String, List<String>> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    verify(
        header(headers, "webhook-id"),
        header(headers, "webhook-timestamp"),
        header(headers, "webhook-signature"),
        body);
  }

  private static @Nullable String header(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null
          && e.getKey().toLowerCase(Locale.ROOT).equals(name)
          && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  /**
   * Verifies a request from its three header values.
   *
   * @param messageId the {@code webhook-id} header
   * @param timestamp the {@code webhook-timestamp} header
   * @param signatures the {@code webhook-signature} header
   * @param body the exact body bytes received
   * @throws WebhookVerificationException when a value is missing, the timestamp is stale or no
   *     signature matches
   */
  public void verify(
      @Nullable String messageId,
      @Nullable String timestamp,
      @Nullable String signatures,
      byte[] body) {
    Objects.requireNonNull(body, "body");
    if (messageId == null || timestamp == null || signatures == null) {
      throw new WebhookVerificationException(
          Reason.MISSING_HEADER,
          "webhook-id, webhook-timestamp and webhook-signature are all required");
    }
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.trim());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_TIMESTAMP, "webhook-timestamp is not a number of seconds");
    }
    Instant now = clock.instant();
    long nowSeconds = now.getEpochSecond();
    long window = tolerance.getSeconds();
    // Compared without subtracting the untrusted value, which could overflow.
    if (seconds < nowSeconds - window || seconds > nowSeconds + window) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_OUT_OF_TOLERANCE,
          "webhook-timestamp " + seconds + " is more than " + tolerance + " away from " + now);
    }
    byte[] expected = WebhookSigner.mac(key, messageId, seconds, body);
    for (String entry : signatures.trim().split(" +")) {
      int comma = entry.indexOf(',');
      if (comma < 0 || !entry.substring(0, comma).equals("v1")) {
        continue; // another scheme (such as v1a), or not a signature at all
      }
      byte[] given;
      try {
        given =
            Base64.getDecoder()
                .decode(entry.substring(comma + 1).getBytes(StandardCharsets.US_ASCII));
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (MessageDigest.isEqual(expected, given)) {
        return;
      }
    }
    throw new WebhookVerificationException(
        Reason.NO_MATCHING_SIGNATURE, "no v1 signature in webhook-signature matches the body");
  }
}
