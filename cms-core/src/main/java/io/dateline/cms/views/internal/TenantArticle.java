package io.dateline.cms.views.internal;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;

/**
 * An article within its tenant: the key of per-article sums.
 *
 * @param tenantId the tenant
 * @param articleId the article
 * @since 0.1.0
 */
public record TenantArticle(TenantId tenantId, ArticleId articleId) {}
