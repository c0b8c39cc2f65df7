package io.dateline.cms;

import static io.dateline.cms.Newsroom.UK;
import static io.dateline.cms.Newsroom.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.views.ViewPeriod;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("A null argument fails with a message naming it")
class NullArgumentsTest {
  @AutoClose private static final Newsroom NEWSROOM = new Newsroom();
  private static final TenantContent UNN = NEWSROOM.unn();

  private static Arguments call(String what, String message, ThrowingCallable call) {
    return Arguments.of(what, message, call);
  }

  static Stream<Arguments> articleCalls() {
    ArticleService a = UNN.articles();
    String id = "article id must not be null";
    return Stream.of(
        call("find", id, () -> a.find(null)),
        call("get", id, () -> a.get(null)),
        call("update", id, () -> a.update(null, 0, draft("Заголовок").build())),
        call("publish", id, () -> a.publish(null)),
        call("schedule", id, () -> a.schedule(null, Instant.parse("2100-01-01T00:00:00Z"))),
        call("unpublish", id, () -> a.unpublish(null)),
        call("archive", id, () -> a.archive(null)),
        call("cancelSchedule", id, () -> a.cancelSchedule(null)),
        call("delete", id, () -> a.delete(null)),
        call("translations", id, () -> a.translations(null)),
        call("findBySlug", "slug must not be null", () -> a.findBySlug(null)),
        call("findPublishedBySlug", "slug must not be null", () -> a.findPublishedBySlug(null)),
        call("findWithTranslations", "slug must not be null", () -> a.findWithTranslations(null)),
        call("list", "query must not be null", () -> a.list(null)),
        call("list with others", "query must not be null", () -> a.list(null, List.of())),
        call(
            "list with null others",
            "alsoReferenced must not be null",
            () -> a.list(ArticleQuery.anyStatus(), null)),
        call("count", "query must not be null", () -> a.count(null)),
        call("references", "articles must not be null", () -> a.references(null)),
        call(
            "mostRead",
            "language must not be null",
            () -> a.mostRead(null, ViewPeriod.ALL_TIME, 5)));
  }

  @ParameterizedTest(name = "ArticleService.{0}")
  @MethodSource("articleCalls")
  @DisplayName("on the article service")
  void articles(String what, String message, ThrowingCallable call) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(message);
  }

  static Stream<Arguments> directoryCalls() {
    LocalizedText name = LocalizedText.of("uk", "Ім'я");
    return Stream.of(
            calls("author", UNN.authors(), AuthorDraft.named(name)),
            calls("tag", UNN.tags(), TagDraft.of(TagKind.TOPIC, name)),
            calls("location", UNN.locations(), LocationDraft.of(LocationKind.CITY, name)),
            calls("section", UNN.sections(), SectionDraft.of(name)))
        .flatMap(s -> s);
  }

  private static <T, I, D> Stream<Arguments> calls(
      String kind, DirectoryService<T, I, D> service, D draft) {
    String id = kind + " id must not be null";
    return Stream.of(
        call(kind + ".find", id, () -> service.find(null)),
        call(kind + ".get", id, () -> service.get(null)),
        call(kind + ".update", id, () -> service.update(null, draft)),
        call(kind + ".delete", id, () -> service.delete(null)),
        call(kind + ".findBySlug", "slug must not be null", () -> service.findBySlug(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("directoryCalls")
  @DisplayName("on the author, tag, location and section services")
  void directories(String what, String message, ThrowingCallable call) {
    assertThatThrownBy(call).isExactlyInstanceOf(NullPointerException.class).hasMessage(message);
  }

  @Test
  @DisplayName("a null draft stays a typed validation error, not a NullPointerException")
  void nullDraft() {
    assertThatThrownBy(() -> UNN.articles().create(null))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("draft must not be null");
    assertThatThrownBy(() -> UNN.tags().create(null)).isInstanceOf(ValidationException.class);
    assertThat(UNN.tenant().defaultLocale()).isEqualTo(UK);
  }
}
