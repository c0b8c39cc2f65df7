package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slowloris-style attack: many connections that start a request and never finish its head. On a
 * server with a thread per connection, each would hold a thread until a timeout; Jetty's
 * non-blocking connector must keep serving everyone else.
 */
@DisplayName("The news site, with 200 connections whose request heads never finish")
class HalfOpenConnectionsTest {
  private static final int HALF_OPEN = 200;
  private static final byte[] UNFINISHED_HEAD =
      "GET / HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  @DisplayName("still answers a normal request within a second, and keeps them waiting")
  void servesOthers(@TempDir Path data) throws Exception {
    SiteConfig config = SiteConfig.builder().host("127.0.0.1").port(0).dataDirectory(data).build();
    try (NewsSite site = NewsSite.start(config)) {
      URI root = site.uri();
      // Once without a deadline, so that a cold start (templates, JIT, first queries) is not what
      // the timed request below measures.
      assertThat(get(root, Duration.ofSeconds(30)).statusCode()).isEqualTo(200);

      List<Socket> sockets = new ArrayList<>(HALF_OPEN);
      try {
        for (int i = 0; i < HALF_OPEN; i++) {
          Socket socket = new Socket();
          sockets.add(socket);
          socket.connect(new InetSocketAddress(root.getHost(), root.getPort()));
          socket.getOutputStream().write(UNFINISHED_HEAD);
          socket.getOutputStream().flush();
        }

        HttpResponse<String> answer = get(root, Duration.ofSeconds(1));

        assertThat(answer.statusCode()).isEqualTo(200);
        // The stalled connections were neither answered nor dropped: the server is still waiting
        // for the rest of their heads, so the request above really competed with them.
        for (Socket socket :
            List.of(sockets.get(0), sockets.get(HALF_OPEN / 2), sockets.get(HALF_OPEN - 1))) {
          socket.setSoTimeout(200);
          InputStream in = socket.getInputStream();
          assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
        }
      } finally {
        for (Socket socket : sockets) {
          socket.close();
        }
      }
    }
  }

  private HttpResponse<String> get(URI uri, Duration timeout) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
  }
}
