package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.articleCount;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.validation.HtmlSafelist;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Raw HTML is cleaned once, when it is stored")
class RawHtmlStorageTest {
  private static final String HOSTILE =
      "<p onclick=\"steal()\">Заява <a href=\"javascript:alert(1)\">тут</a>"
          + "<img src=\"x\" onerror=\"alert(2)\"><script>alert(3)</script>"
          + "<a href=\"https://unn.example/\">УНН</a></p><style>p{}</style>";

  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();

  private static String html(Article article, int block) {
    return ((Block.RawHtml) article.body().get(block)).html();
  }

  @Test
  @DisplayName("create stores the cleaned markup and returns what it stored")
  void create() {
    Article created =
        unn.articles()
            .create(
                draft("Заява")
                    .body(Block.Paragraph.of("вступ"), new Block.RawHtml(HOSTILE))
                    .build());

    String stored = html(unn.articles().get(created.id()), 1);
    assertThat(stored)
        .isEqualTo(HtmlSafelist.clean(HOSTILE))
        .doesNotContain("onclick", "javascript:", "onerror", "<script", "<style", "alert(3)")
        .contains("Заява", "<a href=\"https://unn.example/\" rel=\"nofollow noopener\">УНН</a>");
    assertThat(html(created, 1)).isEqualTo(stored);
    assertThat(created.body().get(0)).isEqualTo(Block.Paragraph.of("вступ"));
  }

  @Test
  @DisplayName("update stores the cleaned markup too")
  void update() {
    Article stored = unn.articles().create(draft("Заява").build());

    Article updated =
        unn.articles()
            .update(
                stored.id(),
                stored.version(),
                ArticleDraft.from(stored).body(new Block.RawHtml(HOSTILE)).build());

    assertThat(html(unn.articles().get(stored.id()), 0)).isEqualTo(HtmlSafelist.clean(HOSTILE));
    assertThat(updated).isEqualTo(unn.articles().get(stored.id()));
  }

  @Test
  @DisplayName("clean markup is stored unchanged, so saving an article again changes nothing")
  void cleanStaysClean() {
    String clean = "<p>Текст з <strong>наголосом</strong> і <em>курсивом</em>.</p>";
    Article stored = unn.articles().create(draft("Чисто").body(new Block.RawHtml(clean)).build());

    Article again =
        unn.articles().update(stored.id(), stored.version(), ArticleDraft.from(stored).build());

    assertThat(html(stored, 0)).isEqualTo(clean);
    assertThat(again.body()).isEqualTo(stored.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        HOSTILE,
        "<table><tr><td>1<td>2</table>",
        "<a href=\"ftp://x\">f</a><a href=\"mailto:a@b.example\">m</a>",
        "<<p>>&amp;&lt;script&gt;",
        "text & more <b>bold"
      })
  @DisplayName("cleaning is idempotent: what was stored clean is already clean")
  void idempotent(String html) {
    String once = HtmlSafelist.clean(html);
    assertThat(HtmlSafelist.clean(once)).isEqualTo(once);
  }

  @Test
  @DisplayName("markup that cleaning makes too long is refused, not stored truncated")
  void growthIsChecked() {
    // 150,000 ampersands are within the 200,000 characters a block may hold; escaped they are
    // 750,000.
    Block raw = new Block.RawHtml("&".repeat(150_000));

    ValidationException e =
        validationFailure(() -> unn.articles().create(draft("Амперсанди").body(raw).build()));

    assertThat(pathsAndRules(e))
        .contains(tuple("body[0].html", "Size"), tuple("body", "ContentBudget.characters"));
    assertThat(articleCount(unn)).isZero();
  }

  @Test
  @DisplayName("an article whose markup cleans to nothing keeps an empty block")
  void cleansToNothing() {
    Article stored =
        unn.articles()
            .create(draft("Порожньо").body(new Block.RawHtml("<script>alert(1)</script>")).build());

    assertThat(stored.body()).isEqualTo(List.of(new Block.RawHtml("")));
  }
}
