package io.dateline.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.NotFoundException;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.WebhookRepository;
import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookId;
import io.dateline.cms.webhooks.WebhookSubscription;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The webhook contract ({@link WebhookRepository}) as JUnit 5 tests: subscriptions, the delivery
 * lease, progress and the delivery log, each confined to its tenant. A backend runs them by
 * implementing this interface in a test class, usually through {@link StorageCompatibilityKit}, or
 * alone:
 *
 * <pre>{@code
 * class MyOneContractTest implements WebhookContract {
 *   public ContentStorage webhookStorage() { return myStorage; }
 * }
 * }</pre>
 *
 * <p>{@link StorageCompatibilityKit} includes this contract.
 *
 * <p>Every test saves its own tenants with fresh ids, so the storage may be shared between tests.
 * Times are fixed instants passed to the repository; no test measures time.
 */
public interface WebhookContract {

  /** The time the tests pass as "now". */
  Instant NOW = SampleContent.REFERENCE_TIME;

  /**
   * The storage under test, for the running test. It is not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage webhookStorage();

  private TenantId newTenant() {
    SampleContent sample = SampleContent.forNewTenant();
    webhookStorage().tenants().save(sample.tenant());
    return sample.tenantId();
  }

  private WebhookRepository webhooks(TenantId tenant) {
    return webhookStorage().tenant(tenant).webhooks();
  }

  private static WebhookSubscription subscription(TenantId tenant, String path) {
    return new WebhookSubscription(
        WebhookId.random(),
        tenant,
        URI.create("https://hooks.example.com/" + path),
        "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0",
        EnumSet.of(ChangeKind.ARTICLE_PUBLISHED, ChangeKind.ARTICLE_UNPUBLISHED),
        true,
        0,
        17,
        null);
  }

  private static WebhookDelivery delivery(WebhookId subscription, long id, Instant at) {
    return new WebhookDelivery(
        id,
        subscription,
        "msg_" + id,
        id,
        ChangeKind.ARTICLE_PUBLISHED,
        "0190a6f2-7c1e-7000-8000-000000000001",
        at,
        1,
        id % 2 == 0 ? 200 : null,
        id % 2 == 0,
        id % 2 == 0 ? null : "connection refused",
        12);
  }

  @Test
  @DisplayName("a stored subscription reads back equal, with its secret, kinds and position")
  default void roundTrip() {
    TenantId tenant = newTenant();
    WebhookRepository repo = webhooks(tenant);
    WebhookSubscription first = subscription(tenant, "a");
    WebhookSubscription second = subscription(tenant, "b");

    repo.insert(first);
    repo.insert(second);

    assertThat(repo.find(first.id())).contains(first);
    assertThat(repo.list()).containsExactlyInAnyOrder(first, second);
    assertThat(repo.find(WebhookId.random())).isEmpty();
    assertThatThrownBy(() -> repo.insert(first)).isInstanceOf(IllegalStateException.class);
    assertThat(repo.list()).hasSize(2);
  }

  @Test
  @DisplayName("update replaces the settings and keeps the position; a missing one is NotFound")
  default void update() {
    TenantId tenant = newTenant();
    WebhookRepository repo = webhooks(tenant);
    WebhookSubscription stored = repo.insert(subscription(tenant, "a"));

    WebhookSubscription changed =
        new WebhookSubscription(
            stored.id(),
            tenant,
            URI.create("http://other.example.org:8080/in?x=1"),
            "whsec_bmV3LXNlY3JldC1uZXctc2VjcmV0LW5ldw==",
            Set.of(ChangeKind.TAG_SAVED),
            false,
            3,
            999, // ignored: the position belongs to the delivery engine
            NOW.plusSeconds(30));
    WebhookSubscription result = repo.update(changed);

    assertThat(result.position()).isEqualTo(17);
    assertThat(result.url()).isEqualTo(changed.url());
    assertThat(result.secret()).isEqualTo(changed.secret());
    assertThat(result.kinds()).containsExactly(ChangeKind.TAG_SAVED);
    assertThat(result.enabled()).isFalse();
    assertThat(result.failureRun()).isEqualTo(3);
    assertThat(result.retryAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(repo.find(stored.id())).contains(result);
    assertThatThrownBy(() -> repo.update(subscription(tenant, "missing")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  @DisplayName("delete removes the subscription and its log, and reports whether it existed")
  default void webhookDelete() {
    TenantId tenant = newTenant();
    WebhookRepository repo = webhooks(tenant);
    WebhookSubscription stored = repo.insert(subscription(tenant, "a"));
    repo.appendDelivery(delivery(stored.id(), 1, NOW));

    assertThat(repo.delete(stored.id())).isTrue();
    assertThat(repo.delete(stored.id())).isFalse();
    assertThat(repo.find(stored.id())).isEmpty();
    assertThat(repo.deliveries(stored.id(), Long.MAX_VALUE, 10)).isEmpty();
    // A subscription with the same id starts with an empty log.
    repo.insert(stored);
    assertThat(repo.deliveries(stored.id(), Long.MAX_VALUE, 10)).isEmpty();
  }

  @Test
  @DisplayName("a lease is held by one node until it expires or is released")
  default void lease() {
    TenantId tenant = newTenant();
    WebhookRepository repo = webhooks(tenant);
    WebhookId id = repo.insert(subscription(tenant, "a")).id();
    Instant until = NOW.plusSeconds(60);

    assertThat(repo.claim(id, "node-a", NOW, until)).isTrue();
    assertThat(repo.claim(id, "node-b", NOW.plusSeconds(59), NOW.plusSeconds(119))).isFalse();
    assertThat(repo.claim(id, "node-a", NOW.plusSeconds(30), NOW.plusSeconds(90))).isTrue();
    assertThat(repo.claim(id, "node-b", NOW.plusSeconds(60), NOW.plusSeconds(120))).isFalse();
    // Expired at its expiry: another node takes it over, and the old holder can no longer write.
    assertThat(repo.claim(id, "node-b", NOW.plusSeconds(90), NOW.plusSeconds(150))).isTrue();
    assertThat(repo.recordProgress(id, "node-a", 40, 0, null, false)).isFalse();
    assertThat(repo.find(id).orElseThrow().position()).isEqualTo(17);

    repo.release(id, "node-a"); // not the holder: no effect
    assertThat(repo.claim(id, "node-a", NOW.plusSeconds(91), NOW.plusSeconds(151))).isFalse();
    repo.release(id, "node-b");
    assertThat(repo.claim(id, "node-a", NOW.plusSeconds(91), NOW.plusSeconds(151))).isTrue();
    assertThat(repo.claim(WebhookId.random(), "node-a", NOW, until)).isFalse();
  }

  @Test
  @DisplayName("of many nodes claiming one free lease at once, exactly one wins")
  default void leaseRace() {
    TenantId tenant = newTenant();
    WebhookRepository repo = webhooks(tenant);
    WebhookId id = repo.insert(subscription(tenant, "a")).id();

    List<Boolean> won =
        ThreadRace.runAll(
            6, thread -> repo.claim(id, "node-" + thread, NOW, NOW.plus(Duration.ofMinutes(1))));

    assertThat(won).filteredOn(Boolean::booleanValue).hasSize(1);
  }

  @Test
  @DisplayName("the lease holder records progress; progress can disable but never re-enable")
  default void progress() {
    TenantId tenant = newTenant();
    WebhookRepository repo = webhooks(tenant);
    WebhookId id = repo.insert(subscription(tenant, "a")).id();
    assertThat(repo.recordProgress(id, "node-a", 20, 0, null, false)).isFalse();
    repo.claim(id, "node-a", NOW, NOW.plusSeconds(60));

    assertThat(repo.recordProgress(id, "node-a", 20, 2, NOW.plusSeconds(8), false)).isTrue();
    WebhookSubscription after = repo.find(id).orElseThrow();
    assertThat(after.position()).isEqualTo(20);
    assertThat(after.failureRun()).isEqualTo(2);
    assertThat(after.retryAt()).isEqualTo(NOW.plusSeconds(8));
    assertThat(after.enabled()).isTrue();

    assertThat(repo.recordProgress(id, "node-a", 20, 3, null, true)).isTrue();
    assertThat(repo.find(id).orElseThrow().enabled()).isFalse();
    assertThat(repo.recordProgress(id, "node-a", 21, 0, null, false)).isTrue();
    assertThat(repo.find(id).orElseThrow().enabled()).isFalse();

    repo.update(repo.find(id).orElseThrow().reEnabled());
    WebhookSubscription enabled = repo.find(id).orElseThrow();
    assertThat(enabled.enabled()).isTrue();
    assertThat(enabled.failureRun()).isZero();
    assertThat(enabled.position()).isEqualTo(21);
  }

  @Test
  @DisplayName("the delivery log reads newest first in keyset pages and forgets old entries")
  default void deliveryLog() {
    TenantId tenant = newTenant();
    WebhookRepository repo = webhooks(tenant);
    WebhookId id = repo.insert(subscription(tenant, "a")).id();
    WebhookId other = repo.insert(subscription(tenant, "b")).id();
    List<WebhookDelivery> written = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      WebhookDelivery d = delivery(id, i * 10L, NOW.plusSeconds(i));
      repo.appendDelivery(d);
      written.add(0, d);
    }
    repo.appendDelivery(delivery(other, 5, NOW));
    repo.appendDelivery(delivery(WebhookId.random(), 6, NOW)); // no such subscription: dropped

    List<WebhookDelivery> walked = new ArrayList<>();
    long before = Long.MAX_VALUE;
    while (true) {
      List<WebhookDelivery> page = repo.deliveries(id, before, 3);
      if (page.isEmpty()) {
        break;
      }
      walked.addAll(page);
      before = page.get(page.size() - 1).id();
    }
    assertThat(walked).containsExactlyElementsOf(written);
    assertThatThrownBy(() -> repo.appendDelivery(written.get(0)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(repo.forgetDeliveries(NOW.plusSeconds(4))).isEqualTo(4); // 1, 2, 3 and other's
    assertThat(repo.deliveries(id, Long.MAX_VALUE, 100))
        .extracting(WebhookDelivery::id)
        .containsExactly(70L, 60L, 50L, 40L);
    assertThat(repo.deliveries(other, Long.MAX_VALUE, 100)).isEmpty();
  }

  @Test
  @DisplayName("no operation reaches another tenant's subscriptions, leases or logs")
  default void webhooksStayInTheirTenant() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    WebhookRepository ofA = webhooks(a);
    WebhookRepository ofB = webhooks(b);
    WebhookSubscription stored = ofA.insert(subscription(a, "a"));
    ofA.appendDelivery(delivery(stored.id(), 1, NOW));
    WebhookId id = stored.id();

    assertThat(ofB.find(id)).isEmpty();
    assertThat(ofB.list()).isEmpty();
    assertThat(ofB.deliveries(id, Long.MAX_VALUE, 10)).isEmpty();
    assertThat(ofB.claim(id, "node-b", NOW, NOW.plusSeconds(60))).isFalse();
    assertThat(ofB.recordProgress(id, "node-b", 99, 0, null, true)).isFalse();
    ofB.appendDelivery(delivery(id, 2, NOW));
    assertThat(ofB.delete(id)).isFalse();
    assertThat(ofB.forgetDeliveries(NOW.plusSeconds(3600))).isZero();
    WebhookSubscription foreign =
        new WebhookSubscription(
            id, b, stored.url(), stored.secret(), stored.kinds(), false, 0, 0, null);
    assertThatThrownBy(() -> ofB.update(foreign)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ofB.insert(stored)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ofA.update(foreign)).isInstanceOf(IllegalArgumentException.class);

    // A subscription with the same id in tenant B is its own row.
    ofB.insert(foreign);
    assertThat(ofB.find(id)).contains(foreign);
    assertThat(ofA.find(id)).contains(stored);
    assertThat(ofA.claim(id, "node-a", NOW, NOW.plusSeconds(60))).isTrue();
    assertThat(ofB.claim(id, "node-b", NOW, NOW.plusSeconds(60))).isTrue();
    assertThat(ofA.deliveries(id, Long.MAX_VALUE, 10))
        .extracting(WebhookDelivery::id)
        .containsExactly(1L);
    assertThat(ofB.deliveries(id, Long.MAX_VALUE, 10)).isEmpty();
  }
}
