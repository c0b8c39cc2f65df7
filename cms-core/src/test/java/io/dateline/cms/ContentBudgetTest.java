package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.validationFailure;
import static io.dateline.cms.Newsroom.articleCount;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Span;
import io.dateline.cms.validation.ContentBudget;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The content budget of an article")
class ContentBudgetTest {
  private static final ContentBudget BUDGET = ContentBudget.ARTICLE;

  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();

  private static List<Span> spans(int n) {
    return Collections.nCopies(n, Span.text("слово "));
  }

  private static String nested(int depth) {
    return "<div>".repeat(depth) + "глибоко" + "</div>".repeat(depth);
  }

  @Test
  @DisplayName("is declared once: 500,000 characters, 1,000 blocks, 500 spans a block, depth 32")
  void declared() {
    assertThat(BUDGET).isEqualTo(new ContentBudget(500_000, 1_000, 500, 32));
  }

  @Test
  @DisplayName("takes as many blocks as the budget allows and refuses one more, naming the limit")
  void blocks() {
    List<Block> full = Collections.nCopies(BUDGET.blocks(), new Block.Divider());
    assertThat(unn.articles().create(draft("Повна").body(full).build()).body())
        .hasSize(BUDGET.blocks());

    List<Block> over = new ArrayList<>(full);
    over.add(new Block.Divider());
    ValidationException e =
        validationFailure(() -> unn.articles().create(draft("Забагато").body(over).build()));

    assertThat(pathsAndRules(e)).containsExactly(tuple("body", "ContentBudget.blocks"));
    assertThat(e.violations().get(0).message()).contains("1000 blocks");
    assertThat(articleCount(unn)).isOne();
  }

  @Test
  @DisplayName("counts the spans of a paragraph or quote against the per-block limit")
  void spansOfParagraphs() {
    unn.articles()
        .create(
            draft("Повний абзац").body(new Block.Paragraph(spans(BUDGET.spansPerBlock()))).build());

    ValidationException e =
        validationFailure(
            () ->
                unn.articles()
                    .create(
                        draft("Задовгий абзац")
                            .body(
                                Block.Paragraph.of("вступ"),
                                new Block.Quote(spans(BUDGET.spansPerBlock() + 1), null))
                            .build()));

    assertThat(pathsAndRules(e))
        .containsExactly(tuple("body[1].content", "ContentBudget.spansPerBlock"));
    assertThat(e.violations().get(0).message()).contains("500 spans");
  }

  @Test
  @DisplayName("counts the spans of all a list's items together")
  void spansOfListItems() {
    int third = BUDGET.spansPerBlock() / 3 + 1; // three items, each within reach, together over
    Block list = new Block.ListBlock(true, List.of(spans(third), spans(third), spans(third)));

    ValidationException e =
        validationFailure(() -> unn.articles().create(draft("Список").body(list).build()));

    assertThat(pathsAndRules(e))
        .containsExactly(tuple("body[0].items", "ContentBudget.spansPerBlock"));
    assertThat(articleCount(unn)).isZero();
  }

  @Test
  @DisplayName("counts the characters of headline, lead and every block together")
  void characters() {
    String headline = "Довгочитання";
    String lead = "Лід";
    int perSpan = 20_000; // a span's own limit
    int room = BUDGET.characters() - headline.length() - lead.length();
    List<Block> body = new ArrayList<>();
    while (room > 0) {
      int n = Math.min(perSpan, room);
      body.add(Block.Paragraph.of("ж".repeat(n)));
      room -= n;
    }
    Article exactlyFull = unn.articles().create(draft(headline).lead(lead).body(body).build());
    assertThat(exactlyFull.body()).hasSameSizeAs(body);

    ValidationException e =
        validationFailure(
            () -> unn.articles().create(draft(headline).lead(lead + "!").body(body).build()));

    assertThat(pathsAndRules(e)).containsExactly(tuple("body", "ContentBudget.characters"));
    assertThat(e.violations().get(0).message()).contains("500000 characters");
    assertThat(articleCount(unn)).isOne();
  }

  @Test
  @DisplayName("refuses raw HTML nested deeper than the budget, even very deep, without failing")
  void nestingDepth() {
    Article deepest =
        unn.articles()
            .create(
                draft("Глибоко").body(new Block.RawHtml(nested(BUDGET.nestingDepth()))).build());
    assertThat(((Block.RawHtml) deepest.body().get(0)).html()).contains("глибоко");

    for (int depth : new int[] {BUDGET.nestingDepth() + 1, 15_000}) {
      ValidationException e =
          validationFailure(
              () ->
                  unn.articles()
                      .create(
                          draft("Надто глибоко")
                              .body(Block.Paragraph.of("вступ"), new Block.RawHtml(nested(depth)))
                              .build()));

      assertThat(pathsAndRules(e))
          .containsExactly(tuple("body[1].html", "ContentBudget.nestingDepth"));
      assertThat(e.violations().get(0).message()).contains("32 deep");
    }
    assertThat(articleCount(unn)).isOne();
  }

  @Test
  @DisplayName("applies to updates as well, leaving the stored article as it was")
  void onUpdate() {
    Article stored = unn.articles().create(draft("Коротка").build());
    List<Block> over = Collections.nCopies(BUDGET.blocks() + 1, new Block.Divider());

    ValidationException e =
        validationFailure(
            () ->
                unn.articles()
                    .update(
                        stored.id(),
                        stored.version(),
                        io.dateline.cms.command.ArticleDraft.from(stored).body(over).build()));

    assertThat(pathsAndRules(e)).containsExactly(tuple("body", "ContentBudget.blocks"));
    assertThat(unn.articles().get(stored.id())).isEqualTo(stored);
  }
}
