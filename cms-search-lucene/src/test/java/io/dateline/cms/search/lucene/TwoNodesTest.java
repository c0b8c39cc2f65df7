package io.dateline.cms.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.storage.jpa.JpaStorage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes on one H2 database file, each with its own storage, Dateline and on-disk index: what
 * one node publishes, the other finds within two seconds, through the change feed alone.
 */
@DisplayName("Two nodes")
class TwoNodesTest {
  @TempDir Path dir;
  private JpaStorage storageA;
  private JpaStorage storageB;
  private Dateline nodeA;
  private Dateline nodeB;
  private LuceneSearchIndex indexA;
  private LuceneSearchIndex indexB;

  private JpaStorage storage() {
    String url = "jdbc:h2:file:" + dir.resolve("db") + ";LOCK_TIMEOUT=10000";
    return JpaStorage.builder()
        .jdbcUrl(url, "sa", "")
        .maximumPoolSize(2)
        .migrateOnStart(true)
        .build();
  }

  @BeforeEach
  void start() {
    storageA = storage();
    storageB = storage();
    nodeA = Dateline.builder().storage(storageA).publishScheduled(Duration.ZERO).build();
    nodeB = Dateline.builder().storage(storageB).publishScheduled(Duration.ZERO).build();
    indexA = LuceneSearchIndex.builder().path(dir.resolve("index-a")).build();
    indexB = LuceneSearchIndex.builder().path(dir.resolve("index-b")).build();
    indexA.follow(nodeA, Duration.ofMillis(250));
    indexB.follow(nodeB, Duration.ofMillis(250));
  }

  @AfterEach
  void stop() {
    indexA.close();
    indexB.close();
    nodeA.close();
    nodeB.close();
    storageA.close();
    storageB.close();
  }

  private static List<ArticleId> found(LuceneSearchIndex index, Newsroom room, String text) {
    return index.query(SearchQuery.of(room.id(), Newsroom.UK, text)).hits().stream()
        .map(SearchHit::articleId)
        .toList();
  }

  /** Polls the index until the result matches, for at most two seconds. */
  private static boolean within2s(
      LuceneSearchIndex index, Newsroom room, String text, List<ArticleId> expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (System.nanoTime() < deadline) {
      if (found(index, room, text).equals(expected)) {
        return true;
      }
      Thread.sleep(25);
    }
    return found(index, room, text).equals(expected);
  }

  @Test
  @DisplayName("an article published on node A is found on node B within 2 s, and gone after")
  void publishedOnOneNodeFoundOnTheOther() throws InterruptedException {
    Newsroom room = new Newsroom(nodeA);
    Article a = room.publish(Newsroom.UK, "Енергетики відновили живлення", "У Харкові світло.");

    assertThat(within2s(indexB, room, "Харків енергетики", List.of(a.id()))).isTrue();
    assertThat(found(indexA, room, "Харків")).containsExactly(a.id());

    room.content.articles().unpublish(a.id());
    assertThat(within2s(indexB, room, "Харків", List.of())).isTrue();
  }
}
