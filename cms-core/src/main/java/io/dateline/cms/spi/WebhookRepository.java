package io.dateline.cms.spi;

import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookId;
import io.dateline.cms.webhooks.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's webhook subscriptions, their delivery leases and their delivery logs. Thread-safe;
 * bound to its tenant like every repository of a {@link TenantStorage}: it never reads or changes
 * another tenant's rows, and a subscription whose {@code tenantId} is another tenant's is refused
 * with {@link IllegalArgumentException}.
 *
 * <p><b>Leases.</b> Several nodes may run delivery against one database. Before a node delivers for
 * a subscription it {@linkplain #claim claims} the subscription's lease: a compare-and-set on the
 * stored row that succeeds only when nobody holds the lease, the lease has expired, or the claimer
 * holds it already. Progress is recorded only by the lease holder ({@link #recordProgress}), so at
 * most one node at a time sends a subscription's changes, and a node that dies loses its lease when
 * it expires.
 *
 * <p>Subscription writes do not append to the change feed: subscriptions are configuration, not
 * content.
 *
 * @since 0.1.0
 */
public interface WebhookRepository {

  /**
   * Stores a new subscription, its delivery state as given and no lease.
   *
   * @param subscription the subscription; its tenant must be this repository's
   * @return the stored subscription
   * @throws IllegalStateException when a subscription with its id exists
   */
  WebhookSubscription insert(WebhookSubscription subscription);

  /**
   * Finds a subscription.
   *
   * @param id the id
   * @return the subscription, or empty when this tenant has none with the id
   */
  Optional<WebhookSubscription> find(WebhookId id);

  /**
   * Every subscription of the tenant.
   *
   * @return the subscriptions, in no particular order
   */
  List<WebhookSubscription> list();

  /**
   * Replaces a subscription's settings (URL, secret, kinds, enabled) and its failure run and retry
   * time. Its position and lease are kept: they belong to the delivery engine.
   *
   * @param subscription the new state
   * @return the stored subscription, with the stored position
   * @throws io.dateline.cms.NotFoundException when this tenant has no subscription with its id
   */
  WebhookSubscription update(WebhookSubscription subscription);

  /**
   * Deletes a subscription with its delivery log.
   *
   * @param id the id
   * @return whether it existed
   */
  boolean delete(WebhookId id);

  /**
   * Claims or renews a subscription's delivery lease: atomically sets owner {@code owner} and
   * expiry {@code until} if the lease is free, expired at {@code now} (expiry at or before it), or
   * already held by {@code owner}.
   *
   * @param id the subscription
   * @param owner the claiming node's id, at most 200 characters
   * @param now the claimer's current time
   * @param until the new expiry
   * @return true when the caller holds the lease now; false when another node holds it or the
   *     subscription does not exist
   */
  boolean claim(WebhookId id, String owner, Instant now, Instant until);

  /**
   * Gives a lease up, if {@code owner} holds it, so another node may claim it at once.
   *
   * @param id the subscription
   * @param owner the node giving it up
   */
  void release(WebhookId id, String owner);

  /**
   * Records delivery progress, only while {@code owner} holds the lease.
   *
   * @param id the subscription
   * @param owner the node that delivered
   * @param position the last position handled
   * @param failureRun failed attempts in a row at the next change
   * @param retryAt no attempt before this time; {@code null} for at once
   * @param disable true to disable the subscription (it is never enabled by this call: an
   *     administrator's disabling made meanwhile stands)
   * @return false when {@code owner} does not hold the lease (nothing is written)
   */
  boolean recordProgress(
      WebhookId id,
      String owner,
      long position,
      int failureRun,
      @Nullable Instant retryAt,
      boolean disable);

  /**
   * Adds an entry to a subscription's delivery log. An entry whose subscription does not exist in
   * this tenant is dropped.
   *
   * @param delivery the entry
   * @throws IllegalStateException when the subscription's log has an entry with its id
   */
  void appendDelivery(WebhookDelivery delivery);

  /**
   * A page of a subscription's delivery log, newest first: keyset paging by entry id.
   *
   * @param id the subscription
   * @param beforeId return only entries with a smaller id; {@link Long#MAX_VALUE} for the newest
   * @param limit the most to return, at least 1
   * @return entries in descending id order; empty for an unknown subscription
   */
  List<WebhookDelivery> deliveries(WebhookId id, long beforeId, int limit);

  /**
   * Deletes the tenant's delivery log entries attempted before a time, to bound the log.
   *
   * @param before entries attempted strictly before this are deleted
   * @return how many were deleted
   */
  int forgetDeliveries(Instant before);
}
