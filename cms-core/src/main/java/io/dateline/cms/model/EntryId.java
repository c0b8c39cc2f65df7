package io.dateline.cms.model;

import io.dateline.cms.internal.TimeOrderedUuid;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an entry of an application-defined directory kind within its tenant (the value is
 * globally unique, so it never clashes across tenants either).
 *
 * <p>Immutable and thread-safe. New ids are time-ordered UUIDs (version 7): they sort roughly by
 * creation time, which keeps database indexes compact. Ordering compares the 128 bits as unsigned
 * numbers, the same order PostgreSQL and H2 use for their {@code uuid} type.
 *
 * @param value the UUID; never {@code null}
 * @since 0.1.0
 */
public record EntryId(UUID value) implements Comparable<EntryId> {
  /** Rejects {@code null}. */
  public EntryId {
    Objects.requireNonNull(value, "entry id must not be null");
  }

  /**
   * Returns a new, random, time-ordered id.
   *
   * @return a fresh id; never {@code null}
   */
  public static EntryId random() {
    return new EntryId(TimeOrderedUuid.next());
  }

  /**
   * Parses the canonical text form returned by {@link #toString()}.
   *
   * @param text a UUID in its 36-character form
   * @return the id
   * @throws IllegalArgumentException when {@code text} is not a UUID
   */
  public static EntryId parse(String text) {
    Objects.requireNonNull(text, "entry id text must not be null");
    return new EntryId(UUID.fromString(text));
  }

  /**
   * Wraps an existing UUID.
   *
   * @param value the UUID
   * @return the id
   */
  public static EntryId of(UUID value) {
    return new EntryId(value);
  }

  @Override
  public int compareTo(EntryId other) {
    return TimeOrderedUuid.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
