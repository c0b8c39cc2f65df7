package io.dateline.cms.webhooks.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP receiver on a free loopback port (the JDK's server), recording every request and
 * answering with a status chosen per request.
 */
final class Receiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One received request. */
  record Request(String path, Map<String, List<String>> headers, byte[] body, JsonNode json) {
    String header(String name) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue().get(0);
        }
      }
      throw new AssertionError("no header " + name + " in " + headers.keySet());
    }

    String id() {
      return header("webhook-id");
    }

    long position() {
      return json.get("data").get("position").asLong();
    }

    String subject() {
      return json.get("data").get("id").asText();
    }

    String type() {
      return json.get("type").asText();
    }
  }

  /** Called with the request's number (from 1); returns the status to answer. */
  private volatile IntUnaryOperator status = n -> 204;

  /** Runs before answering, with the request's number: lets a test hold a request. */
  private volatile java.util.function.IntConsumer beforeAnswer = n -> {};

  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  Receiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(pool);
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    JsonNode json = body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
    int number;
    synchronized (requests) {
      requests.add(
          new Request(
              exchange.getRequestURI().getPath(),
              Map.copyOf(exchange.getRequestHeaders()),
              body,
              json));
      number = requests.size();
    }
    beforeAnswer.accept(number);
    int code = status.applyAsInt(number);
    if (code >= 300 && code < 400) {
      exchange.getResponseHeaders().add("Location", url("/elsewhere").toString());
    }
    exchange.sendResponseHeaders(code, -1);
    exchange.close();
  }

  void answer(IntUnaryOperator byRequestNumber) {
    this.status = byRequestNumber;
  }

  void beforeAnswer(java.util.function.IntConsumer hook) {
    this.beforeAnswer = hook;
  }

  List<Request> requests() {
    return new ArrayList<>(requests);
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
