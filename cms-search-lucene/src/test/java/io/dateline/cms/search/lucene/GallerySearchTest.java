package io.dateline.cms.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.search.SearchHit;
import io.dateline.cms.search.SearchQuery;
import io.dateline.cms.testkit.SampleContent;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.DisplayName("Gallery text in search")
class GallerySearchTest {
  private static final Locale UK = Locale.forLanguageTag("uk");

  @Test
  void findsAnArticleByItsGalleryText() {
    SampleContent content = SampleContent.forNewTenant();
    Article a =
        content
            .publishedArticle(SampleContent.REFERENCE_TIME)
            .language(UK)
            .headline("—")
            .lead("")
            .body(
                List.of(
                    Block.Paragraph.of("Текст."),
                    new Block.GalleryBlock(
                        List.of(
                            Image.of(URI.create("https://cdn.example/1.jpg"), "Соняшники"),
                            new Image(
                                URI.create("https://cdn.example/2.jpg"),
                                "",
                                "Комбайн",
                                null,
                                0,
                                0)),
                        "Жнива")))
            .build();
    try (LuceneSearchIndex index = LuceneSearchIndex.builder().build()) {
      index.index(a);
      for (String word : List.of("соняшники", "комбайн", "жнива")) {
        assertThat(index.query(SearchQuery.of(content.tenantId(), UK, word)).hits())
            .as(word)
            .extracting(SearchHit::articleId)
            .containsExactly(a.id());
      }
    }
  }
}
