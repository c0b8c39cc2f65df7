package io.dateline.cms.views;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ViewBatch;
import io.dateline.cms.spi.ViewCountStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A store that hands every call to a real one: the tests' flaky, counting and interleaving stores
 * extend it and override only the calls they watch.
 */
abstract class ForwardingViewCountStore implements ViewCountStore {
  private final ViewCountStore delegate;

  ForwardingViewCountStore(ViewCountStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean add(ViewBatch batch) {
    return delegate.add(batch);
  }

  @Override
  public Map<ArticleId, Long> totals(TenantId tenantId, Collection<ArticleId> articleIds) {
    return delegate.totals(tenantId, articleIds);
  }

  @Override
  public List<ViewTotal> top(
      TenantId tenantId, LocalDate fromInclusive, LocalDate toInclusive, int limit) {
    return delegate.top(tenantId, fromInclusive, toInclusive, limit);
  }

  @Override
  public List<ViewTotal> topAllTime(TenantId tenantId, int limit) {
    return delegate.topAllTime(tenantId, limit);
  }

  @Override
  public int forgetBatchIds(Duration olderThan) {
    return delegate.forgetBatchIds(olderThan);
  }
}
