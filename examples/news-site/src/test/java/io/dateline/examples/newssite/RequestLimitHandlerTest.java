package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The overload guard in a real Jetty, in front of a handler that holds each request until the test
 * lets it go, so that "busy" is a state the test sets rather than a race it hopes to win.
 */
@DisplayName("The request limit")
class RequestLimitHandlerTest {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final CountDownLatch release = new CountDownLatch(1);

  /** One permit per request that reached the work, so the test can wait for exactly n. */
  private final Semaphore entered = new Semaphore(0);

  private Server server;
  private RequestLimitHandler limit;
  private URI uri;

  private void awaitEntered(int count) throws InterruptedException {
    assertThat(entered.tryAcquire(count, 30, TimeUnit.SECONDS))
        .as("%d request(s) reached the handler", count)
        .isTrue();
  }

  private void start(int maxActive, int maxQueued) throws Exception {
    Handler work =
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            entered.release();
            release.await(30, TimeUnit.SECONDS);
            response.setStatus(200);
            response.write(
                true, ByteBuffer.wrap("done".getBytes(StandardCharsets.UTF_8)), callback);
            return true;
          }
        };
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    limit =
        new RequestLimitHandler(
            work, maxActive, maxQueued, Duration.ofSeconds(30), Duration.ofSeconds(7));
    server.setHandler(limit);
    server.start();
    uri = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
  }

  @AfterEach
  void stop() throws Exception {
    release.countDown();
    if (server != null) {
      server.stop();
    }
  }

  private CompletableFuture<HttpResponse<String>> send() {
    return http.sendAsync(
        HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @DisplayName("refuses a request over the limit at once with 503 and Retry-After")
  void refuses() throws Exception {
    start(1, 0);
    CompletableFuture<HttpResponse<String>> first = send();
    awaitEntered(1);

    HttpResponse<String> refused = send().get(30, TimeUnit.SECONDS);

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
    release.countDown();
    assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(send().get(30, TimeUnit.SECONDS).statusCode())
        .as("served again once the limit is free")
        .isEqualTo(200);
  }

  @Test
  @DisplayName("lets requests wait in a bounded queue and serves them when a turn comes")
  void queues() throws Exception {
    start(1, 1);
    CompletableFuture<HttpResponse<String>> first = send();
    awaitEntered(1);
    CompletableFuture<HttpResponse<String>> queued = send();
    while (limit.getSuspendedRequestCount() < 1) {
      Thread.sleep(10); // the second request is on its way to the queue
    }

    HttpResponse<String> refused = send().get(30, TimeUnit.SECONDS);
    release.countDown();

    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(queued.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }
}
