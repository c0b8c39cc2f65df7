package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.References;
import io.dateline.cms.query.PageCursor;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ArticleListing's paging accessors")
class ArticleListingPagingTest {

  @Test
  @DisplayName("hasNext() says whether a next cursor is present, as Page does")
  void hasNext() {
    PageCursor cursor = new PageCursor(Instant.parse("2026-03-01T09:00:00Z"), ArticleId.random());
    ArticleListing middle = new ArticleListing(List.of(), References.NONE, cursor);
    ArticleListing last = new ArticleListing(List.of(), References.NONE, null);

    assertThat(middle.hasNext()).isTrue();
    assertThat(middle.nextCursor()).contains(cursor);
    assertThat(last.hasNext()).isFalse();
    assertThat(last.nextCursor()).isEmpty();
  }
}
