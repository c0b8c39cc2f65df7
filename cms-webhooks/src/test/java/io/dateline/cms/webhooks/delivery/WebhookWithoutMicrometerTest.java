package io.dateline.cms.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.testsupport.WithoutLibrary;
import io.dateline.cms.webhooks.WebhookSubscription;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is an optional dependency: an application without it on the class path must be able to
 * deliver webhooks. The check runs the module in a class loader that holds this module's test class
 * path minus every Micrometer jar.
 */
@DisplayName("Webhooks without Micrometer on the class path")
class WebhookWithoutMicrometerTest {

  /** Runs inside the isolated class loader: delivers one change to a real receiver. */
  public static final class DeliverOne implements Callable<String> {
    /** Created reflectively. */
    public DeliverOne() {}

    @Override
    public String call() throws Exception {
      InMemoryStorage storage = new InMemoryStorage();
      try (Dateline cms =
              Dateline.builder().storage(storage).publishScheduled(Duration.ZERO).build();
          Receiver receiver = new Receiver();
          Webhooks webhooks =
              Webhooks.builder(cms, storage)
                  .allowLoopback(true)
                  .pollInterval(Duration.ofMillis(20))
                  .build()) {
        cms.saveTenant(WebhookDeliveryTest.tenant(WebhookDeliveryTest.UNN));
        WebhookSubscription s =
            webhooks
                .tenant(WebhookDeliveryTest.UNN)
                .create(receiver.url("/"), Set.of(ChangeKind.ARTICLE_CREATED));
        cms.tenant(WebhookDeliveryTest.UNN)
            .articles()
            .create(ArticleDraft.builder(WebhookDeliveryTest.UK, "Без метрик").build());
        Await.until("one delivery", () -> receiver.requests().size() == 1);
        Await.until(
            "the delivery is logged",
            () ->
                webhooks
                    .tenant(WebhookDeliveryTest.UNN)
                    .deliveries(s.id(), Long.MAX_VALUE, 10)
                    .stream()
                    .anyMatch(d -> d.succeeded()));
        return receiver.requests().get(0).type();
      }
    }
  }

  @Test
  @DisplayName("a node delivers a change to a real receiver")
  void delivers() throws Exception {
    assertThat(
            WithoutLibrary.call(
                "micrometer", "io.micrometer.core.instrument.MeterRegistry", DeliverOne.class))
        .isEqualTo("article.created");
  }
}
