package io.dateline.cms.event;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.TenantId;
import java.time.Instant;

/**
 * Something that happened to an article, delivered to {@link ArticleListener}s after the change was
 * stored.
 *
 * <p>All implementations are immutable records.
 *
 * @since 0.1.0
 */
public sealed interface ArticleEvent
    permits ArticleEvent.Created,
        ArticleEvent.Updated,
        ArticleEvent.Scheduled,
        ArticleEvent.Published,
        ArticleEvent.Unpublished,
        ArticleEvent.Archived,
        ArticleEvent.Deleted {

  /**
   * The article as stored after the change (for {@link Deleted}, as it was before deletion).
   *
   * @return the article
   */
  Article article();

  /**
   * When the change was stored, by the injected clock.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * The article's tenant.
   *
   * @return the tenant id
   */
  default TenantId tenantId() {
    return article().tenantId();
  }

  /**
   * A new draft was stored.
   *
   * @param article the stored article
   * @param occurredAt when
   */
  record Created(Article article, Instant occurredAt) implements ArticleEvent {}

  /**
   * The content changed.
   *
   * @param article the stored article
   * @param previous the state before the change
   * @param occurredAt when
   */
  record Updated(Article article, Article previous, Instant occurredAt) implements ArticleEvent {}

  /**
   * The article was scheduled to appear at {@link Article#publishAt()}.
   *
   * @param article the stored article
   * @param occurredAt when
   */
  record Scheduled(Article article, Instant occurredAt) implements ArticleEvent {}

  /**
   * The article became visible, by an editor or because its scheduled time came.
   *
   * @param article the stored article
   * @param occurredAt when
   */
  record Published(Article article, Instant occurredAt) implements ArticleEvent {}

  /**
   * The article was taken down.
   *
   * @param article the stored article
   * @param occurredAt when
   */
  record Unpublished(Article article, Instant occurredAt) implements ArticleEvent {}

  /**
   * The article was archived.
   *
   * @param article the stored article
   * @param occurredAt when
   */
  record Archived(Article article, Instant occurredAt) implements ArticleEvent {}

  /**
   * The article was deleted.
   *
   * @param article the article as it was
   * @param occurredAt when
   */
  record Deleted(Article article, Instant occurredAt) implements ArticleEvent {}
}
