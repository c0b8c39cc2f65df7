package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.testsupport.WithoutLibrary;
import java.time.Duration;
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
    assertThat(
            WithoutLibrary.call(
                "micrometer", "io.micrometer.core.instrument.MeterRegistry", ServeOnePage.class))
        .isEqualTo("200 1");
  }
}
