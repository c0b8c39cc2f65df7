package io.dateline.cms.storage.jpa.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The identifier of a {@link ViewDailyEntity}. */
public class ViewDailyId implements Serializable {
  private static final long serialVersionUID = 1L;

  String tenantId;
  UUID articleId;
  LocalDate viewDay;

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
