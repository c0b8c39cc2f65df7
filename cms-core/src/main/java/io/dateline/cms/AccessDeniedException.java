package io.dateline.cms;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Authorizer} refused a command. Nothing was validated or stored. Over HTTP it means 403
 * Forbidden.
 *
 * @since 0.1.0
 */
public final class AccessDeniedException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final String actorId;
  private final TenantId tenantId;
  private final Action action;
  private final @Nullable ArticleId articleId;

  /**
   * Creates the exception for a refused request.
   *
   * @param request the refused request
   */
  public AccessDeniedException(AuthorizationRequest request) {
    super(
        "Actor '"
            + request.actor().id()
            + "' may not "
            + request.action()
            + (request.articleId() == null ? "" : " article '" + request.articleId() + "'")
            + " in tenant '"
            + request.tenantId()
            + "'");
    this.actorId = request.actor().id();
    this.tenantId = request.tenantId();
    this.action = request.action();
    this.articleId = request.articleId();
  }

  /**
   * Who was refused.
   *
   * @return the actor's id
   */
  public String actorId() {
    return actorId;
  }

  /**
   * Where.
   *
   * @return the tenant
   */
  public TenantId tenantId() {
    return tenantId;
  }

  /**
   * What was refused.
   *
   * @return the action
   */
  public Action action() {
    return action;
  }

  /**
   * The article the refused command acted on.
   *
   * @return the article, or {@code null}
   */
  public @Nullable ArticleId articleId() {
    return articleId;
  }
}
