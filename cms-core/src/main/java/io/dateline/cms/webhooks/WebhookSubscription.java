package io.dateline.cms.webhooks;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's subscription to its change feed: which kinds of change are sent to which URL, signed
 * with which secret, and how far delivery has come.
 *
 * <p>The first five components are the subscription's settings; the rest is delivery state that the
 * delivery engine keeps: {@code position} is the last change-feed position handled (delivered, or
 * skipped because its kind is not subscribed), {@code failureRun} the number of failed attempts in
 * a row at the next change, and {@code retryAt} the earliest time the next attempt may be made.
 *
 * <p>{@link #toString()} hides the secret, so a subscription can be logged.
 *
 * @param id the id, unique within the tenant
 * @param tenantId the tenant
 * @param url where requests go: an absolute http or https URL
 * @param secret the signing secret, {@code whsec_} followed by base64
 * @param kinds the kinds of change sent; never empty
 * @param enabled whether deliveries are made; false after too many failures in a row
 * @param failureRun failed attempts in a row, 0 after a success
 * @param position the last change-feed position handled, 0 for none
 * @param retryAt no attempt before this time; {@code null} for at once
 * @since 0.1.0
 */
public record WebhookSubscription(
    WebhookId id,
    TenantId tenantId,
    URI url,
    String secret,
    Set<ChangeKind> kinds,
    boolean enabled,
    int failureRun,
    long position,
    @Nullable Instant retryAt) {

  /** Checks the values and copies the set of kinds. */
  public WebhookSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    Objects.requireNonNull(kinds, "kinds");
    if (kinds.isEmpty()) {
      throw new IllegalArgumentException("kinds must not be empty");
    }
    kinds = Set.copyOf(EnumSet.copyOf(kinds));
    if (failureRun < 0) {
      throw new IllegalArgumentException("failureRun must not be negative: " + failureRun);
    }
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative: " + position);
    }
  }

  /**
   * Whether a change of this kind is sent.
   *
   * @param kind the kind
   * @return true when subscribed
   */
  public boolean accepts(ChangeKind kind) {
    return kinds.contains(kind);
  }

  /**
   * This subscription with other settings; the delivery state is kept.
   *
   * @param newUrl the URL
   * @param newSecret the secret
   * @param newKinds the kinds
   * @param newEnabled whether enabled
   * @return the changed copy
   */
  public WebhookSubscription withSettings(
      URI newUrl, String newSecret, Set<ChangeKind> newKinds, boolean newEnabled) {
    return new WebhookSubscription(
        id, tenantId, newUrl, newSecret, newKinds, newEnabled, failureRun, position, retryAt);
  }

  /**
   * This subscription enabled again: the failure run starts over and the next attempt is made at
   * once, at the change where delivery stopped.
   *
   * @return the enabled copy
   */
  public WebhookSubscription reEnabled() {
    return new WebhookSubscription(id, tenantId, url, secret, kinds, true, 0, position, null);
  }

  /** Shows everything but the secret. */
  @Override
  public String toString() {
    return "WebhookSubscription[id="
        + id
        + ", tenantId="
        + tenantId
        + ", url="
        + url
        + ", secret=(hidden), kinds="
        + new TreeSet<>(kinds)
        + ", enabled="
        + enabled
        + ", failureRun="
        + failureRun
        + ", position="
        + position
        + ", retryAt="
        + retryAt
        + "]";
  }
}
