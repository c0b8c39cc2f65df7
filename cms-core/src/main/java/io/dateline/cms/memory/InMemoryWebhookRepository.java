package io.dateline.cms.memory;

import io.dateline.cms.NotFoundException;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.WebhookRepository;
import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookId;
import io.dateline.cms.webhooks.WebhookSubscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's webhook subscriptions in the heap. Every method holds the repository's monitor, so
 * the lease compare-and-set and the progress check are atomic with the write they guard.
 */
final class InMemoryWebhookRepository implements WebhookRepository {
  private final TenantId tenantId;
  private final Map<WebhookId, Row> rows = new HashMap<>();

  /** A subscription with its lease and log. */
  private static final class Row {
    WebhookSubscription subscription;
    @Nullable String leaseOwner;
    @Nullable Instant leaseUntil;
    final TreeMap<Long, WebhookDelivery> log = new TreeMap<>();

    Row(WebhookSubscription subscription) {
      this.subscription = subscription;
    }
  }

  InMemoryWebhookRepository(TenantId tenantId) {
    this.tenantId = tenantId;
  }

  private void checkTenant(WebhookSubscription subscription) {
    if (!subscription.tenantId().equals(tenantId)) {
      throw new IllegalArgumentException(
          "subscription of tenant " + subscription.tenantId() + " given to tenant " + tenantId);
    }
  }

  @Override
  public synchronized WebhookSubscription insert(WebhookSubscription subscription) {
    checkTenant(subscription);
    if (rows.containsKey(subscription.id())) {
      throw new IllegalStateException("webhook subscription " + subscription.id() + " exists");
    }
    rows.put(subscription.id(), new Row(subscription));
    return subscription;
  }

  @Override
  public synchronized Optional<WebhookSubscription> find(WebhookId id) {
    Objects.requireNonNull(id, "id");
    Row row = rows.get(id);
    return row == null ? Optional.empty() : Optional.of(row.subscription);
  }

  @Override
  public synchronized List<WebhookSubscription> list() {
    List<WebhookSubscription> all = new ArrayList<>();
    rows.values().forEach(row -> all.add(row.subscription));
    return all;
  }

  @Override
  public synchronized WebhookSubscription update(WebhookSubscription s) {
    checkTenant(s);
    Row row = rows.get(s.id());
    if (row == null) {
      throw new NotFoundException("webhook subscription", s.id(), tenantId);
    }
    WebhookSubscription stored =
        new WebhookSubscription(
            s.id(),
            tenantId,
            s.url(),
            s.secret(),
            s.kinds(),
            s.enabled(),
            s.failureRun(),
            row.subscription.position(),
            s.retryAt());
    row.subscription = stored;
    return stored;
  }

  @Override
  public synchronized boolean delete(WebhookId id) {
    return rows.remove(Objects.requireNonNull(id, "id")) != null;
  }

  @Override
  public synchronized boolean claim(WebhookId id, String owner, Instant now, Instant until) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(now, "now");
    Objects.requireNonNull(until, "until");
    Row row = rows.get(id);
    if (row == null) {
      return false;
    }
    Instant expiry = row.leaseUntil;
    boolean free = row.leaseOwner == null || expiry == null || !expiry.isAfter(now);
    if (!free && !owner.equals(row.leaseOwner)) {
      return false;
    }
    row.leaseOwner = owner;
    row.leaseUntil = until;
    return true;
  }

  @Override
  public synchronized void release(WebhookId id, String owner) {
    Row row = rows.get(id);
    if (row != null && owner.equals(row.leaseOwner)) {
      row.leaseOwner = null;
      row.leaseUntil = null;
    }
  }

  @Override
  public synchronized boolean recordProgress(
      WebhookId id,
      String owner,
      long position,
      int failureRun,
      @Nullable Instant retryAt,
      boolean disable) {
    Row row = rows.get(id);
    if (row == null || !owner.equals(row.leaseOwner)) {
      return false;
    }
    WebhookSubscription s = row.subscription;
    row.subscription =
        new WebhookSubscription(
            s.id(),
            s.tenantId(),
            s.url(),
            s.secret(),
            s.kinds(),
            s.enabled() && !disable,
            failureRun,
            position,
            retryAt);
    return true;
  }

  @Override
  public synchronized void appendDelivery(WebhookDelivery delivery) {
    Row row = rows.get(delivery.subscriptionId());
    if (row == null) {
      return;
    }
    if (row.log.putIfAbsent(delivery.id(), delivery) != null) {
      throw new IllegalStateException("delivery log entry " + delivery.id() + " exists");
    }
  }

  @Override
  public synchronized List<WebhookDelivery> deliveries(WebhookId id, long beforeId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    Row row = rows.get(id);
    if (row == null) {
      return List.of();
    }
    List<WebhookDelivery> page = new ArrayList<>();
    for (WebhookDelivery d : row.log.headMap(beforeId, false).descendingMap().values()) {
      if (page.size() == limit) {
        break;
      }
      page.add(d);
    }
    return page;
  }

  @Override
  public synchronized int forgetDeliveries(Instant before) {
    Objects.requireNonNull(before, "before");
    int removed = 0;
    for (Row row : rows.values()) {
      var entries = row.log.values().iterator();
      while (entries.hasNext()) {
        if (entries.next().attemptedAt().isBefore(before)) {
          entries.remove();
          removed++;
        }
      }
    }
    return removed;
  }
}
