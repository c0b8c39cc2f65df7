package io.dateline.examples.newssite;

import com.sun.net.httpserver.HttpServer;
import io.dateline.cms.Dateline;
import io.dateline.cms.spi.ContentStorage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo news site: Dateline embedded in the JDK's own HTTP server, no framework.
 *
 * <pre>{@code
 * try (NewsSite site = NewsSite.start(SiteConfig.defaults())) {
 *   System.out.println(site.uri());   // http://localhost:8080/
 *   ...
 * }
 * }</pre>
 *
 * <p>Starting opens the storage (running its migrations), installs the sample content into empty
 * tenants, starts a scheduler that publishes due articles every {@link
 * SiteConfig#publishInterval()} without waiting for a request, and starts the HTTP server. {@link
 * #close()} undoes it in reverse: the server stops taking requests, the scheduler stops, Dateline
 * flushes the views counted so far, and the storage closes.
 *
 * <p>Thread-safe; {@link #close()} is idempotent.
 */
public final class NewsSite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsSite.class);
  private static final int REQUEST_THREADS = 8;

  private final ContentStorage storage;
  private final Dateline cms;
  private final ScheduledExecutorService scheduler;
  private final ExecutorService requests;
  private final HttpServer server;
  private final URI uri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private NewsSite(
      ContentStorage storage,
      Dateline cms,
      ScheduledExecutorService scheduler,
      ExecutorService requests,
      HttpServer server,
      URI uri) {
    this.storage = storage;
    this.cms = cms;
    this.scheduler = scheduler;
    this.requests = requests;
    this.server = server;
    this.uri = uri;
  }

  /**
   * Starts the site.
   *
   * @param config how to run it
   * @return the running site
   * @throws IOException when the port cannot be bound
   * @throws io.dateline.cms.StorageException when the database cannot be opened or migrated
   */
  public static NewsSite start(SiteConfig config) throws IOException {
    ContentStorage storage = SiteStorage.open(config);
    Dateline cms = null;
    ScheduledExecutorService scheduler = null;
    ExecutorService requests = null;
    try {
      cms =
          Dateline.builder()
              .storage(storage)
              .clock(config.clock())
              // Every request counts, including curl and test clients, so that the demo's counts
              // visibly move; a public site would add .filter(ViewFilter.excludingBots()).
              .viewCounting(views -> views.flushInterval(config.viewFlushInterval()))
              .build();
      HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
      URI uri = URI.create("http://" + config.host() + ":" + server.getAddress().getPort() + "/");
      if (config.installSamples()) {
        SampleContent.load().install(cms, uri);
      }
      scheduler = Executors.newSingleThreadScheduledExecutor(threads("dateline-publisher"));
      Dateline publisher = cms;
      long every = config.publishInterval().toMillis();
      scheduler.scheduleWithFixedDelay(
          () -> publishDue(publisher), every, every, TimeUnit.MILLISECONDS);
      requests = Executors.newFixedThreadPool(REQUEST_THREADS, threads("news-site-http"));
      server.setExecutor(requests);
      server.createContext("/", new SiteHandler(cms, uri));
      server.start();
      LOG.info("News site listening on {}", uri);
      return new NewsSite(storage, cms, scheduler, requests, server, uri);
    } catch (IOException | RuntimeException e) {
      if (scheduler != null) {
        scheduler.shutdownNow();
      }
      if (requests != null) {
        requests.shutdownNow();
      }
      if (cms != null) {
        cms.close();
      }
      storage.close();
      throw e;
    }
  }

  /** Runs on the scheduler: a failure is logged and the next run tries again. */
  private static void publishDue(Dateline cms) {
    try {
      int published = cms.publishDue();
      if (published > 0) {
        LOG.info("Published {} scheduled article(s)", published);
      }
    } catch (RuntimeException e) {
      LOG.warn("Publishing scheduled articles failed; will retry", e);
    }
  }

  private static ThreadFactory threads(String name) {
    AtomicInteger sequence = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, name + "-" + sequence.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * The site's root URL, such as {@code http://localhost:8080/}.
   *
   * @return the URL, ending in {@code /}
   */
  public URI uri() {
    return uri;
  }

  /**
   * The Dateline instance the site serves.
   *
   * @return the instance
   */
  public Dateline cms() {
    return cms;
  }

  /**
   * Stops the server, the scheduler, flushes counted views and closes the storage. Requests in
   * flight get a second to finish.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.info("Stopping the news site");
    server.stop(1);
    scheduler.shutdownNow();
    requests.shutdown();
    try {
      requests.awaitTermination(2, TimeUnit.SECONDS);
      scheduler.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      cms.close(); // flushes the view counter
    } finally {
      storage.close();
    }
    LOG.info("News site stopped; views flushed");
  }
}
