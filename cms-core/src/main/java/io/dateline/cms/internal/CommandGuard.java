package io.dateline.cms.internal;

import io.dateline.cms.AccessDeniedException;
import io.dateline.cms.Action;
import io.dateline.cms.Actor;
import io.dateline.cms.AuthorizationRequest;
import io.dateline.cms.Authorizer;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditRecord;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.AuditLog;
import io.dateline.cms.spi.TenantStorage;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every command of one tenant's services goes through besides its own logic: the {@link
 * Authorizer}, asked first, and the audit log, written with the command's change.
 *
 * @since 0.1.0
 */
public final class CommandGuard {
  private static final Logger LOG = LoggerFactory.getLogger(CommandGuard.class);

  /** Backends already warned about for having no audit log: one warning per class. */
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private final TenantId tenant;
  private final TenantStorage storage;
  private final Clock clock;
  private final Actor actor;
  private final Authorizer authorizer;

  /**
   * Creates the guard.
   *
   * @param tenant the tenant
   * @param storage its storage
   * @param clock where the entries' times come from
   * @param actor who issues the commands
   * @param authorizer decides whether the actor may
   */
  public CommandGuard(
      TenantId tenant, TenantStorage storage, Clock clock, Actor actor, Authorizer authorizer) {
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.storage = Objects.requireNonNull(storage, "storage");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
  }

  /**
   * Who issues the commands.
   *
   * @return the actor
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Asks the authorizer; call it before the command validates, reads or stores anything.
   *
   * @param action what the command does
   * @param article the article it acts on, or {@code null}
   * @throws AccessDeniedException when the authorizer refuses
   */
  public void authorize(Action action, @Nullable ArticleId article) {
    AuthorizationRequest request = new AuthorizationRequest(actor, tenant, action, article);
    if (!authorizer.allows(request)) {
      throw new AccessDeniedException(request);
    }
  }

  /**
   * Runs a command's write and records it in the audit log, with the write's change where the
   * backend allows (see {@link AuditLog#appendWith}).
   *
   * @param action what the command does
   * @param subject the kind of object it acts on
   * @param subjectId that object's id
   * @param article the article, or {@code null} for a directory entry
   * @param detail a short note, or {@code null}
   * @param write the write
   * @param <R> its result
   * @return what the write returned
   */
  public <R> R record(
      AuditAction action,
      AuditSubject subject,
      Object subjectId,
      @Nullable ArticleId article,
      @Nullable String detail,
      Supplier<R> write) {
    AuditLog log = auditLog();
    if (log == null) {
      return write.get();
    }
    AuditRecord record =
        new AuditRecord(
            tenant,
            clock.instant().truncatedTo(ChronoUnit.MICROS),
            actor.id(),
            actor.displayName(),
            action,
            subject,
            subjectId.toString(),
            article,
            detail);
    return log.appendWith(record, write);
  }

  private @Nullable AuditLog auditLog() {
    try {
      return storage.audit();
    } catch (UnsupportedOperationException e) {
      // A backend written before the audit log existed keeps working, without entries.
      if (WARNED.add(e.getMessage() == null ? "" : e.getMessage())) {
        LOG.warn("Commands are not audited: {}", e.getMessage());
      }
      return null;
    }
  }
}
