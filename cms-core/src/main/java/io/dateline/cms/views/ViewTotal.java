package io.dateline.cms.views;

import io.dateline.cms.model.ArticleId;

/**
 * An article's view count over some period.
 *
 * @param articleId the article
 * @param views the number of views
 */
public record ViewTotal(ArticleId articleId, long views) {}
