package io.dateline.cms.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.model.Article;
import io.dateline.cms.render.DatelineRenderer;
import io.dateline.cms.storage.jpa.JpaStorage;
import java.time.Duration;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own storage (pool and Hibernate) on one PostgreSQL database and its own
 * site: what one node changes, the other serves within two seconds, through the change feed alone.
 */
@DisplayName("Two nodes on one PostgreSQL")
class TwoNodesTest {
  private JpaStorage storageA;
  private JpaStorage storageB;
  private Dateline nodeA;
  private Dateline nodeB;
  private DatelineSite siteB;
  private SiteFixture fx;

  @BeforeEach
  void start() {
    storageA = Databases.postgres();
    storageB = Databases.postgres();
    nodeA = Dateline.builder().storage(storageA).build();
    nodeB = Dateline.builder().storage(storageB).build();
    fx = new SiteFixture(nodeA, "https://news.example/", 2);
    siteB =
        DatelineSite.builder(nodeB, DatelineRenderer.builder().build())
            .changePollInterval(Duration.ofMillis(250))
            .build();
  }

  @AfterEach
  void stop() {
    siteB.close();
    nodeA.close();
    nodeB.close();
    storageA.close();
    storageB.close();
  }

  /** Polls node B until the status matches, for at most two seconds. */
  private boolean servedWithinTwoSeconds(String path, IntPredicate status)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (status.test(siteB.handle(SiteRequest.get(path)).status())) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /**
   * Polls node B until the page's text matches, for at most two seconds. A page that node B had not
   * cached shows a change as soon as it commits; a cached one, once node B has read the change from
   * the feed.
   */
  private boolean textWithinTwoSeconds(String path, java.util.function.Predicate<String> text)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (System.nanoTime() < deadline) {
      byte[] body = siteB.handle(SiteRequest.get(path)).body();
      if (text.test(new String(body, java.nio.charset.StandardCharsets.UTF_8))) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  @Test
  @DisplayName("an article published on node A is served by node B within 2 s, and its removal too")
  void publishAndRemoveAcrossNodes() throws InterruptedException {
    String home = "/" + fx.tenant.id() + "/";
    // Node B has the tenant and caches its home page before the new article exists.
    assertThat(siteB.handle(SiteRequest.get(home)).status()).isEqualTo(200);
    // A draft on node A: node B answers 404 for its URL and caches that answer.
    Article fresh =
        fx.content
            .articles()
            .create(
                io.dateline.cms.command.ArticleDraft.builder(SiteFixture.UK, "Новина з вузла А")
                    .build());
    String path = home + "news/" + fresh.slug();
    assertThat(siteB.handle(SiteRequest.get(path)).status()).isEqualTo(404);
    fx.content.articles().publish(fresh.id());

    assertThat(servedWithinTwoSeconds(path, s -> s == 200)).isTrue();
    // Node B cached its home page before the article existed: the feed must refresh it.
    assertThat(textWithinTwoSeconds(home, t -> t.contains("Новина з вузла А"))).isTrue();

    fx.content.articles().unpublish(fresh.id());
    assertThat(servedWithinTwoSeconds(path, s -> s == 410)).isTrue(); // retracted: gone
    assertThat(textWithinTwoSeconds(home, t -> !t.contains("Новина з вузла А"))).isTrue();
  }

  @Test
  @DisplayName("a tenant created on node A is routed by node B")
  void newTenantAcrossNodes() throws InterruptedException {
    SiteFixture other = new SiteFixture(nodeA, "https://news.example/", 1);
    assertThat(servedWithinTwoSeconds("/" + other.tenant.id() + "/", s -> s == 200)).isTrue();
  }
}
