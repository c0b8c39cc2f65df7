package io.dateline.cms;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.Block;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The differences between two revisions of one article: the fields whose values differ, and the
 * body's blocks that were inserted, removed or changed.
 *
 * @param articleId the article
 * @param from the number of the older side of the comparison (the "before")
 * @param to the number of the other side (the "after")
 * @param fields the fields that differ, in the order of {@link #COMPARED_FIELDS}; never {@code
 *     null}
 * @param blocks the body's changes in body order; never {@code null}
 * @since 0.1.0
 */
public record RevisionDiff(
    ArticleId articleId, int from, int to, List<FieldChange> fields, List<BlockChange> blocks) {

  /**
   * The fields a comparison looks at, by their {@link io.dateline.cms.model.Article} accessor
   * names. The body is compared block by block instead; housekeeping values ({@code updatedAt},
   * {@code createdAt}, {@code version}) are not compared.
   */
  public static final List<String> COMPARED_FIELDS =
      List.of(
          "slug",
          "language",
          "translationKey",
          "headline",
          "lead",
          "authors",
          "primarySection",
          "sections",
          "tags",
          "dateline",
          "places",
          "sources",
          "exclusive",
          "featuredImage",
          "seo",
          "related",
          "status",
          "publishAt",
          "firstPublishedAt");

  /** Copies the lists. */
  public RevisionDiff {
    Objects.requireNonNull(articleId, "articleId");
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
  }

  /**
   * Whether the two revisions hold the same compared values and the same body.
   *
   * @return {@code true} when there is no field change and no block change
   */
  public boolean isEmpty() {
    return fields.isEmpty() && blocks.isEmpty();
  }

  /**
   * One field whose value differs.
   *
   * @param field the field's name, one of {@link #COMPARED_FIELDS}
   * @param before its value in the {@code from} revision, or {@code null} when it had none
   * @param after its value in the {@code to} revision, or {@code null} when it has none
   * @since 0.1.0
   */
  public record FieldChange(String field, @Nullable Object before, @Nullable Object after) {
    /** Checks the name. */
    public FieldChange {
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * What happened to a block.
   *
   * @since 0.1.0
   */
  public enum BlockChangeKind {
    /** The block is new in the {@code to} revision. */
    INSERTED,
    /** The block of the {@code from} revision is gone. */
    REMOVED,
    /** A block took the place of another one at this point of the body. */
    CHANGED
  }

  /**
   * One change of the body.
   *
   * @param kind what happened
   * @param beforeIndex the block's index in the {@code from} body, or -1 for {@link
   *     BlockChangeKind#INSERTED}
   * @param afterIndex the block's index in the {@code to} body, or -1 for {@link
   *     BlockChangeKind#REMOVED}
   * @param before the block of the {@code from} body, or {@code null} for an insertion
   * @param after the block of the {@code to} body, or {@code null} for a removal
   * @since 0.1.0
   */
  public record BlockChange(
      BlockChangeKind kind,
      int beforeIndex,
      int afterIndex,
      @Nullable Block before,
      @Nullable Block after) {
    /** Checks that the sides match the kind. */
    public BlockChange {
      Objects.requireNonNull(kind, "kind");
      boolean hasBefore = before != null && beforeIndex >= 0;
      boolean hasAfter = after != null && afterIndex >= 0;
      boolean consistent =
          switch (kind) {
            case INSERTED -> !hasBefore && hasAfter && before == null && beforeIndex == -1;
            case REMOVED -> hasBefore && !hasAfter && after == null && afterIndex == -1;
            case CHANGED -> hasBefore && hasAfter;
          };
      if (!consistent) {
        throw new IllegalArgumentException(
            "a " + kind + " block change needs exactly the sides that kind has");
      }
    }
  }
}
