package io.dateline.cms.internal;

import io.dateline.cms.RevisionDiff;
import io.dateline.cms.RevisionDiff.BlockChange;
import io.dateline.cms.RevisionDiff.BlockChangeKind;
import io.dateline.cms.RevisionDiff.FieldChange;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Compares two article states field by field and their bodies block by block.
 *
 * <p>The block diff is written here rather than taken from a diff library: the libraries on offer
 * (java-diff-utils and the like) diff lines of text, and would need the blocks turned into text and
 * back, and a dependency of core for some forty lines. A body holds at most 1,000 blocks ({@code
 * ContentBudget.ARTICLE}), so the quadratic longest-common-subsequence table stays small (at most a
 * million ints, and usually a few hundred).
 */
final class RevisionDiffer {
  private RevisionDiffer() {}

  static RevisionDiff compare(Article before, Article after, int from, int to) {
    List<FieldChange> fields = new ArrayList<>();
    for (Map.Entry<String, Function<Article, @Nullable Object>> field :
        ArticleContent.COMPARED.entrySet()) {
      Object a = field.getValue().apply(before);
      Object b = field.getValue().apply(after);
      if (!Objects.equals(a, b)) {
        fields.add(new FieldChange(field.getKey(), a, b));
      }
    }
    return new RevisionDiff(before.id(), from, to, fields, blocks(before.body(), after.body()));
  }

  /**
   * The block changes that turn {@code a} into {@code b}: equal blocks of a longest common
   * subsequence stay; between two of them, the unmatched blocks of both sides pair up in order as
   * CHANGED, and what is left over on one side is REMOVED or INSERTED.
   */
  static List<BlockChange> blocks(List<Block> a, List<Block> b) {
    int n = a.size();
    int m = b.size();
    // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<BlockChange> changes = new ArrayList<>();
    List<Integer> removed = new ArrayList<>();
    List<Integer> inserted = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        flush(a, b, removed, inserted, changes);
        i++;
        j++;
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        inserted.add(j++);
      } else {
        removed.add(i++);
      }
    }
    flush(a, b, removed, inserted, changes);
    return changes;
  }

  private static void flush(
      List<Block> a,
      List<Block> b,
      List<Integer> removed,
      List<Integer> inserted,
      List<BlockChange> changes) {
    int paired = Math.min(removed.size(), inserted.size());
    for (int k = 0; k < paired; k++) {
      int from = removed.get(k);
      int to = inserted.get(k);
      changes.add(new BlockChange(BlockChangeKind.CHANGED, from, to, a.get(from), b.get(to)));
    }
    for (int k = paired; k < removed.size(); k++) {
      int from = removed.get(k);
      changes.add(new BlockChange(BlockChangeKind.REMOVED, from, -1, a.get(from), null));
    }
    for (int k = paired; k < inserted.size(); k++) {
      int to = inserted.get(k);
      changes.add(new BlockChange(BlockChangeKind.INSERTED, -1, to, null, b.get(to)));
    }
    removed.clear();
    inserted.clear();
  }
}
