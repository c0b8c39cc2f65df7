package io.dateline.cms;

import static io.dateline.cms.Failures.pathsAndRules;
import static io.dateline.cms.Failures.validationFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Notice;
import io.dateline.cms.model.NoticeKind;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Notices and related news through the article service")
class NoticesAndRelatedTest {
  @AutoClose private final Newsroom newsroom = new Newsroom();
  private final TenantContent unn = newsroom.unn();

  private Notice correction(String text) {
    return Notice.correction(newsroom.clock().instant(), text);
  }

  @Nested
  @DisplayName("notices")
  class Notices {
    @Test
    @DisplayName("are stored with the article and come back from every read, in order")
    void stored() {
      List<Notice> notices =
          List.of(
              correction("The minister's name was misspelled."),
              new Notice(NoticeKind.UPDATE, Newsroom.START.plusSeconds(60), "Added the reply."));
      Article created = unn.articles().create(Newsroom.draft("Новина").notices(notices).build());

      assertThat(unn.articles().get(created.id()).notices()).containsExactlyElementsOf(notices);
      Article updated =
          unn.articles()
              .update(
                  created.id(),
                  created.version(),
                  ArticleDraft.from(created).notices(notices.get(1)).build());
      assertThat(unn.articles().get(created.id()).notices()).containsExactly(notices.get(1));
      assertThat(ArticleDraft.from(updated).build().notices()).containsExactly(notices.get(1));
    }

    @Test
    @DisplayName(
        "refuse markup, blank and overlong texts and a missing kind or time, storing nothing")
    void validated() {
      List<Notice> bad =
          List.of(
              correction("<script>alert(1)</script>"),
              correction("  "),
              correction("x".repeat(2001)),
              new Notice(null, Newsroom.START, "kind missing"),
              new Notice(NoticeKind.UPDATE, null, "time missing"),
              correction("<b>bold</b> claims"));
      long before = unn.articles().count(io.dateline.cms.query.ArticleQuery.anyStatus());

      ValidationException e =
          validationFailure(
              () -> unn.articles().create(Newsroom.draft("Новина").notices(bad).build()));

      assertThat(pathsAndRules(e))
          .contains(
              tuple("notices[0].text", "PlainText"),
              tuple("notices[1].text", "NotBlank"),
              tuple("notices[2].text", "Size"),
              tuple("notices[3].kind", "NotNull"),
              tuple("notices[4].time", "NotNull"),
              tuple("notices[5].text", "PlainText"));
      assertThat(unn.articles().count(io.dateline.cms.query.ArticleQuery.anyStatus()))
          .isEqualTo(before);
    }

    @Test
    @DisplayName("accept plain text that merely uses angle brackets and ampersands")
    void plainTextWithBrackets() {
      Article created =
          unn.articles()
              .create(
                  Newsroom.draft("Новина")
                      .notices(correction("Turnout was 3 < 5 percent & falling; a -> b."))
                      .build());
      assertThat(created.notices().get(0).text())
          .isEqualTo("Turnout was 3 < 5 percent & falling; a -> b.");
    }

    @Test
    @DisplayName("take part in the article's equality, hash code and text form")
    void valueSemantics() {
      Article a = unn.articles().create(Newsroom.draft("Новина").build());
      Article noted = a.with(b -> b.notices(List.of(correction("Fixed."))));
      assertThat(noted).isNotEqualTo(a);
      assertThat(noted.hashCode()).isNotEqualTo(a.hashCode());
      assertThat(noted.toString()).contains("notices=[Notice[kind=CORRECTION");
      assertThat(noted.toBuilder().build()).isEqualTo(noted);
    }
  }

  @Nested
  @DisplayName("related news")
  class Related {
    private Tag tag() {
      return unn.tags().create(TagDraft.of(TagKind.TOPIC, LocalizedText.of("uk", "Енергетика")));
    }

    private Article published(ArticleDraft.Builder draft) {
      newsroom.clock().advance(Duration.ofMinutes(1));
      Article created = unn.articles().create(draft.build());
      return unn.articles().publish(created.id());
    }

    @Test
    @DisplayName("lists the picks first, then the newest published articles sharing a tag")
    void picksThenMatches() {
      Tag energy = tag();
      Article pick = published(Newsroom.draft("Вибір редактора"));
      Article older = published(Newsroom.draft("Старіша").tags(energy.id()));
      Article newer = published(Newsroom.draft("Новіша").tags(energy.id()));
      unn.articles().create(Newsroom.draft("Чернетка").tags(energy.id()).build());
      Article article = published(Newsroom.draft("Головна").tags(energy.id()).related(pick.id()));

      assertThat(unn.articles().related(article, 5)).containsExactly(pick, newer, older);
      assertThat(unn.articles().related(article, 1)).containsExactly(pick, newer);
      assertThat(unn.articles().related(article, 0)).containsExactly(pick);
    }

    @Test
    @DisplayName("drops a pick that was unpublished or deleted")
    void dropsUnpublishedAndDeleted() {
      Article unpublished = published(Newsroom.draft("Знята"));
      Article deleted = published(Newsroom.draft("Видалена"));
      Article kept = published(Newsroom.draft("Лишається"));
      Article article =
          published(Newsroom.draft("Головна").related(unpublished.id(), deleted.id(), kept.id()));
      unn.articles().unpublish(unpublished.id());
      unn.articles().delete(deleted.id());

      Article current = unn.articles().get(article.id());
      assertThat(current.related()).containsExactly(unpublished.id(), kept.id());
      assertThat(unn.articles().related(current, 5)).containsExactly(kept);
    }

    @Test
    @DisplayName("refuses a count out of range and another tenant's article")
    void refusesBadArguments() {
      Article article = published(Newsroom.draft("Головна"));
      assertThatThrownBy(() -> unn.articles().related(article, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("automatic");
      assertThatThrownBy(() -> unn.articles().related(article, 51))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> newsroom.city().articles().related(article, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("belongs to tenant unn");
    }
  }
}
