package io.dateline.cms.storage.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a {@link ViewTotalEntity}.
 *
 * @since 0.1.0
 */
public class ViewTotalId implements Serializable {
  private static final long serialVersionUID = 1L;

  @Nullable String tenantId;
  @Nullable UUID articleId;

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
