package io.dateline.cms.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The plain text of an article")
class ArticleTextTest {

  private static Article withBody(Block... body) {
    ArticleId id = ArticleId.random();
    return Article.builder()
        .tenantId(TenantId.of("unn"))
        .id(id)
        .slug("a")
        .language(Locale.forLanguageTag("uk"))
        .translationKey(id)
        .headline("Заголовок")
        .lead("Лід.")
        .body(List.of(body))
        .createdAt(Instant.EPOCH)
        .updatedAt(Instant.EPOCH)
        .build();
  }

  @Test
  @DisplayName("holds a gallery's caption and each picture's caption and alt text, on one line")
  void gallery() {
    Article article =
        withBody(
            Block.Paragraph.of("Текст."),
            new Block.GalleryBlock(
                List.of(
                    new Image(
                        URI.create("https://cdn.example/1.jpg"),
                        "Натовп на площі",
                        "Мітинг",
                        "AP",
                        0,
                        0),
                    Image.ofAsset(ImageId.random(), ""),
                    Image.ofAsset(ImageId.random(), "Дощ")),
                "День протесту"),
            new Block.GalleryBlock(
                List.of(Image.ofAsset(ImageId.random(), ""), Image.ofAsset(ImageId.random(), "")),
                null));

    assertThat(ArticleText.of(article))
        .isEqualTo("Лід.\nТекст.\nДень протесту Мітинг Натовп на площі Дощ");
  }
}
