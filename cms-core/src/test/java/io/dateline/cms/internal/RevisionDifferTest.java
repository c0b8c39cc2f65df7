package io.dateline.cms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.RevisionDiff.BlockChange;
import io.dateline.cms.RevisionDiff.BlockChangeKind;
import io.dateline.cms.RevisionRetention;
import io.dateline.cms.model.Block;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Revision comparison and retention")
class RevisionDifferTest {
  private static final Block A = Block.Paragraph.of("A");
  private static final Block B = Block.Paragraph.of("B");
  private static final Block C = Block.Heading.of("C");
  private static final Block X = Block.Paragraph.of("X");
  private static final Block Y = Block.Paragraph.of("Y");

  @Nested
  @DisplayName("the block diff")
  class Blocks {
    @Test
    @DisplayName("finds nothing between equal bodies, empty ones included")
    void equalBodies() {
      assertThat(RevisionDiffer.blocks(List.of(A, B, C), List.of(A, B, C))).isEmpty();
      assertThat(RevisionDiffer.blocks(List.of(), List.of())).isEmpty();
    }

    @Test
    @DisplayName("lists every block of a new body as inserted and of an emptied one as removed")
    void fromAndToNothing() {
      assertThat(RevisionDiffer.blocks(List.of(), List.of(A, B)))
          .containsExactly(
              new BlockChange(BlockChangeKind.INSERTED, -1, 0, null, A),
              new BlockChange(BlockChangeKind.INSERTED, -1, 1, null, B));
      assertThat(RevisionDiffer.blocks(List.of(A, B), List.of()))
          .containsExactly(
              new BlockChange(BlockChangeKind.REMOVED, 0, -1, A, null),
              new BlockChange(BlockChangeKind.REMOVED, 1, -1, B, null));
    }

    @Test
    @DisplayName("pairs a replaced block as changed and keeps the blocks around it")
    void replacement() {
      assertThat(RevisionDiffer.blocks(List.of(A, B, C), List.of(A, X, C)))
          .containsExactly(new BlockChange(BlockChangeKind.CHANGED, 1, 1, B, X));
    }

    @Test
    @DisplayName("reports a moved block as removed in one place and inserted in another")
    void move() {
      assertThat(RevisionDiffer.blocks(List.of(A, B, C), List.of(B, C, A)))
          .containsExactly(
              new BlockChange(BlockChangeKind.REMOVED, 0, -1, A, null),
              new BlockChange(BlockChangeKind.INSERTED, -1, 2, null, A));
    }

    @Test
    @DisplayName("handles changes at both ends of the body")
    void bothEnds() {
      assertThat(RevisionDiffer.blocks(List.of(A, B, C), List.of(X, B, Y)))
          .containsExactly(
              new BlockChange(BlockChangeKind.CHANGED, 0, 0, A, X),
              new BlockChange(BlockChangeKind.CHANGED, 2, 2, C, Y));
    }

    @Test
    @DisplayName("refuses a block change whose sides do not fit its kind")
    void inconsistentChange() {
      assertThatThrownBy(() -> new BlockChange(BlockChangeKind.INSERTED, 0, 0, A, B))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new BlockChange(BlockChangeKind.CHANGED, 0, -1, A, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  @DisplayName("the retention policy")
  class Retention {
    @Test
    @DisplayName("keeps everything by default and combines a count with an age")
    void combinations() {
      assertThat(RevisionRetention.ALL.keepsAll()).isTrue();
      RevisionRetention both = RevisionRetention.keepLast(5).withMaxAge(Duration.ofDays(30));
      assertThat(both.keepLast()).isEqualTo(5);
      assertThat(both.maxAge()).contains(Duration.ofDays(30));
      assertThat(both.keepsAll()).isFalse();
      assertThat(RevisionRetention.maxAge(Duration.ofDays(1)).keepLast()).isZero();
    }

    @Test
    @DisplayName("refuses a count below one and an age that is not positive")
    void badSettings() {
      assertThatThrownBy(() -> RevisionRetention.keepLast(0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RevisionRetention.maxAge(Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> RevisionRetention.maxAge(Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
