package io.dateline.cms.storage.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of an {@link ArticleRefEntity}.
 *
 * @since 0.1.0
 */
public class ArticleRefId implements Serializable {
  private static final long serialVersionUID = 1L;

  @Nullable String tenantId;
  @Nullable UUID articleId;
  @Nullable String refKind;
  @Nullable UUID refId;

  /** For Hibernate. */
  protected ArticleRefId() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleRefId other
        && Objects.equals(tenantId, other.tenantId)
        && Objects.equals(articleId, other.articleId)
        && Objects.equals(refKind, other.refKind)
        && Objects.equals(refId, other.refId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, articleId, refKind, refId);
  }
}
