package io.dateline.cms.storage.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identifier of an {@link ArticleRefEntity}. */
public class ArticleRefId implements Serializable {
  private static final long serialVersionUID = 1L;

  String tenantId;
  UUID articleId;
  String refKind;
  UUID refId;

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
