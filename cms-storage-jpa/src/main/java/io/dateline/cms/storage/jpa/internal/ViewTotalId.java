package io.dateline.cms.storage.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identifier of a {@link ViewTotalEntity}. */
public class ViewTotalId implements Serializable {
  private static final long serialVersionUID = 1L;

  String tenantId;
  UUID articleId;

  /** For Hibernate. */
  protected ViewTotalId() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof ViewTotalId other
        && Objects.equals(tenantId, other.tenantId)
        && Objects.equals(articleId, other.articleId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, articleId);
  }
}
