package io.dateline.cms.webhooks.delivery;

import io.dateline.cms.Dateline;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.WebhookRepository;
import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookId;
import io.dateline.cms.webhooks.WebhookSubscription;
import io.dateline.cms.webhooks.delivery.internal.AddressGuard;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's webhook subscriptions: create, change, enable, delete, and read the delivery log.
 * Obtain it from {@link Webhooks#tenant(TenantId)}. Every call is confined to the tenant: another
 * tenant's subscription ids are unknown here ({@link NotFoundException}).
 *
 * <p>Bad settings are refused with one {@link ValidationException} (subject {@code webhook}) naming
 * each broken field ({@code url}, {@code kinds}, {@code secret}) and rule; nothing is stored then.
 * Thread-safe.
 */
public final class TenantWebhooks {
  /** The longest URL accepted, as for every URL Dateline stores. */
  public static final int MAX_URL_LENGTH = 2000;

  private static final String SUBJECT = "webhook";
  private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  private final Dateline cms;
  private final ContentStorage storage;
  private final TenantId tenant;
  private final AddressGuard guard;
  private final Runnable wake;

  TenantWebhooks(
      Dateline cms, ContentStorage storage, TenantId tenant, AddressGuard guard, Runnable wake) {
    this.cms = cms;
    this.storage = storage;
    this.tenant = tenant;
    this.guard = guard;
    this.wake = wake;
  }

  private WebhookRepository repo() {
    return storage.tenant(tenant).webhooks();
  }

  /**
   * Subscribes a URL to kinds of change, with a new random secret. Delivery starts with the changes
   * made after this call.
   *
   * @param url an absolute http or https URL, without user info, at most 2,000 characters
   * @param kinds the kinds of change to send; not empty
   * @return the stored subscription; its {@link WebhookSubscription#secret()} is for the receiver
   * @throws ValidationException when the URL or kinds are bad
   * @throws NotFoundException when the tenant does not exist
   */
  public WebhookSubscription create(@Nullable URI url, @Nullable Set<ChangeKind> kinds) {
    return create(url, kinds, WebhookSigner.newSecret());
  }

  /**
   * Subscribes a URL with a secret of the caller's choosing (for example, moved from another
   * system).
   *
   * @param url an absolute http or https URL, without user info, at most 2,000 characters
   * @param kinds the kinds of change to send; not empty
   * @param secret {@code whsec_} and the base64 of 24 to 64 bytes
   * @return the stored subscription
   * @throws ValidationException when the URL, kinds or secret are bad
   * @throws NotFoundException when the tenant does not exist
   */
  public WebhookSubscription create(
      @Nullable URI url, @Nullable Set<ChangeKind> kinds, @Nullable String secret) {
    List<Violation> violations = new ArrayList<>();
    checkUrl(url, violations);
    checkKinds(kinds, violations);
    checkSecret(secret, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(SUBJECT, violations);
    }
    requireTenant();
    WebhookSubscription stored =
        repo()
            .insert(
                new WebhookSubscription(
                    WebhookId.random(),
                    tenant,
                    Objects.requireNonNull(url),
                    Objects.requireNonNull(secret),
                    Objects.requireNonNull(kinds),
                    true,
                    0,
                    cms.changes().head(),
                    null));
    return stored;
  }

  /**
   * Changes where a subscription sends and what. Its position, failure run and enabled flag stay.
   *
   * @param id the subscription
   * @param url the new URL
   * @param kinds the new kinds
   * @return the stored subscription
   * @throws ValidationException when the URL or kinds are bad
   * @throws NotFoundException when the tenant has no such subscription
   */
  public WebhookSubscription update(
      WebhookId id, @Nullable URI url, @Nullable Set<ChangeKind> kinds) {
    List<Violation> violations = new ArrayList<>();
    checkUrl(url, violations);
    checkKinds(kinds, violations);
    if (!violations.isEmpty()) {
      throw new ValidationException(SUBJECT, violations);
    }
    WebhookSubscription s = get(id);
    return repo()
        .update(
            s.withSettings(
                Objects.requireNonNull(url),
                s.secret(),
                Objects.requireNonNull(kinds),
                s.enabled()));
  }

  /**
   * Gives a subscription a new random secret, effective from its next request.
   *
   * @param id the subscription
   * @return the stored subscription with the new secret
   * @throws NotFoundException when the tenant has no such subscription
   */
  public WebhookSubscription rotateSecret(WebhookId id) {
    WebhookSubscription s = get(id);
    return repo()
        .update(s.withSettings(s.url(), WebhookSigner.newSecret(), s.kinds(), s.enabled()));
  }

  /**
   * Enables a subscription (again): the failure run starts over, and delivery resumes at once with
   * the change where it stopped.
   *
   * @param id the subscription
   * @return the stored subscription
   * @throws NotFoundException when the tenant has no such subscription
   */
  public WebhookSubscription enable(WebhookId id) {
    WebhookSubscription stored = repo().update(get(id).reEnabled());
    wake.run();
    return stored;
  }

  /**
   * Disables a subscription: nothing more is sent until it is enabled; a request under way
   * finishes.
   *
   * @param id the subscription
   * @return the stored subscription
   * @throws NotFoundException when the tenant has no such subscription
   */
  public WebhookSubscription disable(WebhookId id) {
    WebhookSubscription s = get(id);
    return repo().update(s.withSettings(s.url(), s.secret(), s.kinds(), false));
  }

  /**
   * Deletes a subscription and its delivery log.
   *
   * @param id the subscription
   * @return whether it existed
   */
  public boolean delete(WebhookId id) {
    return repo().delete(Objects.requireNonNull(id, "id"));
  }

  /**
   * Finds a subscription.
   *
   * @param id the id
   * @return the subscription, or empty when the tenant has none with this id
   */
  public Optional<WebhookSubscription> find(WebhookId id) {
    return repo().find(Objects.requireNonNull(id, "id"));
  }

  /**
   * Gets a subscription.
   *
   * @param id the id
   * @return the subscription
   * @throws NotFoundException when the tenant has none with this id
   */
  public WebhookSubscription get(WebhookId id) {
    return find(id).orElseThrow(() -> new NotFoundException("webhook subscription", id, tenant));
  }

  /**
   * The tenant's subscriptions.
   *
   * @return every subscription, in no particular order
   */
  public List<WebhookSubscription> list() {
    return repo().list();
  }

  /**
   * A page of a subscription's delivery log, newest first. Pass the last entry's id as {@code
   * beforeId} to get the next page.
   *
   * @param id the subscription
   * @param beforeId only entries with smaller ids; {@link Long#MAX_VALUE} for the newest
   * @param limit the most to return, 1 to 1,000
   * @return the entries
   * @throws NotFoundException when the tenant has no such subscription
   * @throws IllegalArgumentException when the limit is out of range
   */
  public List<WebhookDelivery> deliveries(WebhookId id, long beforeId, int limit) {
    if (limit < 1 || limit > 1000) {
      throw new IllegalArgumentException("limit must be 1 to 1000: " + limit);
    }
    get(id);
    return repo().deliveries(id, beforeId, limit);
  }

  private void requireTenant() {
    if (cms.findTenant(tenant).isEmpty()) {
      throw new NotFoundException("tenant", tenant, tenant);
    }
  }

  private void checkUrl(@Nullable URI url, List<Violation> violations) {
    if (url == null) {
      violations.add(new Violation("url", "NotNull", "must not be null"));
      return;
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute()
        || url.isOpaque()
        || !(scheme.equals("http") || scheme.equals("https"))
        || url.getHost() == null
        || url.getHost().isEmpty()) {
      violations.add(
          new Violation("url", "HttpUrl", "must be an absolute http or https URL with a host"));
      return;
    }
    if (url.getRawUserInfo() != null) {
      violations.add(new Violation("url", "HttpUrl", "must not hold user info"));
    }
    if (url.toString().length() > MAX_URL_LENGTH) {
      violations.add(
          new Violation("url", "Size", "must be at most " + MAX_URL_LENGTH + " characters"));
    }
    // Host names are checked when each request is made (their addresses can change); literal
    // addresses can be refused now already.
    String host = url.getHost();
    if (IPV4_LITERAL.matcher(host).matches() || host.startsWith("[")) {
      try {
        String refusal = guard.refusal(InetAddress.getByName(host));
        if (refusal != null) {
          violations.add(new Violation("url", "PublicAddress", "must not point to " + refusal));
        }
      } catch (UnknownHostException e) {
        violations.add(new Violation("url", "HttpUrl", "has a malformed address"));
      }
    }
  }

  private static void checkKinds(@Nullable Set<ChangeKind> kinds, List<Violation> violations) {
    if (kinds == null || kinds.isEmpty()) {
      violations.add(new Violation("kinds", "NotEmpty", "must name at least one kind of change"));
    } else {
      for (ChangeKind kind : kinds) {
        if (kind == null) { // Set.contains(null) throws on immutable sets
          violations.add(new Violation("kinds", "NotNull", "must not contain null"));
          return;
        }
      }
    }
  }

  private static void checkSecret(@Nullable String secret, List<Violation> violations) {
    if (secret == null) {
      violations.add(new Violation("secret", "NotNull", "must not be null"));
      return;
    }
    try {
      WebhookSigner.keyOf(secret);
    } catch (IllegalArgumentException e) {
      violations.add(new Violation("secret", "WebhookSecret", String.valueOf(e.getMessage())));
    }
  }
}
