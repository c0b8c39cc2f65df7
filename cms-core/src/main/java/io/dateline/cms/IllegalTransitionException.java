package io.dateline.cms;

import io.dateline.cms.model.ArticleStatus;

/**
 * The article's status does not allow the requested step; nothing was stored.
 *
 * @since 0.1.0
 */
public final class IllegalTransitionException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final ArticleStatus from;
  private final ArticleStatus to;

  /**
   * Creates the exception.
   *
   * @param articleId the article
   * @param from its current status
   * @param to the wanted status
   */
  public IllegalTransitionException(Object articleId, ArticleStatus from, ArticleStatus to) {
    super(
        "Article '"
            + articleId
            + "' cannot move from "
            + from
            + " to "
            + to
            + "; allowed from "
            + from
            + ": "
            + from.next());
    this.from = from;
    this.to = to;
  }

  /**
   * The current status.
   *
   * @return the status
   */
  public ArticleStatus from() {
    return from;
  }

  /**
   * The refused status.
   *
   * @return the status
   */
  public ArticleStatus to() {
    return to;
  }
}
