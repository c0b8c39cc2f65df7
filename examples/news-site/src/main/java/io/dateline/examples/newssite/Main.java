package io.dateline.examples.newssite;

import java.io.IOException;

/**
 * Runs the demo: {@code java -jar news-site.jar}. Configuration comes from environment variables
 * (see {@link SiteConfig#fromEnvironment}). Ctrl-C stops the site cleanly: counted views are
 * flushed before the process exits.
 */
public final class Main {
  private Main() {}

  /**
   * Starts the site and waits for the process to be stopped.
   *
   * @param args ignored
   * @throws IOException when the port cannot be bound
   */
  public static void main(String[] args) throws IOException {
    NewsSite site = NewsSite.start(SiteConfig.fromEnvironment(System.getenv()));
    Runtime.getRuntime().addShutdownHook(new Thread(site::close, "news-site-shutdown"));
    System.out.println();
    System.out.println("  Dateline demo news site: " + site.uri());
    System.out.println("  Press Ctrl-C to stop.");
    System.out.println();
  }
}
