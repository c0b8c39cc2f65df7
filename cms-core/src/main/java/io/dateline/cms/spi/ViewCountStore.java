package io.dateline.cms.spi;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.views.ViewTotal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Stored view counts: an all-time total per article and per-day buckets for "most read" lists.
 *
 * <p>Thread-safe, and safe to share between nodes: increments are added, never overwritten.
 *
 * @since 0.1.0
 */
public interface ViewCountStore {

  /**
   * Adds a batch atomically: either every increment is added or none is, and one {@link #totals}
   * call sees all of a batch or none of it. A batch whose id was applied before, and not forgotten
   * since by {@link #forgetBatchIds(Duration)}, is ignored, so retrying a batch never counts it
   * twice.
   *
   * @param batch the increments
   * @return {@code true} when applied now, {@code false} when it had been applied before
   * @throws io.dateline.cms.StorageException when the store fails; nothing was added
   */
  boolean add(ViewBatch batch);

  /**
   * Forgets the ids of batches applied more than {@code olderThan} ago, so that the ids kept to
   * make retries idempotent do not accumulate forever. Ids applied within {@code olderThan} are
   * kept: a retry of such a batch is still ignored. A batch sent again after its id was forgotten
   * is applied again. Counts are never changed.
   *
   * <p>Time is the store's own (for a database store, the clock of the JVM that applied the batch),
   * so nodes with slightly different clocks agree to within their skew. {@link
   * io.dateline.cms.views.ViewCounter} calls this about once an hour with its {@code
   * batchIdRetention} (7 days by default); calls from several nodes are safe.
   *
   * @param olderThan how long an applied id is kept; zero forgets every id applied so far
   * @return how many ids (on a database store: rows, one per tenant a batch touched) were forgotten
   * @throws IllegalArgumentException when {@code olderThan} is negative
   * @throws io.dateline.cms.StorageException when the store fails; nothing was forgotten
   */
  int forgetBatchIds(Duration olderThan);

  /**
   * All-time counts of some articles of one tenant.
   *
   * @param tenantId the tenant
   * @param articleIds the articles
   * @return counts by article; articles never viewed (or of another tenant) are absent
   */
  Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds);

  /**
   * The most viewed articles of a tenant over a range of UTC days.
   *
   * @param tenantId the tenant
   * @param fromInclusive first day
   * @param toInclusive last day
   * @param limit the most to return
   * @return highest first; ties by ascending article id
   */
  List<ViewTotal> top(TenantId tenantId, LocalDate fromInclusive, LocalDate toInclusive, int limit);

  /**
   * The most viewed articles of a tenant of all time.
   *
   * @param tenantId the tenant
   * @param limit the most to return
   * @return highest first; ties by ascending article id
   */
  List<ViewTotal> topAllTime(TenantId tenantId, int limit);
}
