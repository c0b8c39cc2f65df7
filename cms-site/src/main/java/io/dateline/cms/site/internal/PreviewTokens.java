package io.dateline.cms.site.internal;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signed, expiring preview tokens: {@code base64url(payload) "." base64url(HMAC-SHA256(payload))},
 * the payload being {@code v1|tenant|article|target|expiry}, where the target is empty for the
 * article as stored now, {@code u:} and a timed change's id for a scheduled update, or a revision
 * number (reserved: refused by the site); the expiry is in epoch seconds. The JDK's {@link Mac}
 * does the cryptography; only this small framing is written here, since no library on the class
 * path offers a signed-URL format without a heavier token standard. Tokens are compared in constant
 * time. The key never leaves this object: {@link #toString()} does not show it.
 */
final class PreviewTokens {
  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "v1";
  private static final String UPDATE_PREFIX = "u:";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  /** The shortest secret accepted, in bytes: as long as the hash. */
  static final int MIN_SECRET_BYTES = 32;

  /**
   * What a valid token grants: a look at one article as stored now, at one scheduled update of it
   * ({@code update} set), or, later, at one of its revisions ({@code revision} set); never both.
   */
  record Grant(
      TenantId tenant,
      ArticleId article,
      @Nullable Long revision,
      @Nullable UUID update,
      Instant expires) {
    Grant {
      if (revision != null && update != null) {
        throw new IllegalArgumentException("a grant names a revision or an update, not both");
      }
    }
  }

  private final SecretKeySpec key;

  PreviewTokens(byte[] secret) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "previewSecret must have at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    mac(new byte[0]); // fail at startup, not on the first preview, if the JDK lacks the algorithm
  }

  /** Mints a token. */
  String mint(Grant grant) {
    String payload =
        String.join(
            "|",
            VERSION,
            grant.tenant().value(),
            grant.article().toString(),
            target(grant),
            Long.toString(grant.expires().getEpochSecond()));
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
  }

  /**
   * Checks a token.
   *
   * @return what it grants, or {@code null} when it is malformed, tampered with or expired
   */
  @Nullable Grant verify(String token, Instant now) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot != token.lastIndexOf('.') || token.length() > 1024) {
      return null;
    }
    byte[] payload;
    byte[] signature;
    try {
      payload = DECODER.decode(token.substring(0, dot));
      signature = DECODER.decode(token.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
    // Only the canonical spelling: base64 lets a last character's unused bits vary, and a token
    // altered that way must not work either.
    String canonical = ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(signature);
    if (!MessageDigest.isEqual(mac(payload), signature)
        || !MessageDigest.isEqual(
            canonical.getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII))) {
      return null;
    }
    String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
    if (parts.length != 5 || !parts[0].equals(VERSION)) {
      return null;
    }
    try {
      Instant expires = Instant.ofEpochSecond(Long.parseLong(parts[4]));
      if (!now.isBefore(expires)) {
        return null;
      }
      String target = parts[3];
      boolean update = target.startsWith(UPDATE_PREFIX);
      return new Grant(
          TenantId.of(parts[1]),
          ArticleId.parse(parts[2]),
          target.isEmpty() || update ? null : Long.parseLong(target),
          update ? UUID.fromString(target.substring(UPDATE_PREFIX.length())) : null,
          expires);
    } catch (RuntimeException e) {
      return null; // signed by us but unreadable: treated like any bad token
    }
  }

  private static String target(Grant grant) {
    Long revision = grant.revision();
    UUID update = grant.update();
    if (update != null) {
      return UPDATE_PREFIX + update;
    }
    return revision == null ? "" : Long.toString(revision);
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  @Override
  public String toString() {
    return "PreviewTokens[key=(hidden)]";
  }
}
