package io.dateline.cms.webhooks.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookSubscription;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Webhook delivery to a real receiver")
class WebhookDeliveryTest {
  static final TenantId UNN = TenantId.of("unn");
  static final TenantId CITY = TenantId.of("city");
  static final Locale UK = Locale.forLanguageTag("uk");
  static final Set<ChangeKind> ARTICLE_KINDS =
      Set.of(ChangeKind.ARTICLE_CREATED, ChangeKind.ARTICLE_PUBLISHED, ChangeKind.ARTICLE_UPDATED);

  private Dateline cms;
  private InMemoryStorage storage;
  private Receiver receiver;
  private Webhooks webhooks;

  static Tenant tenant(TenantId id) {
    return Tenant.builder(
            id,
            "Agency " + id,
            UK,
            ZoneId.of("Europe/Kyiv"),
            URI.create("https://" + id + ".example.com/"))
        .publicationName("UNN")
        .supportedLocales(Set.of(UK, Locale.ENGLISH))
        .build();
  }

  @BeforeEach
  void start() throws Exception {
    storage = new InMemoryStorage();
    cms = Dateline.builder().storage(storage).publishScheduled(Duration.ZERO).build();
    cms.saveTenant(tenant(UNN));
    cms.saveTenant(tenant(CITY));
    receiver = new Receiver();
    webhooks = webhooks(true);
  }

  private Webhooks webhooks(boolean allowLoopback) {
    return Webhooks.builder(cms, storage)
        .allowLoopback(allowLoopback)
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

  private ArticleId article(String headline) {
    return cms.tenant(UNN).articles().create(ArticleDraft.builder(UK, headline).build()).id();
  }

  private List<WebhookDelivery> log(WebhookSubscription s) {
    return webhooks.tenant(UNN).deliveries(s.id(), Long.MAX_VALUE, 100);
  }

  @Nested
  @DisplayName("in the normal case")
  class Normal {
    @Test
    @DisplayName("sends each subscribed change made after subscribing, signed, in feed order")
    void delivers() {
      article("До підписки");
      WebhookSubscription s =
          webhooks
              .tenant(UNN)
              .create(
                  receiver.url("/hooks"),
                  Set.of(ChangeKind.ARTICLE_CREATED, ChangeKind.ARTICLE_PUBLISHED));
      ArticleId first = article("Перша");
      cms.tenant(UNN).tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of(UK, "Війна")));
      ArticleId second = article("Друга");
      cms.tenant(UNN).articles().publish(first);
      cms.tenant(CITY).articles().create(ArticleDraft.builder(UK, "Інший тенант").build());

      Await.until("three deliveries", () -> receiver.requests().size() >= 3);
      Await.until("the log has three entries", () -> log(s).size() == 3);

      List<Receiver.Request> got = receiver.requests();
      assertThat(got).hasSize(3);
      assertThat(got)
          .extracting(Receiver.Request::type, Receiver.Request::subject)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("article.created", first.toString()),
              org.assertj.core.groups.Tuple.tuple("article.created", second.toString()),
              org.assertj.core.groups.Tuple.tuple("article.published", first.toString()));
      assertThat(got).extracting(Receiver.Request::position).isSorted();
      WebhookVerifier verifier = WebhookVerifier.of(s.secret());
      for (Receiver.Request r : got) {
        verifier.verify(r.headers(), r.body());
        assertThat(r.path()).isEqualTo("/hooks");
        assertThat(r.header("content-type")).isEqualTo("application/json");
        assertThat(r.id()).isEqualTo("msg_" + s.id() + "_" + r.position());
        assertThat(r.json().get("data").get("tenant").asText()).isEqualTo("unn");
        assertThat(r.json().get("data").get("subject").asText()).isEqualTo("article");
      }
      assertThat(log(s)).allSatisfy(d -> assertThat(d.succeeded()).isTrue());
      assertThat(log(s)).extracting(WebhookDelivery::statusCode).containsOnly(204);
      assertThat(log(s))
          .extracting(WebhookDelivery::position)
          .isSortedAccordingTo((a, b) -> Long.compare(b, a));
      Await.until(
          "the position reaches the feed's head",
          () -> webhooks.tenant(UNN).get(s.id()).position() >= got.get(2).position());
    }
  }

  @Nested
  @DisplayName("when the receiver fails")
  class Failures {
    @Test
    @DisplayName("retries after 500s with the same webhook-id until it succeeds")
    void retries() {
      receiver.answer(n -> n <= 2 ? 500 : 200);
      WebhookSubscription s = webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
      ArticleId id = article("Повтор");

      Await.until(
          "a success is logged", () -> log(s).stream().anyMatch(WebhookDelivery::succeeded));

      List<Receiver.Request> got = receiver.requests();
      assertThat(got).hasSize(3);
      assertThat(got).extracting(Receiver.Request::id).containsOnly(got.get(0).id());
      assertThat(got.get(0).subject()).isEqualTo(id.toString());
      assertThat(log(s))
          .extracting(
              WebhookDelivery::attempt, WebhookDelivery::statusCode, WebhookDelivery::succeeded)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(3, 200, true),
              org.assertj.core.groups.Tuple.tuple(2, 500, false),
              org.assertj.core.groups.Tuple.tuple(1, 500, false));
      WebhookSubscription after = webhooks.tenant(UNN).get(s.id());
      assertThat(after.failureRun()).isZero();
      assertThat(after.retryAt()).isNull();
      assertThat(after.enabled()).isTrue();
    }

    @Test
    @DisplayName("disables the subscription after the configured run of failures; enabling resumes")
    void disables() {
      receiver.answer(n -> 503);
      WebhookSubscription s = webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
      ArticleId first = article("Збій");

      Await.until("disabled", () -> !webhooks.tenant(UNN).get(s.id()).enabled());
      assertThat(log(s)).hasSize(3).allSatisfy(d -> assertThat(d.succeeded()).isFalse());
      assertThat(log(s)).extracting(WebhookDelivery::error).containsOnly("HTTP 503");
      assertThat(webhooks.tenant(UNN).get(s.id()).failureRun()).isEqualTo(3);
      ArticleId second = article("Під час вимкнення");

      receiver.answer(n -> 204);
      webhooks.tenant(UNN).enable(s.id());

      Await.until(
          "both changes arrive",
          () ->
              receiver.requests().stream()
                      .filter(r -> r.json().get("type").asText().equals("article.created"))
                      .map(Receiver.Request::subject)
                      .distinct()
                      .count()
                  == 2);
      List<Receiver.Request> got = receiver.requests();
      assertThat(got.subList(3, got.size()))
          .extracting(Receiver.Request::subject)
          .containsExactly(first.toString(), second.toString());
      assertThat(webhooks.tenant(UNN).get(s.id()).failureRun()).isZero();
    }

    @Test
    @DisplayName("does not follow a redirect: a 3xx is a failure and the target gets nothing")
    void noRedirects() {
      receiver.answer(n -> 307);
      WebhookSubscription s = webhooks.tenant(UNN).create(receiver.url("/in"), ARTICLE_KINDS);
      article("Переадресація");

      Await.until("a failure is logged", () -> !log(s).isEmpty());

      assertThat(log(s).get(0).statusCode()).isEqualTo(307);
      assertThat(log(s).get(0).succeeded()).isFalse();
      assertThat(receiver.requests()).extracting(Receiver.Request::path).containsOnly("/in");
    }
  }

  @Nested
  @DisplayName("outbound address checks")
  class Addresses {
    @Test
    @DisplayName("refuse loopback, private and link-local literals when not allowed, naming url")
    void literalsRefused() {
      webhooks.close();
      webhooks = webhooks(false);
      for (String url :
          List.of(
              "http://127.0.0.1:8080/",
              "http://10.1.2.3/",
              "http://169.254.169.254/latest/meta-data",
              "http://192.168.0.10/",
              "http://[::1]/")) {
        assertThatThrownBy(() -> webhooks.tenant(UNN).create(URI.create(url), ARTICLE_KINDS))
            .as(url)
            .isInstanceOfSatisfying(
                ValidationException.class,
                e ->
                    assertThat(e.violations())
                        .extracting(Violation::path, Violation::rule)
                        .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("url", "PublicAddress")));
      }
      assertThat(webhooks.tenant(UNN).list()).isEmpty();
    }

    @Test
    @DisplayName("refuse a host name that resolves to loopback at send time, sending nothing")
    void resolvedLoopbackRefused() {
      webhooks.close();
      webhooks = webhooks(false);
      WebhookSubscription s =
          webhooks
              .tenant(UNN)
              .create(URI.create("http://localhost:" + receiver.port() + "/"), ARTICLE_KINDS);
      article("SSRF");

      Await.until("a refusal is logged", () -> !log(s).isEmpty());

      WebhookDelivery refused = log(s).get(0);
      assertThat(refused.succeeded()).isFalse();
      assertThat(refused.statusCode()).isNull();
      assertThat(refused.error()).startsWith("refused: localhost resolves to a loopback address");
      assertThat(receiver.requests()).isEmpty();
    }
  }

  @Nested
  @DisplayName("subscription management")
  class Management {
    @Test
    @DisplayName("bad settings get one ValidationException naming each field; nothing is stored")
    void validation() {
      assertThatThrownBy(
              () ->
                  webhooks.tenant(UNN).create(URI.create("ftp://example.com/x"), Set.of(), "nope"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path, Violation::rule)
                      .containsExactly(
                          org.assertj.core.groups.Tuple.tuple("url", "HttpUrl"),
                          org.assertj.core.groups.Tuple.tuple("kinds", "NotEmpty"),
                          org.assertj.core.groups.Tuple.tuple("secret", "WebhookSecret")));
      assertThatThrownBy(() -> webhooks.tenant(UNN).create(URI.create("/relative"), ARTICLE_KINDS))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("url");
      assertThatThrownBy(
              () ->
                  webhooks
                      .tenant(UNN)
                      .create(URI.create("https://user:pw@example.com/"), ARTICLE_KINDS))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("user info");
      assertThat(webhooks.tenant(UNN).list()).isEmpty();
      assertThatThrownBy(
              () -> webhooks.tenant(TenantId.of("nobody")).create(receiver.url("/"), ARTICLE_KINDS))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("a tenant never sees or changes another tenant's subscription")
    void tenantIsolation() {
      WebhookSubscription s = webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
      TenantWebhooks city = webhooks.tenant(CITY);

      assertThat(city.find(s.id())).isEmpty();
      assertThat(city.list()).isEmpty();
      assertThatThrownBy(() -> city.disable(s.id())).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> city.deliveries(s.id(), Long.MAX_VALUE, 10))
          .isInstanceOf(NotFoundException.class);
      assertThat(city.delete(s.id())).isFalse();
      assertThat(webhooks.tenant(UNN).get(s.id())).isEqualTo(s);
    }

    @Test
    @DisplayName("the secret is generated, rotatable and never printed")
    void secrets() {
      WebhookSubscription s = webhooks.tenant(UNN).create(receiver.url("/"), ARTICLE_KINDS);
      assertThat(WebhookSigner.keyOf(s.secret())).hasSize(32);
      assertThat(s.toString()).doesNotContain(s.secret()).contains("(hidden)");

      WebhookSubscription rotated = webhooks.tenant(UNN).rotateSecret(s.id());
      assertThat(rotated.secret()).isNotEqualTo(s.secret());
      assertThat(rotated.position()).isEqualTo(s.position());
    }
  }
}
