package io.dateline.cms.webhooks.delivery.internal;

import io.dateline.cms.Dateline;
import io.dateline.cms.changes.Change;
import io.dateline.cms.changes.ChangeFeed;
import io.dateline.cms.changes.ChangeSubscription;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.WebhookRepository;
import io.dateline.cms.webhooks.WebhookDelivery;
import io.dateline.cms.webhooks.WebhookId;
import io.dateline.cms.webhooks.WebhookSubscription;
import io.dateline.cms.webhooks.delivery.WebhookSigner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's delivery engine: a loop thread that finds subscriptions with work and a pool of
 * workers that deliver them, each under the subscription's lease.
 *
 * <p>A subscription's changes are sent one at a time in feed order, and the next is sent only after
 * the previous one succeeded; a failure stops the subscription until its retry time. That gives
 * order per article (indeed per subscription) at the cost of head-of-line blocking by a failing
 * change. Progress is stored after each success, so a node that stops between a send and its record
 * makes the next holder send that change again: at least once.
 */
public final class DeliveryEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryEngine.class);
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final Duration FORGET_EVERY = Duration.ofHours(1);

  private final Dateline cms;
  private final ContentStorage storage;
  private final ChangeFeed feed;
  private final DeliverySettings settings;
  private final HttpClient http;
  private final ExecutorService workers;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Object signal = new Object();
  private final Thread loop;
  private final ChangeSubscription wakeUps;
  private final @Nullable WebhookMeters meters; // null without a MeterRegistry
  private volatile boolean running = true;
  private boolean signalled;
  private @Nullable Instant lastForget;

  /**
   * Starts the engine.
   *
   * @param cms the Dateline instance whose feed and storage are used
   * @param settings the settings
   * @param meters where attempts and lag are measured; {@code null} measures nothing
   */
  public DeliveryEngine(
      Dateline cms,
      ContentStorage storage,
      DeliverySettings settings,
      @Nullable WebhookMeters meters) {
    this.cms = cms;
    this.meters = meters;
    this.storage = storage;
    this.feed = cms.changes();
    this.settings = settings;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(settings.connectTimeout())
            .build();
    int number = THREADS.incrementAndGet();
    AtomicInteger worker = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            settings.workers(),
            r -> {
              Thread t =
                  new Thread(r, "dateline-webhooks-" + number + "-" + worker.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    // Writes through this Dateline wake the loop at once; other nodes' writes are found by polling.
    this.wakeUps = feed.follow(feed.head(), settings.pollInterval(), batch -> wake());
    this.loop = new Thread(this::run, "dateline-webhooks-" + number);
    loop.setDaemon(true);
    loop.start();
  }

  /** Makes the loop look for work now. */
  public void wake() {
    synchronized (signal) {
      signalled = true;
      signal.notifyAll();
    }
  }

  private void run() {
    while (running) {
      try {
        cycle();
      } catch (RuntimeException e) {
        if (running) {
          LOG.warn("Webhook delivery cycle failed; trying again in {}", settings.pollInterval(), e);
        }
      }
      synchronized (signal) {
        long until = System.nanoTime() + settings.pollInterval().toNanos();
        while (running && !signalled) {
          long left = until - System.nanoTime();
          if (left <= 0) {
            break;
          }
          try {
            TimeUnit.NANOSECONDS.timedWait(signal, left);
          } catch (InterruptedException e) {
            return;
          }
        }
        signalled = false;
      }
    }
  }

  /** One pass over every tenant's subscriptions: claims those with due work and hands them out. */
  private void cycle() {
    Instant now = settings.clock().instant();
    Instant forgotAt = lastForget;
    boolean forget = forgotAt == null || !now.isBefore(forgotAt.plus(FORGET_EVERY));
    if (meters != null) {
      meters.passStarted();
    }
    for (Tenant tenant : cms.tenants()) {
      if (!running) {
        return;
      }
      TenantId tenantId = tenant.id();
      WebhookRepository repo = storage.tenant(tenantId).webhooks();
      if (forget) {
        repo.forgetDeliveries(now.minus(settings.logRetention()));
      }
      for (WebhookSubscription s : repo.list()) {
        String key = tenantId.value() + "/" + s.id();
        if (!s.enabled()) {
          continue;
        }
        boolean busy = notYet(s, now) || inFlight.contains(key);
        if (busy && meters == null) {
          continue;
        }
        // With meters, subscriptions waiting for a retry or being delivered are read too: they
        // are the ones that lag.
        List<Change> next = feed.read(tenantId, s.position(), 1);
        if (meters != null) {
          meters.waiting(next, now);
        }
        if (busy || next.isEmpty()) {
          continue;
        }
        if (!repo.claim(s.id(), settings.nodeId(), now, now.plus(settings.leaseDuration()))) {
          continue; // another node delivers it
        }
        inFlight.add(key);
        try {
          workers.execute(() -> deliverClaimed(repo, tenantId, s.id(), key));
        } catch (RuntimeException e) {
          inFlight.remove(key);
          repo.release(s.id(), settings.nodeId());
          throw e;
        }
      }
    }
    if (forget) {
      lastForget = now;
    }
    if (meters != null) {
      meters.passEnded();
    }
  }

  private void deliverClaimed(WebhookRepository repo, TenantId tenant, WebhookId id, String key) {
    try {
      deliver(repo, tenant, id);
    } catch (RuntimeException e) {
      LOG.warn("Webhook delivery for subscription {} of tenant {} failed", id, tenant, e);
    } finally {
      try {
        repo.release(id, settings.nodeId());
      } catch (RuntimeException e) {
        LOG.warn("Could not release the lease of webhook subscription {}; it expires", id, e);
      } finally {
        inFlight.remove(key);
      }
    }
  }

  /** Delivers while there is work, the subscription is due and this node holds the lease. */
  private void deliver(WebhookRepository repo, TenantId tenant, WebhookId id) {
    while (running) {
      Optional<WebhookSubscription> found = repo.find(id);
      if (found.isEmpty()) {
        return;
      }
      WebhookSubscription s = found.get();
      Instant now = settings.clock().instant();
      if (!s.enabled() || notYet(s, now)) {
        return;
      }
      List<Change> batch = feed.read(tenant, s.position(), settings.batchSize());
      if (batch.isEmpty()) {
        return;
      }
      long position = s.position();
      for (Change change : batch) {
        if (!running) {
          break;
        }
        if (!s.accepts(change.kind())) {
          position = change.position();
          continue;
        }
        Instant start = settings.clock().instant();
        if (!repo.claim(id, settings.nodeId(), start, start.plus(settings.leaseDuration()))) {
          return; // the lease expired and another node took over: it continues from the record
        }
        Attempt attempt = send(s, change);
        if (!attempt.succeeded() && !running) {
          return; // cut short by close(): not the receiver's failure, the next holder retries
        }
        int number = s.failureRun() + 1;
        log(repo, s, change, start, number, attempt);
        if (meters != null) {
          meters.attempted(attempt.succeeded(), attempt.refused(), attempt.nanos());
        }
        if (attempt.succeeded()) {
          position = change.position();
          if (!repo.recordProgress(id, settings.nodeId(), position, 0, null, false)) {
            return;
          }
          s = withProgress(s, position);
        } else {
          boolean disable = number >= settings.maxFailures();
          Instant retryAt = disable ? null : settings.clock().instant().plus(backoff(number));
          boolean recorded =
              repo.recordProgress(id, settings.nodeId(), position, number, retryAt, disable);
          if (disable && recorded && meters != null) {
            meters.disabled();
          }
          if (disable) {
            LOG.warn(
                "Disabled webhook subscription {} of tenant {} after {} failed attempts in a row",
                id,
                tenant,
                number);
          }
          return;
        }
      }
      if (position != s.position()
          && !repo.recordProgress(id, settings.nodeId(), position, 0, null, false)) {
        return;
      }
      if (batch.size() < settings.batchSize()) {
        return;
      }
    }
  }

  /** Whether a subscription waits for its retry time. */
  private static boolean notYet(WebhookSubscription s, Instant now) {
    Instant retryAt = s.retryAt();
    return retryAt != null && retryAt.isAfter(now);
  }

  private static WebhookSubscription withProgress(WebhookSubscription s, long position) {
    return new WebhookSubscription(
        s.id(), s.tenantId(), s.url(), s.secret(), s.kinds(), s.enabled(), 0, position, null);
  }

  /**
   * Exponential backoff with jitter: the wait doubles with each failure in a row from the initial
   * backoff, up to the maximum, and a random half of it is taken off so that many subscriptions
   * failing together do not retry in step.
   */
  private Duration backoff(int failures) {
    long initial = settings.initialBackoff().toMillis();
    long max = settings.maxBackoff().toMillis();
    long wait = initial;
    for (int i = 1; i < failures && wait < max; i++) {
      wait *= 2;
    }
    wait = Math.min(wait, max);
    long half = wait / 2;
    return Duration.ofMillis(wait - half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /** What one request came to; {@code refused} when no request was sent because of its address. */
  private record Attempt(
      @Nullable Integer status,
      boolean succeeded,
      @Nullable String error,
      long nanos,
      boolean refused) {
    Attempt(@Nullable Integer status, boolean succeeded, @Nullable String error, long nanos) {
      this(status, succeeded, error, nanos, false);
    }
  }

  private Attempt send(WebhookSubscription s, Change change) {
    long started = System.nanoTime();
    URI url = s.url();
    String host = url.getHost();
    try {
      String refusal = host == null ? "the URL has no host" : settings.guard().check(host);
      if (refusal != null) {
        return new Attempt(null, false, "refused: " + refusal, elapsed(started), true);
      }
      byte[] body = Payloads.of(change);
      String messageId = "msg_" + s.id() + "_" + change.position();
      long timestamp = settings.clock().instant().getEpochSecond();
      HttpRequest request =
          HttpRequest.newBuilder(url)
              .timeout(settings.requestTimeout())
              .header("content-type", "application/json")
              .header("user-agent", "Dateline-Webhooks")
              .header("webhook-id", messageId)
              .header("webhook-timestamp", Long.toString(timestamp))
              .header(
                  "webhook-signature", WebhookSigner.sign(s.secret(), messageId, timestamp, body))
              .POST(HttpRequest.BodyPublishers.ofByteArray(body))
              .build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      // The answer's body is not read: closing the stream drops it, so a receiver cannot hold the
      // worker by streaming a long body after its status line.
      response.body().close();
      int status = response.statusCode();
      boolean ok = status >= 200 && status < 300;
      return new Attempt(status, ok, ok ? null : "HTTP " + status, elapsed(started));
    } catch (HttpTimeoutException e) {
      return new Attempt(null, false, "timed out: " + e.getMessage(), elapsed(started));
    } catch (IOException e) {
      return new Attempt(
          null, false, e.getClass().getSimpleName() + ": " + e.getMessage(), elapsed(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt(null, false, "interrupted: the node is stopping", elapsed(started));
    } catch (IllegalArgumentException e) {
      return new Attempt(null, false, "bad request: " + e.getMessage(), elapsed(started));
    }
  }

  private static long elapsed(long startedNanos) {
    return System.nanoTime() - startedNanos;
  }

  private void log(
      WebhookRepository repo,
      WebhookSubscription s,
      Change change,
      Instant at,
      int number,
      Attempt a) {
    WebhookDelivery entry =
        new WebhookDelivery(
            deliveryId(at),
            s.id(),
            "msg_" + s.id() + "_" + change.position(),
            change.position(),
            change.kind(),
            change.subjectId(),
            at,
            number,
            a.status(),
            a.succeeded(),
            a.error(),
            TimeUnit.NANOSECONDS.toMillis(a.nanos()));
    try {
      repo.appendDelivery(entry);
    } catch (RuntimeException e) {
      // The log is a record for people; a lost entry must not stop or repeat a delivery.
      LOG.warn("Could not log a delivery attempt of webhook subscription {}", s.id(), e);
    }
  }

  /**
   * A log entry id that grows with time: milliseconds since the epoch in the high bits and 20
   * random bits below, so ids of one subscription sort by attempt time and two nodes practically
   * never pick the same one.
   */
  private static long deliveryId(Instant at) {
    return (Math.max(1, at.toEpochMilli()) << 20) | ThreadLocalRandom.current().nextInt(1 << 20);
  }

  /**
   * Stops the engine: no new request starts; requests under way finish (within the request
   * time-out) and their leases are released, so another node can continue at once.
   */
  @Override
  public void close() {
    running = false;
    wakeUps.close();
    wake();
    loop.interrupt();
    workers.shutdown();
    try {
      loop.join(settings.requestTimeout().toMillis() + 1000);
      long wait = settings.requestTimeout().plus(settings.connectTimeout()).toMillis() + 1000;
      if (!workers.awaitTermination(wait, TimeUnit.MILLISECONDS)) {
        workers.shutdownNow();
      }
    } catch (InterruptedException e) {
      workers.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
