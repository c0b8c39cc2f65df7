package io.dateline.cms.webhooks.delivery;

import static io.dateline.cms.webhooks.delivery.WebhookDeliveryTest.ARTICLE_KINDS;
import static io.dateline.cms.webhooks.delivery.WebhookDeliveryTest.UK;
import static io.dateline.cms.webhooks.delivery.WebhookDeliveryTest.UNN;
import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookSubscription;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Webhook meters, measured on real deliveries to a real receiver")
class WebhookMetricsTest {
  private SimpleMeterRegistry registry;
  private Dateline cms;
  private InMemoryStorage storage;
  private Receiver receiver;
  private Webhooks webhooks;

  @BeforeEach
  void start() throws Exception {
    registry = new SimpleMeterRegistry();
    storage = new InMemoryStorage();
    cms = Dateline.builder().storage(storage).publishScheduled(Duration.ZERO).build();
    cms.saveTenant(WebhookDeliveryTest.tenant(UNN));
    receiver = new Receiver();
    webhooks = webhooks(true, Clock.systemUTC());
  }

  private Webhooks webhooks(boolean allowLoopback, Clock clock) {
    return Webhooks.builder(cms, storage)
        .meterRegistry(registry)
        .allowLoopback(allowLoopback)
        .clock(clock)
        .pollInterval(Duration.ofMillis(20))
        .backoff(Duration.ofMillis(10), Duration.ofMillis(40))
        .maxFailures(3)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))
        .leaseDuration(Duration.ofSeconds(30))
        .build();
  }

  @AfterEach
  void stop() {
    webhooks.close();
    receiver.close();
    cms.close();
  }

  private void article(String headline) {
    cms.tenant(UNN).articles().create(ArticleDraft.builder(UK, headline).build());
  }

  private double deliveries(String outcome) {
    Counter c = registry.find("dateline.webhooks.deliveries").tag("outcome", outcome).counter();
    return c == null ? -1 : c.count();
  }

  private long timed(String outcome) {
    Timer t = registry.find("dateline.webhooks.delivery.duration").tag("outcome", outcome).timer();
    return t == null ? -1 : t.count();
  }

  private double disabled() {
    Counter c = registry.find("dateline.webhooks.disabled").counter();
    return c == null ? -1 : c.count();
  }

  private double lagSeconds() {
    TimeGauge g = registry.find("dateline.webhooks.lag").timeGauge();
    return g == null ? -1 : g.value(TimeUnit.SECONDS);
  }

  private List<Meter> webhookMeters() {
    return registry.getMeters().stream()
        .filter(m -> m.getId().getName().startsWith("dateline.webhooks."))
        .toList();
  }

  private List<WebhookDelivery> log(WebhookSubscription s) {
    return webhooks.tenant(UNN).deliveries(s.id(), Long.MAX_VALUE, 100);
  }

  @Test
  @DisplayName("a delivered change counts as delivered and is timed; nothing else moves")
  void success() {
    assertThat(deliveries("delivered")).isZero();
    webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
    article("Перша");
    article("Друга");

    Await.until("two delivered", () -> deliveries("delivered") == 2);

    assertThat(receiver.requests()).hasSize(2);
    assertThat(timed("delivered")).isEqualTo(2);
    assertThat(deliveries("failed")).isZero();
    assertThat(deliveries("refused")).isZero();
    assertThat(timed("failed")).isZero();
    assertThat(disabled()).isZero();
    Timer t =
        registry.find("dateline.webhooks.delivery.duration").tag("outcome", "delivered").timer();
    assertThat(t).isNotNull();
    assertThat(t.totalTime(TimeUnit.NANOSECONDS)).isPositive();
  }

  @Test
  @DisplayName("500s count as failed attempts, then the retry that succeeds as delivered")
  void retries() {
    receiver.answer(n -> n <= 2 ? 500 : 200);
    WebhookSubscription s = webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
    article("Повтор");

    Await.until("delivered after retries", () -> deliveries("delivered") == 1);
    Await.until("three log entries", () -> log(s).size() == 3);

    assertThat(deliveries("failed")).isEqualTo(2);
    assertThat(timed("failed")).isEqualTo(2);
    assertThat(timed("delivered")).isEqualTo(1);
    assertThat(disabled()).isZero();
  }

  @Test
  @DisplayName("a run of failures counts each attempt and the disabling once")
  void disabling() {
    receiver.answer(n -> 503);
    WebhookSubscription s = webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
    article("Збій");

    Await.until("disabled", () -> !webhooks.tenant(UNN).get(s.id()).enabled());
    Await.until("the disabling is counted", () -> disabled() == 1);

    assertThat(deliveries("failed")).isEqualTo(3);
    assertThat(deliveries("delivered")).isZero();
  }

  @Test
  @DisplayName("an address the guard refuses counts as refused, untimed")
  void refused() {
    webhooks.close();
    webhooks = webhooks(false, Clock.systemUTC());
    webhooks
        .tenant(UNN)
        .create(URI.create("http://localhost:" + receiver.port() + "/"), ARTICLE_KINDS);
    article("SSRF");

    Await.until("a refusal is counted", () -> deliveries("refused") >= 1);

    assertThat(receiver.requests()).isEmpty();
    assertThat(timed("failed")).isZero();
    assertThat(timed("delivered")).isZero();
    assertThat(deliveries("failed")).isZero();
  }

  @Test
  @DisplayName("the lag is the age of the oldest waiting change, and zero once delivered")
  void lag() throws Exception {
    // The engine's clock runs an hour ahead of the Dateline's, so a waiting change is an hour old.
    webhooks.close();
    webhooks = webhooks(true, Clock.offset(Clock.systemUTC(), Duration.ofHours(1)));
    CountDownLatch release = new CountDownLatch(1);
    receiver.beforeAnswer(
        n -> {
          try {
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertThat(lagSeconds()).isZero();
    webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
    article("Чекає");

    Await.until("the request is held", () -> receiver.requests().size() == 1);
    Await.until("the waiting change shows as lag", () -> lagSeconds() >= 3600);

    release.countDown();
    Await.until("delivered", () -> deliveries("delivered") == 1);
    Await.until("the lag drops to zero", () -> lagSeconds() == 0);
  }

  @Test
  @DisplayName("closing removes the meters; a node that does not deliver registers none")
  void closeRemoves() {
    assertThat(webhookMeters())
        .extracting(m -> m.getId().getName())
        .contains(
            "dateline.webhooks.deliveries",
            "dateline.webhooks.delivery.duration",
            "dateline.webhooks.disabled",
            "dateline.webhooks.lag");
    assertThat(webhookMeters()).hasSize(7);

    webhooks.close();
    assertThat(webhookMeters()).isEmpty();

    webhooks = Webhooks.builder(cms, storage).meterRegistry(registry).delivering(false).build();
    assertThat(webhookMeters()).isEmpty();
  }
}
