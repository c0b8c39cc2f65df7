package io.dateline.cms;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the {@link Authorizer} is asked to decide: may this actor do this in this tenant?
 *
 * @param actor who issued the command
 * @param tenantId the tenant the command writes to
 * @param action what the command does
 * @param articleId the article the command acts on, or {@code null} when it creates one or acts on
 *     the directory
 * @since 0.1.0
 */
public record AuthorizationRequest(
    Actor actor, TenantId tenantId, Action action, @Nullable ArticleId articleId) {

  /** Checks that the required parts are present. */
  public AuthorizationRequest {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(action, "action");
  }
}
