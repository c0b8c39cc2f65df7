package io.dateline.cms.media;

import io.dateline.cms.internal.TimeOrderedUuid;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an image asset within its tenant (the value is globally unique, so it never clashes
 * across tenants either).
 *
 * <p>Immutable and thread-safe. New ids are time-ordered UUIDs (version 7): they sort roughly by
 * creation time, which keeps database indexes compact. Ordering compares the 128 bits as unsigned
 * numbers, the same order PostgreSQL and H2 use for their {@code uuid} type.
 *
 * @param value the UUID; never {@code null}
 * @since 0.1.0
 */
public record ImageId(UUID value) implements Comparable<ImageId> {
  /** Rejects {@code null}. */
  public ImageId {
    Objects.requireNonNull(value, "image id must not be null");
  }

  /**
   * Returns a new, random, time-ordered id.
   *
   * @return a fresh id; never {@code null}
   */
  public static ImageId random() {
    return new ImageId(TimeOrderedUuid.next());
  }

  /**
   * Parses the canonical text form returned by {@link #toString()}.
   *
   * @param text a UUID in its 36-character form
   * @return the id
   * @throws IllegalArgumentException when {@code text} is not a UUID
   */
  public static ImageId parse(String text) {
    Objects.requireNonNull(text, "image id text must not be null");
    return new ImageId(UUID.fromString(text));
  }

  /**
   * Wraps an existing UUID.
   *
   * @param value the UUID
   * @return the id
   */
  public static ImageId of(UUID value) {
    return new ImageId(value);
  }

  @Override
  public int compareTo(ImageId other) {
    return TimeOrderedUuid.compareUnsigned(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
