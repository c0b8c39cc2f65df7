package io.dateline.cms.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.webhooks.delivery.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Standard Webhooks signatures")
class WebhookVerifierTest {
  // The example of the Standard Webhooks specification's reference implementations: this secret,
  // id, timestamp and body sign to this value.
  private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final long SPEC_TIME = 1614265330;
  private static final byte[] SPEC_BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
  private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  private static final Instant NOW = Instant.ofEpochSecond(SPEC_TIME);
  private final String secret = WebhookSigner.newSecret();
  private final byte[] body = "{\"type\":\"article.published\"}".getBytes(StandardCharsets.UTF_8);

  private WebhookVerifier verifierAt(Instant now) {
    return WebhookVerifier.of(secret).withClock(Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  @DisplayName("signs the specification's example to its published signature")
  void specificationExample() {
    assertThat(WebhookSigner.sign(SPEC_SECRET, SPEC_ID, SPEC_TIME, SPEC_BODY))
        .isEqualTo(SPEC_SIGNATURE);
    assertThatCode(
            () ->
                WebhookVerifier.of(SPEC_SECRET)
                    .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                    .verify(SPEC_ID, Long.toString(SPEC_TIME), SPEC_SIGNATURE, SPEC_BODY))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("a signed request verifies, from header values or a header map in any case")
  void roundTrip() {
    long ts = NOW.getEpochSecond();
    String signature = WebhookSigner.sign(secret, "msg_1", ts, body);

    assertThatCode(() -> verifierAt(NOW).verify("msg_1", Long.toString(ts), signature, body))
        .doesNotThrowAnyException();
    Map<String, List<String>> headers =
        Map.of(
            "Webhook-Id", List.of("msg_1"),
            "WEBHOOK-TIMESTAMP", List.of(Long.toString(ts)),
            "webhook-signature", List.of(signature));
    assertThatCode(() -> verifierAt(NOW.plusSeconds(299)).verify(headers, body))
        .doesNotThrowAnyException();
  }

  @Test
  @DisplayName("a tampered body, id or timestamp, or another secret, matches no signature")
  void tampered() {
    long ts = NOW.getEpochSecond();
    String signature = WebhookSigner.sign(secret, "msg_1", ts, body);
    byte[] tampered = "{\"type\":\"article.deleted\"}".getBytes(StandardCharsets.UTF_8);

    assertRefused(
        () -> verifierAt(NOW).verify("msg_1", Long.toString(ts), signature, tampered),
        Reason.NO_MATCHING_SIGNATURE);
    assertRefused(
        () -> verifierAt(NOW).verify("msg_2", Long.toString(ts), signature, body),
        Reason.NO_MATCHING_SIGNATURE);
    assertRefused(
        () -> verifierAt(NOW).verify("msg_1", Long.toString(ts + 1), signature, body),
        Reason.NO_MATCHING_SIGNATURE);
    assertRefused(
        () ->
            WebhookVerifier.of(WebhookSigner.newSecret())
                .withClock(Clock.fixed(NOW, ZoneOffset.UTC))
                .verify("msg_1", Long.toString(ts), signature, body),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  @DisplayName("a timestamp outside the tolerance is refused, old or in the future")
  void oldTimestamp() {
    long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();
    String signed = WebhookSigner.sign(secret, "msg_1", old, body);
    assertRefused(
        () -> verifierAt(NOW).verify("msg_1", Long.toString(old), signed, body),
        Reason.TIMESTAMP_OUT_OF_TOLERANCE);
    long future = NOW.plus(Duration.ofMinutes(6)).getEpochSecond();
    String ahead = WebhookSigner.sign(secret, "msg_1", future, body);
    assertRefused(
        () -> verifierAt(NOW).verify("msg_1", Long.toString(future), ahead, body),
        Reason.TIMESTAMP_OUT_OF_TOLERANCE);
    assertThatCode(
            () ->
                verifierAt(NOW)
                    .withTolerance(Duration.ofMinutes(10))
                    .verify("msg_1", Long.toString(old), signed, body))
        .doesNotThrowAnyException();
    assertRefused(
        () -> verifierAt(NOW).verify("msg_1", Long.toString(Long.MIN_VALUE), signed, body),
        Reason.TIMESTAMP_OUT_OF_TOLERANCE);
    assertRefused(
        () -> verifierAt(NOW).verify("msg_1", "yesterday", signed, body),
        Reason.MALFORMED_TIMESTAMP);
  }

  @Test
  @DisplayName("one matching v1 signature among several is enough; other schemes are skipped")
  void multipleSignatures() {
    long ts = NOW.getEpochSecond();
    String old = WebhookSigner.sign(WebhookSigner.newSecret(), "msg_1", ts, body);
    String current = WebhookSigner.sign(secret, "msg_1", ts, body);
    String header = "v1a,abc " + old + " v1,!!notbase64 " + current;

    assertThatCode(() -> verifierAt(NOW).verify("msg_1", Long.toString(ts), header, body))
        .doesNotThrowAnyException();
    assertRefused(
        () -> verifierAt(NOW).verify("msg_1", Long.toString(ts), "v1a,abc " + old, body),
        Reason.NO_MATCHING_SIGNATURE);
  }

  @Test
  @DisplayName("a missing header or a malformed secret is refused without quoting the secret")
  void missingAndMalformed() {
    assertRefused(
        () -> verifierAt(NOW).verify(Map.of("webhook-id", List.of("x")), body),
        Reason.MISSING_HEADER);
    assertThatThrownBy(() -> WebhookVerifier.of("whsec_short"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("short");
    assertThatThrownBy(() -> WebhookVerifier.of("sk_" + secret))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(secret);
  }

  private static void assertRefused(Runnable call, Reason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
