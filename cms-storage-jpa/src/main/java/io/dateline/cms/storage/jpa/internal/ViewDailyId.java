package io.dateline.cms.storage.jpa.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The identifier of a {@link ViewDailyEntity}.
 *
 * @since 0.1.0
 */
public class ViewDailyId implements Serializable {
  private static final long serialVersionUID = 1L;

  @Nullable String tenantId;
  @Nullable UUID articleId;
  @Nullable LocalDate viewDay;

  /** For Hibernate. */
  protected ViewDailyId() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof ViewDailyId other
        && Objects.equals(tenantId, other.tenantId)
        && Objects.equals(articleId, other.articleId)
        && Objects.equals(viewDay, other.viewDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenantId, articleId, viewDay);
  }
}
