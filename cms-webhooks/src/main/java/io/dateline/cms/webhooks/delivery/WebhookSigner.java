package io.dateline.cms.webhooks.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook requests as the Standard Webhooks specification describes: the signature is {@code
 * v1,} followed by the base64 HMAC-SHA256, keyed with the secret, of {@code
 * <webhook-id>.<webhook-timestamp>.<body>}. Secrets are {@code whsec_} followed by the base64 of 24
 * to 64 random bytes.
 *
 * <p>The JDK's {@link Mac} does the cryptography; this class only fixes the format. Stateless and
 * thread-safe.
 */
public final class WebhookSigner {
  /** The prefix of a secret's text form. */
  public static final String SECRET_PREFIX = "whsec_";

  /** The fewest secret bytes accepted. */
  public static final int MIN_SECRET_BYTES = 24;

  /** The most secret bytes accepted. */
  public static final int MAX_SECRET_BYTES = 64;

  private static final SecureRandom RANDOM = new SecureRandom();

  private WebhookSigner() {}

  /**
   * A new random secret of 32 bytes.
   *
   * @return {@code whsec_} and the base64 of the bytes
   */
  public static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /**
   * The key bytes of a secret.
   *
   * @param secret {@code whsec_} and base64
   * @return the decoded key
   * @throws IllegalArgumentException when the secret lacks the prefix, is not base64, or decodes to
   *     fewer than 24 or more than 64 bytes; the message never contains the secret
   */
  public static byte[] keyOf(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (!secret.startsWith(SECRET_PREFIX)) {
      throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "a webhook secret is " + SECRET_PREFIX + " followed by base64"); // no cause: it quotes
    }
    if (key.length < MIN_SECRET_BYTES || key.length > MAX_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "a webhook secret holds "
              + MIN_SECRET_BYTES
              + " to "
              + MAX_SECRET_BYTES
              + " bytes, this one "
              + key.length);
    }
    return key;
  }

  /**
   * The signature of one request.
   *
   * @param secret the subscription's secret
   * @param messageId the {@code webhook-id}
   * @param timestamp the {@code webhook-timestamp}, seconds since the epoch
   * @param body the exact bytes sent
   * @return {@code v1,} and the base64 signature
   * @throws IllegalArgumentException when the secret is malformed
   */
  public static String sign(String secret, String messageId, long timestamp, byte[] body) {
    return "v1,"
        + Base64.getEncoder().encodeToString(mac(keyOf(secret), messageId, timestamp, body));
  }

  /** The raw HMAC of {@code id.timestamp.body}. */
  static byte[] mac(byte[] key, String messageId, long timestamp, byte[] body) {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(body, "body");
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((messageId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      // Every Java platform must provide HmacSHA256, and any non-empty key is valid for it.
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
