package io.dateline.cms.spi;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One tenant's former slugs: which object an old slug of a kind last named, so that its old URL can
 * be redirected to the object's current one. Thread-safe; every call is confined to the tenant of
 * the {@link TenantStorage} that handed it out.
 *
 * <p>A record maps (kind, old slug) to the id of the object it now leads to; following the id to
 * the object's current slug makes chains collapse by themselves ({@code a → b → c}: both {@code a}
 * and {@code b} name the object, whose slug is {@code c}). At most one record exists per kind and
 * slug: a newer one replaces an older one. A record never reserves its slug: new content may take
 * it, and readers consult the history only when no current object has the slug, so the new owner
 * wins over the redirect.
 *
 * <p>Writes here are bookkeeping: they append nothing to the change feed (the rename or merge that
 * causes them does).
 *
 * @since 0.1.0
 */
public interface SlugHistory {

  /**
   * Records that {@code oldSlug} of {@code kind} now leads to {@code target}, replacing any earlier
   * record of that slug. Atomic: racing writers leave exactly one of their records.
   *
   * @param kind the kind; never {@code null}
   * @param oldSlug the former slug, a valid slug; never {@code null}
   * @param target the id of the object it leads to; never {@code null}
   */
  void record(SlugKind kind, String oldSlug, UUID target);

  /**
   * Runs the content write that takes an object away from {@code oldSlug} and records that the slug
   * now leads to {@code target}, as {@link #record} does. A store with transactions should store
   * the record in the write's own transaction, so that no failure between the two can leave the old
   * URL without its redirect; the JPA store does, through the change-feed append every content
   * write makes. The default runs the write and records after it succeeded; a write that throws
   * records nothing either way.
   *
   * @param kind the kind; never {@code null}
   * @param oldSlug the former slug; never {@code null}
   * @param target the renamed object's id; never {@code null}
   * @param write the rename; never {@code null}
   * @param <R> what the write returns
   * @return what the write returned
   * @since 0.1.0
   */
  default <R> R recordWith(SlugKind kind, String oldSlug, UUID target, Supplier<R> write) {
    R result = write.get();
    record(kind, oldSlug, target);
    return result;
  }

  /**
   * The object a former slug leads to.
   *
   * @param kind the kind; never {@code null}
   * @param oldSlug the slug, compared exactly; never {@code null}
   * @return the target's id, or empty when this tenant has no record of the slug
   */
  Optional<UUID> find(SlugKind kind, String oldSlug);

  /**
   * Makes every record of {@code kind} that leads to {@code from} lead to {@code to} instead, as
   * when one tag is merged into another.
   *
   * @param kind the kind; never {@code null}
   * @param from the former target; never {@code null}
   * @param to the new target; never {@code null}
   * @return how many records changed
   */
  int retarget(SlugKind kind, UUID from, UUID to);

  /**
   * Forgets every record of {@code kind} leading to {@code target}, as when it is deleted.
   *
   * @param kind the kind; never {@code null}
   * @param target the target; never {@code null}
   * @return how many records were deleted
   */
  int forget(SlugKind kind, UUID target);
}
