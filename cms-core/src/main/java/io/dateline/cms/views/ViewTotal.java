package io.dateline.cms.views;

import io.dateline.cms.model.ArticleId;

/**
 * An article's view count over some period.
 *
 * @param articleId the article
 * @param views the number of views
 * @since 0.1.0
 */
public record ViewTotal(ArticleId articleId, long views) {}
