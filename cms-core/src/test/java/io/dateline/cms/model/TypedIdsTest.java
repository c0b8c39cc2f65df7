package io.dateline.cms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Typed ids")
class TypedIdsTest {

  /** One row per id type: its name, how to wrap a UUID and how to parse text. */
  static Stream<Arguments> idTypes() {
    return Stream.of(
        Arguments.of(
            "ArticleId",
            (Function<UUID, Object>) ArticleId::of,
            (Function<String, Object>) ArticleId::parse),
        Arguments.of(
            "AuthorId",
            (Function<UUID, Object>) AuthorId::of,
            (Function<String, Object>) AuthorId::parse),
        Arguments.of(
            "TagId", (Function<UUID, Object>) TagId::of, (Function<String, Object>) TagId::parse),
        Arguments.of(
            "LocationId",
            (Function<UUID, Object>) LocationId::of,
            (Function<String, Object>) LocationId::parse),
        Arguments.of(
            "SectionId",
            (Function<UUID, Object>) SectionId::of,
            (Function<String, Object>) SectionId::parse));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  @DisplayName("print as the canonical UUID and parse back to an equal id")
  void roundTrip(String type, Function<UUID, Object> wrap, Function<String, Object> parse) {
    UUID uuid = UUID.fromString("01a2211b-496b-75d8-9f68-597e4462caf0");
    Object id = wrap.apply(uuid);

    assertThat(id.toString()).isEqualTo("01a2211b-496b-75d8-9f68-597e4462caf0");
    assertThat(parse.apply(id.toString())).isEqualTo(id);
    assertThatThrownBy(() -> parse.apply("not-a-uuid"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> wrap.apply(null)).isInstanceOf(NullPointerException.class);
  }

  @Nested
  @DisplayName("order")
  class Ordering {

    @Test
    @DisplayName("as unsigned 128-bit numbers, unlike UUID.compareTo")
    void unsigned() {
      ArticleId low = ArticleId.of(new UUID(0x7fffffffffffffffL, 0));
      ArticleId high = ArticleId.of(new UUID(0x8000000000000000L, 0));

      assertThat(high.value().compareTo(low.value())).as("UUID's signed order").isNegative();
      assertThat(high).isGreaterThan(low);
      assertThat(ArticleId.of(new UUID(1, -1L))).isGreaterThan(ArticleId.of(new UUID(1, 1L)));
      assertThat(TagId.of(new UUID(-1L, 0))).isGreaterThan(TagId.of(new UUID(0, 0)));
      assertThat(SectionId.of(new UUID(-1L, 0))).isGreaterThan(SectionId.of(new UUID(0, 0)));
      assertThat(AuthorId.of(new UUID(-1L, 0))).isGreaterThan(AuthorId.of(new UUID(0, 0)));
      assertThat(LocationId.of(new UUID(-1L, 0))).isGreaterThan(LocationId.of(new UUID(0, 0)));
    }

    @Test
    @DisplayName("the same way as their canonical text sorts, as databases order uuid columns")
    void matchesTextOrder() {
      List<ArticleId> ids = new ArrayList<>();
      for (long high :
          new long[] {-1L, Long.MIN_VALUE, 0, 1, Long.MAX_VALUE, 0x00ff00ff00ff00ffL}) {
        for (long low : new long[] {-1L, 0, 42, Long.MIN_VALUE}) {
          ids.add(ArticleId.of(new UUID(high, low)));
        }
      }
      Collections.shuffle(ids, new java.util.Random(7));

      List<ArticleId> byId = new ArrayList<>(ids);
      Collections.sort(byId);
      List<ArticleId> byText = new ArrayList<>(ids);
      byText.sort((a, b) -> a.toString().compareTo(b.toString()));

      assertThat(byId).containsExactlyElementsOf(byText);
    }
  }

  @Nested
  @DisplayName("when new")
  class Random {

    @Test
    @DisplayName("are version 7 UUIDs of the RFC 9562 variant, all different")
    void version7() {
      Set<ArticleId> seen = new HashSet<>();
      for (int i = 0; i < 200; i++) {
        ArticleId id = ArticleId.random();
        assertThat(id.value().version()).isEqualTo(7);
        assertThat(id.value().variant()).isEqualTo(2);
        seen.add(id);
      }
      assertThat(seen).hasSize(200);
      assertThat(
              List.of(
                  AuthorId.random().value().version(),
                  TagId.random().value().version(),
                  LocationId.random().value().version(),
                  SectionId.random().value().version()))
          .containsOnly(7);
    }

    @Test
    @DisplayName("carry the current time in their first 48 bits, so later ids sort later")
    void timeOrdered() {
      long before = System.currentTimeMillis();
      ArticleId id = ArticleId.random();
      long after = System.currentTimeMillis();

      long millis = id.value().getMostSignificantBits() >>> 16;
      assertThat(millis).isBetween(before, after);
    }
  }

  @Nested
  @DisplayName("a tenant id")
  class Tenant {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"unn", "city-portal", "a", "0", "a1-b2"})
    @DisplayName("accepts lowercase slugs up to 63 characters")
    void valid(String value) {
      assertThat(TenantId.of(value).toString()).isEqualTo(value);
      assertThat(TenantId.of("a".repeat(63)).value()).hasSize(63);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "UNN", "-unn", "unn-", "un n", "юнн", "unn_2", "unn/x"})
    @DisplayName("refuses anything else, naming the value")
    void invalid(String value) {
      assertThatThrownBy(() -> TenantId.of(value))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + value + "'");
      assertThatThrownBy(() -> TenantId.of("a".repeat(64)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("orders by its text")
    void order() {
      assertThat(TenantId.of("a")).isLessThan(TenantId.of("b"));
    }
  }
}
