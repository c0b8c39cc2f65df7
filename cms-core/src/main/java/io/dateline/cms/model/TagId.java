package io.dateline.cms.model;

import io.dateline.cms.internal.TimeOrderedUuid;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a tag within its tenant (the value is globally unique, so it never clashes across
 * tenants either).
 *
 * <p>Immutable and thread-safe. New ids are time-ordered UUIDs (version 7): they sort roughly by
 * creation time, which keeps database indexes compact. Ordering compares the 128 bits as unsigned
 * numbers, the same order PostgreSQL and H2 use for their {@code uuid} type.
 *
 * @param value the UUID; never {@code null}
 * @since 0.1.0
 */
public record TagId(UUID value) implements Comparable<TagId> {
  /** Rejects {@code null}. */
  public TagId {
    Objects.requireNonNull(value, "tag id must not be null");
  }

  /**
   * Returns a new, random, time-ordered id.
   *
   * @return a fresh id; never {@code null}
   */
  public static TagId random() {
    return new TagId(TimeOrderedUuid.next());
  }

  /**
   * Parses the canonical text form returned by {@link #toString()}.
   *
   * @param text a UUID in its 36-character form
   * @return the id
   * @throws IllegalArgumentException when {@code text} is not a UUID
   */
  public static TagId parse(String text) {
    Objects.requireNonNull(text, "tag id text must not be null");
    return new TagId(UUID.fromString(text));
  }

  /**
   * Wraps an existing UUID.
   *
   * @param value the UUID
   * @return the id
   */
  public static TagId of(UUID value) {
    return new TagId(value);
  }

  @Override
  public int compareTo(TagId other) {
    return TimeOrderedUuid.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
