package io.dateline.examples.newssite;

import io.dateline.cms.Dateline;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.search.lucene.LuceneSearchIndex;
import io.dateline.cms.site.DatelineSite;
import io.dateline.cms.site.servlet.DatelineServlet;
import io.dateline.cms.storage.jpa.JpaStorage;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo news site: Dateline's {@link DatelineSite} mounted in an embedded Jetty 12 through the
 * servlet adapter. Every page, feed, sitemap, the stylesheet and the list of publications come from
 * the library; this class only wires it up.
 *
 * <pre>{@code
 * try (NewsSite site = NewsSite.start(SiteConfig.defaults())) {
 *   System.out.println(site.uri());   // http://localhost:8080/
 *   ...
 * }
 * }</pre>
 *
 * <p>Starting opens the storage (running its migrations), installs the sample content into empty
 * tenants, lets Dateline's built-in scheduler publish due articles every {@link
 * SiteConfig#publishInterval()} without waiting for a request, and starts the server. {@link
 * #close()} undoes it in reverse: the server stops taking requests and lets those in flight finish,
 * the site stops following changes, and Dateline stops its scheduler, flushes the views counted so
 * far and closes the storage, which it owns.
 *
 * <p>The server is bounded so that overload is refused rather than queued without end: {@value
 * #MAX_THREADS} threads, {@value #MAX_ACTIVE_REQUESTS} requests at work at once, {@value
 * #MAX_QUEUED_REQUESTS} more waiting (holding no thread), and {@code 503} with {@code Retry-After}
 * beyond that.
 *
 * <p>Thread-safe; {@link #close()} is idempotent.
 */
public final class NewsSite implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsSite.class);

  /** The most threads Jetty runs, its own (acceptor, selector) included. */
  static final int MAX_THREADS = 16;

  /**
   * Requests inside the site at once: fewer than {@link #MAX_THREADS}, so that the acceptor, the
   * selector and the threads that parse new requests are never starved by page work.
   */
  static final int MAX_ACTIVE_REQUESTS = 10;

  /**
   * Requests that may wait for a turn, holding no thread; past this the site answers 503 with
   * {@code Retry-After} at once.
   */
  static final int MAX_QUEUED_REQUESTS = 256;

  /** Closes connections on which nothing moved for this long, finished requests or not. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private static final Duration MAX_QUEUE_WAIT = Duration.ofSeconds(5);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private final Dateline cms;
  private final DatelineSite site;
  private final LuceneSearchIndex search;
  private final Server server;
  private final URI uri;
  private final AtomicBoolean closed = new AtomicBoolean();

  private NewsSite(
      Dateline cms, DatelineSite site, LuceneSearchIndex search, Server server, URI uri) {
    this.cms = cms;
    this.site = site;
    this.search = search;
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
    JpaStorage storage = SiteStorage.open(config);
    Dateline cms = null;
    DatelineSite site = null;
    LuceneSearchIndex search = null;
    Server server = null;
    try {
      cms =
          Dateline.builder()
              // Closed by cms.close(), after the views are flushed.
              .ownStorage(storage)
              // Uploaded originals live beside the database; pages show renditions of them.
              .blobStore(new FileSystemBlobStore(config.dataDirectory().resolve("media")))
              .clock(config.clock())
              .publishScheduled(config.publishInterval())
              // Every request counts, including curl and test clients, so that the demo's counts
              // visibly move; a public site would add .filter(ViewFilter.excludingBots()).
              .viewCounting(views -> views.flushInterval(config.viewFlushInterval()))
              .build();
      server = server();
      ServerConnector connector = connector(server, config);
      // Bound before the tenants are saved, so that with port 0 their base URLs name the real port.
      connector.open();
      URI uri = URI.create("http://" + config.host() + ":" + connector.getLocalPort() + "/");
      if (config.installSamples()) {
        // The sample's pictures are drawn in code and uploaded like an editor's (DemoImages).
        SampleContent.load().install(cms, uri, new DemoImages(cms));
      }
      // The site serves the theme's stylesheet under its base path; the theme's markup links it
      // through the head hook.
      DatelineRenderer renderer =
          DatelineRenderer.builder()
              .clock(cms.clock())
              .headContributor(DatelineSite.standardAssets("/"))
              .build();
      // Each node keeps its own search index next to its data and follows the change feed from
      // where it stopped; the first start indexes every published article.
      search =
          LuceneSearchIndex.builder().path(config.dataDirectory().resolve("search-index")).build();
      search.follow(cms, Duration.ofMillis(500));
      site =
          DatelineSite.builder(cms, renderer)
              .search(search)
              .renditionCache(config.dataDirectory().resolve("renditions"))
              .build();
      server.setHandler(handlers(site));
      server.start();
      LOG.info("News site listening on {}", uri);
      return new NewsSite(cms, site, search, server, uri);
    } catch (Exception e) {
      stopQuietly(server);
      if (site != null) {
        site.close();
      }
      if (search != null) {
        search.close();
      }
      if (cms != null) {
        cms.close(); // closes the storage it owns
      } else {
        storage.close();
      }
      if (e instanceof IOException io) {
        throw io;
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("Jetty failed to start", e);
    }
  }

  /**
   * A server with a bounded number of threads. The bounded queue of requests lives in the {@link
   * RequestLimitHandler}, not in the thread pool: Jetty submits its own jobs (reading, writing,
   * completing callbacks) to the pool's queue, which must therefore never refuse one (Jetty warns
   * at start-up when it could, jetty/jetty.project#13004). That queue stays short anyway, because a
   * request that waits for a turn waits in the request limit's queue and holds no job.
   */
  private static Server server() {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
    threads.setName("news-site-http");
    Server server = new Server(threads);
    // Graceful stop: connectors close first, requests in flight get this long to finish.
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
    return server;
  }

  /**
   * The HTTP/1.1 connector. Jetty's connectors are non-blocking: a connection whose request is
   * still arriving (a slow or stalled client, headers never finished) holds a buffer and a socket
   * but no thread, and a thread is taken only once a whole request head has been parsed. Jetty has
   * no separate header-read timeout; the idle timeout closes such a connection once nothing has
   * moved on it for {@link #IDLE_TIMEOUT}.
   */
  private static ServerConnector connector(Server server, SiteConfig config) {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    // One acceptor and one selector, stated rather than derived from the core count, so that the
    // thread budget above does not depend on the machine.
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    server.addConnector(connector);
    return connector;
  }

  /** Graceful stop, then the request limit, then the servlet that serves every path. */
  private static GracefulHandler handlers(DatelineSite site) {
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new DatelineServlet(site), "/*");
    return new GracefulHandler(
        new RequestLimitHandler(
            context, MAX_ACTIVE_REQUESTS, MAX_QUEUED_REQUESTS, MAX_QUEUE_WAIT, RETRY_AFTER));
  }

  private static void stopQuietly(@Nullable Server server) {
    if (server == null) {
      return;
    }
    try {
      server.stop();
    } catch (Exception e) {
      LOG.warn("Stopping Jetty failed", e);
    }
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
   * Stops the server (requests in flight get up to five seconds to finish) and the site, then
   * closes Dateline, which stops its publishing scheduler, flushes counted views and closes the
   * storage, in that order: nothing may count a view after the flush, nor read storage after it
   * closes.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    LOG.info("Stopping the news site");
    stopQuietly(server);
    try {
      site.close();
      search.close(); // stops following the feed and commits the index with its position
    } finally {
      cms.close(); // stops the scheduler, flushes the view counter, closes the storage
    }
    LOG.info("News site stopped; views flushed");
  }
}
