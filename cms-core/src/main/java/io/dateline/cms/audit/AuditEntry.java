package io.dateline.cms.audit;

import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.TenantId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a tenant's audit log: who did what to which object, and when.
 *
 * @param sequence the entry's number, assigned by the storage when it stored the entry: positive,
 *     unique within the store, and larger for entries stored later; pages are cut by it
 * @param record what the command did
 * @since 0.1.0
 */
public record AuditEntry(long sequence, AuditRecord record) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException when the sequence is not positive
   */
  public AuditEntry {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be positive, was " + sequence);
    }
    Objects.requireNonNull(record, "record");
  }

  /**
   * The tenant.
   *
   * @return the tenant whose content changed
   */
  public TenantId tenantId() {
    return record.tenantId();
  }

  /**
   * When the command ran.
   *
   * @return the time, to the microsecond
   */
  public Instant at() {
    return record.at();
  }

  /**
   * Who ran the command.
   *
   * @return the actor's id
   */
  public String actorId() {
    return record.actorId();
  }

  /**
   * The actor's display name when the command ran.
   *
   * @return the name
   */
  public String actorName() {
    return record.actorName();
  }

  /**
   * What the command did.
   *
   * @return the action
   */
  public AuditAction action() {
    return record.action();
  }

  /**
   * The kind of object the command acted on.
   *
   * @return the subject kind
   */
  public AuditSubject subject() {
    return record.subject();
  }

  /**
   * The id of the object the command acted on.
   *
   * @return the id in its canonical text form
   */
  public String subjectId() {
    return record.subjectId();
  }

  /**
   * The article the command was about.
   *
   * @return the article, or {@code null} for a directory entry
   */
  public @Nullable ArticleId articleId() {
    return record.articleId();
  }

  /**
   * A short note about the command.
   *
   * @return the note, or {@code null}
   */
  public @Nullable String detail() {
    return record.detail();
  }
}
