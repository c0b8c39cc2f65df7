package io.dateline.examples.newssite;

import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds the work the server takes on: at most {@code maxActive} requests run at once, at most
 * {@code maxQueued} more wait (without holding a thread) for at most {@code maxWait}, and anything
 * beyond that is refused at once with {@code 503 Service Unavailable} and {@code Retry-After}, so
 * that an overloaded site tells clients and load balancers to come back instead of queueing them
 * until they time out.
 *
 * <p>Jetty's {@link QoSHandler} does the limiting and queueing; this class only adds the {@code
 * Retry-After} header, which QoSHandler leaves out. Thread-safe, as every Jetty handler.
 */
final class RequestLimitHandler extends QoSHandler {
  private final String retryAfterSeconds;

  /**
   * Creates the handler.
   *
   * @param child the handler that does the work
   * @param maxActive how many requests may run at once; at least 1
   * @param maxQueued how many more may wait; 0 refuses every request over {@code maxActive}
   * @param maxWait how long a request may wait before it is refused
   * @param retryAfter what {@code Retry-After} tells a refused client, in whole seconds
   */
  RequestLimitHandler(
      Handler child, int maxActive, int maxQueued, Duration maxWait, Duration retryAfter) {
    super(child);
    setMaxRequestCount(maxActive);
    setMaxSuspendedRequestCount(maxQueued);
    setMaxSuspend(maxWait);
    setRejectStatusCode(503);
    this.retryAfterSeconds = Long.toString(Math.max(1, retryAfter.toSeconds()));
  }

  /** The queue is full: refuse now. */
  @Override
  protected void reject(Request request, Response response, Callback callback, int status) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfterSeconds);
    super.reject(request, response, callback, status);
  }

  /** The request waited in the queue too long (or the server is stopping): refuse it too. */
  @Override
  protected void failSuspended(
      Request request, Response response, Callback callback, int status, Throwable failure) {
    if (!response.isCommitted()) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfterSeconds);
    }
    super.failSuspended(request, response, callback, status, failure);
  }
}
