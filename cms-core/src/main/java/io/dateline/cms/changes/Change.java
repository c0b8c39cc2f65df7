package io.dateline.cms.changes;

import io.dateline.cms.model.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the change feed: a content change, written by the storage in the same transaction as
 * the change itself, so that it exists exactly when the change does.
 *
 * <p>Positions are positive, unique across all tenants, and increase in the order the changes
 * became visible: a reader that has seen position {@code p} will never later find a change at a
 * position at or below {@code p}. Positions may have gaps.
 *
 * @param position the place in the feed, from 1
 * @param tenantId the tenant whose content changed
 * @param kind what happened
 * @param subjectId the id of what changed: the article, author, tag, location, section, image or
 *     directory entry id as text ({@code ArticleId.toString()} and friends), or the tenant id for
 *     {@link ChangeKind#TENANT_SAVED}
 * @param time when the storage recorded it
 * @since 0.1.0
 */
public record Change(
    long position, TenantId tenantId, ChangeKind kind, String subjectId, Instant time) {

  /** Checks the values. */
  public Change {
    if (position < 1) {
      throw new IllegalArgumentException("position must be at least 1: " + position);
    }
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(time, "time");
  }
}
