package io.dateline.cms;

/**
 * Decides whether an actor may run a command, per tenant and {@link Action}. The embedding
 * application implements it from its own roles and permissions and sets it with {@link
 * Dateline.Builder#authorizer(Authorizer)}:
 *
 * <pre>{@code
 * Authorizer newsroom = request -> switch (request.action()) {
 *   case CREATE, EDIT -> roles.isWriter(request.actor(), request.tenantId());
 *   case PUBLISH, DELETE -> roles.isEditor(request.actor(), request.tenantId());
 *   default -> roles.isAdministrator(request.actor(), request.tenantId());
 * };
 * }</pre>
 *
 * <p>The services ask it at the start of every command, before the command is validated or anything
 * is read or stored; a refusal throws {@link AccessDeniedException} and leaves storage, the change
 * feed and the audit log as they were. Scheduled publication is not asked again when its time
 * comes: the {@link Action#PUBLISH} check happened when the article was scheduled, and the
 * scheduler publishes as {@link Actor#SCHEDULER}.
 *
 * <p>Called on the thread that issues the command, possibly from many threads at once: an
 * implementation must be thread-safe and should be quick. An exception it throws reaches the caller
 * unchanged and the command is not run.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface Authorizer {

  /** Allows every command: the default of {@link Dateline.Builder#authorizer(Authorizer)}. */
  Authorizer ALLOW_ALL = request -> true;

  /**
   * Decides one command.
   *
   * @param request who wants to do what, where
   * @return {@code true} to let the command run, {@code false} to refuse it
   */
  boolean allows(AuthorizationRequest request);
}
