package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.Dateline;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.render.DatelineRenderer;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is an optional dependency: an application without it on the class path must be able to
 * count views and serve pages. The check runs the library in a class loader that holds this
 * module's test class path minus every Micrometer jar.
 */
@DisplayName("Without Micrometer on the class path")
class WithoutMicrometerTest {

  /** Runs inside the isolated class loader: serves an article and counts its view. */
  public static final class ServeOnePage implements Callable<String> {
    /** Created reflectively. */
    public ServeOnePage() {}

    @Override
    public String call() {
      try (Dateline cms =
              Dateline.builder()
                  .storage(new InMemoryStorage())
                  .publishScheduled(Duration.ofMinutes(1))
                  .viewCounting(v -> v.flushInterval(Duration.ZERO))
                  .build();
          DatelineSite site =
              DatelineSite.builder(cms, DatelineRenderer.builder().build())
                  .changePollInterval(Duration.ZERO)
                  .build()) {
        SiteFixture fx = new SiteFixture(cms, "https://news.example/", 1);
        site.refresh();
        SiteResponse page =
            site.handle(SiteRequest.get("/" + fx.tenant.id() + "/news/" + fx.original.slug()));
        cms.viewCounter().flush();
        return page.status() + " " + cms.viewCounter().count(fx.tenant.id(), fx.original.id());
      }
    }
  }

  @Test
  @DisplayName("a site serves an article and counts its view")
  void servesAndCounts() throws Exception {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("micrometer")) {
        urls.add(url(entry));
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(
              () -> Class.forName("io.micrometer.core.instrument.MeterRegistry", false, loader))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> task = Class.forName(ServeOnePage.class.getName(), true, loader);
      assertThat(task.getClassLoader()).isSameAs(loader);
      @SuppressWarnings("unchecked")
      Callable<String> call = (Callable<String>) task.getConstructor().newInstance();

      // The theme finds its precompiled templates through the context class loader.
      Thread thread = Thread.currentThread();
      ClassLoader previous = thread.getContextClassLoader();
      thread.setContextClassLoader(loader);
      try {
        assertThat(call.call()).isEqualTo("200 1");
      } finally {
        thread.setContextClassLoader(previous);
      }
    }
  }

  private static URL url(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }
}
