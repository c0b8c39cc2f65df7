package io.dateline.cms.spi;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Views of one article on one day (UTC) to add to the stored counts.
 *
 * @param tenantId the tenant
 * @param articleId the article
 * @param day the UTC day the views happened on
 * @param views how many, at least 1
 * @since 0.1.0
 */
public record ViewIncrement(TenantId tenantId, ArticleId articleId, LocalDate day, long views) {
  /** Checks the values. */
  public ViewIncrement {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(day, "day");
    if (views < 1) {
      throw new IllegalArgumentException("views must be at least 1: " + views);
    }
  }
}
