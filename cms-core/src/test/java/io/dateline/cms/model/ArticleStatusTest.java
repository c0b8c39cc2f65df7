package io.dateline.cms.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("ArticleStatus")
class ArticleStatusTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DRAFT       | SCHEDULED PUBLISHED ARCHIVED",
        "SCHEDULED   | PUBLISHED DRAFT",
        "PUBLISHED   | UNPUBLISHED ARCHIVED",
        "UNPUBLISHED | PUBLISHED SCHEDULED ARCHIVED",
        "ARCHIVED    | ''"
      })
  @DisplayName("moves only to the statuses of the lifecycle diagram")
  void nextTable(ArticleStatus status, String next) {
    Set<ArticleStatus> expected =
        next.isBlank()
            ? EnumSet.noneOf(ArticleStatus.class)
            : Arrays.stream(next.trim().split("\\s+"))
                .map(ArticleStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ArticleStatus.class)));

    assertThat(status.next()).containsExactlyInAnyOrderElementsOf(expected);
    for (ArticleStatus target : ArticleStatus.values()) {
      assertThat(status.canMoveTo(target)).isEqualTo(expected.contains(target));
    }
  }

  @Test
  @DisplayName("never moves to itself and hands out unmodifiable sets")
  void noSelfLoops() {
    for (ArticleStatus status : ArticleStatus.values()) {
      assertThat(status.canMoveTo(status)).isFalse();
      assertThatThrownBy(() -> status.next().add(ArticleStatus.DRAFT))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
