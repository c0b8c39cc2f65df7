package io.dateline.cms.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.ValidationException;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Queries and cursors")
class PageCursorTest {

  @Nested
  @DisplayName("a page cursor")
  class Cursor {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "2026-03-01T09:00:00Z",
          "2026-03-01T09:00:00.123456789Z",
          "1969-12-31T23:59:59.999999999Z",
          "0001-01-01T00:00:00Z",
          "9999-12-31T23:59:59.999999999Z"
        })
    @DisplayName("survives encode and decode unchanged")
    void roundTrip(String instant) {
      PageCursor cursor =
          new PageCursor(Instant.parse(instant), ArticleId.of(new UUID(-1L, Long.MIN_VALUE)));

      String token = cursor.encode();

      assertThat(token).matches("[A-Za-z0-9_-]+");
      assertThat(PageCursor.decode(token)).isEqualTo(cursor);
    }

    @Test
    @DisplayName("refuses a token that is not one of its own with a ValidationException")
    void malformed() {
      assertThatThrownBy(() -> PageCursor.decode("!!"))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.violations()).hasSize(1);
                assertThat(e.violations().get(0).path()).isEqualTo("cursor");
                assertThat(e.violations().get(0).rule()).isEqualTo("Cursor");
              });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "+10000-01-01T00:00:00Z",
          "+294277-01-01T00:00:00Z",
          "+1000000000-12-31T23:59:59.999999999Z",
          "0000-12-31T23:59:59.999999999Z",
          "-1000000000-01-01T00:00:00Z"
        })
    @DisplayName("refuses a time outside the years 1 to 9999 with a ValidationException")
    void timeOutOfRange(String instant) {
      String token =
          new PageCursor(Instant.parse(instant), ArticleId.of(new UUID(1L, 2L))).encode();

      assertThatThrownBy(() -> PageCursor.decode(token))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e -> {
                assertThat(e.violations()).hasSize(1);
                assertThat(e.violations().get(0).path()).isEqualTo("cursor");
                assertThat(e.violations().get(0).message()).contains("1 to 9999");
              });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "99999999999999999999.0.00000000-0000-0001-0000-000000000002",
          "0.1000000000.00000000-0000-0001-0000-000000000002",
          "0.-1.00000000-0000-0001-0000-000000000002",
          "31556889864403200.0.00000000-0000-0001-0000-000000000002"
        })
    @DisplayName("refuses out-of-range numbers inside a token with a ValidationException")
    void numbersOutOfRange(String raw) {
      String token =
          java.util.Base64.getUrlEncoder()
              .withoutPadding()
              .encodeToString(raw.getBytes(java.nio.charset.StandardCharsets.US_ASCII));

      assertThatThrownBy(() -> PageCursor.decode(token)).isInstanceOf(ValidationException.class);
    }

    @Test
    @DisplayName("needs both a time and an id")
    void requiresFields() {
      assertThatThrownBy(() -> new PageCursor(null, ArticleId.random()))
          .isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> new PageCursor(Instant.EPOCH, null))
          .isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  @DisplayName("an article query")
  class Query {

    @Test
    @DisplayName("starts from published articles, twenty a page, unfiltered")
    void defaults() {
      ArticleQuery query = ArticleQuery.published();

      assertThat(query.statuses()).containsExactly(ArticleStatus.PUBLISHED);
      assertThat(query.limit()).isEqualTo(ArticleQuery.DEFAULT_LIMIT);
      assertThat(query.after()).isNull();
      assertThat(query.language()).isNull();
      assertThat(ArticleQuery.anyStatus().statuses())
          .containsExactlyInAnyOrder(ArticleStatus.values());
    }

    @Test
    @DisplayName("returns a new query from each refinement and leaves the original alone")
    void immutable() {
      ArticleQuery base = ArticleQuery.published();
      PageCursor cursor = new PageCursor(Instant.EPOCH, ArticleId.random());

      ArticleQuery refined = base.limit(5).exclusive(true).after(cursor);

      assertThat(refined.limit()).isEqualTo(5);
      assertThat(refined.exclusive()).isTrue();
      assertThat(refined.after()).isEqualTo(cursor);
      assertThat(base).isEqualTo(ArticleQuery.published());
    }

    @Test
    @DisplayName("copies its statuses so later changes to the caller's set do not leak in")
    void copiesStatuses() {
      Set<ArticleStatus> statuses = EnumSet.of(ArticleStatus.DRAFT);
      ArticleQuery query = ArticleQuery.builder(statuses).limit(10).build();
      statuses.add(ArticleStatus.ARCHIVED);

      assertThat(query.statuses()).containsExactly(ArticleStatus.DRAFT);
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, -5, ArticleQuery.MAX_LIMIT + 1})
    @DisplayName("refuses a page size outside 1 to 200")
    void limits(int limit) {
      assertThatThrownBy(() -> ArticleQuery.published().limit(limit))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.valueOf(limit));
      assertThat(ArticleQuery.published().limit(ArticleQuery.MAX_LIMIT).limit()).isEqualTo(200);
    }

    @Test
    @DisplayName("refuses an empty status set")
    void noStatuses() {
      assertThatThrownBy(() -> ArticleQuery.builder(Set.of()).build())
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("builds every filter and copies with toBuilder, equal when all values are")
    void builderAndCopies() {
      SectionId section = SectionId.random();
      TagId tag = TagId.random();
      ArticleQuery built =
          ArticleQuery.builder(EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED))
              .language(Locale.ENGLISH)
              .section(section)
              .tag(tag)
              .exclusive(true)
              .limit(7)
              .build();
      ArticleQuery chained =
          ArticleQuery.withStatus(ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED)
              .inLanguage(Locale.ENGLISH)
              .inSection(section)
              .withTag(tag)
              .exclusive(true)
              .limit(7);

      assertThat(built).isEqualTo(chained).hasSameHashCodeAs(chained);
      assertThat(built.toString()).startsWith("ArticleQuery[statuses=").contains("limit=7");
      assertThat(built.author()).isNull();
      assertThat(built.limit()).isEqualTo(7);
      ArticleQuery copy = built.toBuilder().tag(null).limit(3).build();
      assertThat(copy.tag()).isNull();
      assertThat(copy.section()).isEqualTo(section);
      assertThat(copy.limit()).isEqualTo(3);
      assertThat(built.tag()).isEqualTo(tag);
      assertThat(copy).isNotEqualTo(built);
      assertThat(ArticleQuery.builder(Set.of(ArticleStatus.PUBLISHED)).build())
          .isEqualTo(ArticleQuery.published());
      assertThatThrownBy(() -> built.toBuilder().limit(0).build())
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
