package io.dateline.cms.audit;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one successful command did, as the services hand it to the storage's audit log; the log adds
 * a {@linkplain AuditEntry#sequence() sequence number} when it stores it.
 *
 * @param tenantId the tenant whose content changed
 * @param at when the command ran, to the microsecond
 * @param actorId the {@linkplain io.dateline.cms.Actor#id() id} of who ran it, 1 to 200 characters
 * @param actorName the actor's display name at that time, 1 to 200 characters
 * @param action what the command did
 * @param subject the kind of object it acted on
 * @param subjectId the id of that object in its canonical text form, 1 to 100 characters
 * @param articleId the article the command was about, or {@code null} for a directory entry
 * @param detail a short note (such as the scheduled time), at most {@value #MAX_DETAIL} characters,
 *     or {@code null}
 * @since 0.1.0
 */
public record AuditRecord(
    TenantId tenantId,
    Instant at,
    String actorId,
    String actorName,
    AuditAction action,
    AuditSubject subject,
    String subjectId,
    @Nullable ArticleId articleId,
    @Nullable String detail) {

  /** The longest actor id and actor name. */
  public static final int MAX_ACTOR = 200;

  /** The longest subject id. */
  public static final int MAX_SUBJECT_ID = 100;

  /** The longest detail. */
  public static final int MAX_DETAIL = 1000;

  /**
   * Checks the parts.
   *
   * @throws NullPointerException when a required part is {@code null}
   * @throws IllegalArgumentException when a text is empty or too long, or an article record names
   *     no article
   */
  public AuditRecord {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subject, "subject");
    checkText("actorId", actorId, MAX_ACTOR);
    checkText("actorName", actorName, MAX_ACTOR);
    checkText("subjectId", subjectId, MAX_SUBJECT_ID);
    if (detail != null && detail.length() > MAX_DETAIL) {
      throw new IllegalArgumentException("detail must be at most " + MAX_DETAIL + " characters");
    }
    if (subject == AuditSubject.ARTICLE && articleId == null) {
      throw new IllegalArgumentException("a record about an article must name the article");
    }
  }

  private static void checkText(String name, String value, int max) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1 to " + max + " characters long");
    }
  }
}
