package io.dateline.cms;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How many revisions of each article are kept. After every change Dateline deletes the article's
 * revisions that fall outside the policy: those beyond the newest {@link #keepLast()} (when set)
 * and those older than {@link #maxAge()} (when set). The newest revision is never deleted, whatever
 * its age. Immutable.
 *
 * <p>{@link #ALL}, the default of {@link Dateline.Builder#revisionRetention}, keeps everything.
 *
 * <pre>{@code
 * Dateline.builder().storage(storage)
 *     .revisionRetention(RevisionRetention.keepLast(50).withMaxAge(Duration.ofDays(365)))
 * }</pre>
 *
 * @since 0.1.0
 */
public final class RevisionRetention {
  /** Keeps every revision. */
  public static final RevisionRetention ALL = new RevisionRetention(0, null);

  private final int keepLast;
  private final @Nullable Duration maxAge;

  private RevisionRetention(int keepLast, @Nullable Duration maxAge) {
    this.keepLast = keepLast;
    this.maxAge = maxAge;
  }

  /**
   * Keeps the newest {@code count} revisions of each article.
   *
   * @param count at least 1
   * @return the policy
   * @throws IllegalArgumentException when {@code count} is below 1
   */
  public static RevisionRetention keepLast(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("keepLast must be at least 1, was " + count);
    }
    return new RevisionRetention(count, null);
  }

  /**
   * Keeps the revisions younger than {@code age} (and always the newest one).
   *
   * @param age positive; never {@code null}
   * @return the policy
   * @throws IllegalArgumentException when {@code age} is zero or negative
   */
  public static RevisionRetention maxAge(Duration age) {
    return ALL.withMaxAge(age);
  }

  /**
   * This policy with an age limit as well.
   *
   * @param age positive; never {@code null}
   * @return the policy
   * @throws IllegalArgumentException when {@code age} is zero or negative
   */
  public RevisionRetention withMaxAge(Duration age) {
    Objects.requireNonNull(age, "age");
    if (age.isZero() || age.isNegative()) {
      throw new IllegalArgumentException("maxAge must be positive, was " + age);
    }
    return new RevisionRetention(keepLast, age);
  }

  /**
   * The number of newest revisions kept per article.
   *
   * @return the count, or 0 when the count is not limited
   */
  public int keepLast() {
    return keepLast;
  }

  /**
   * The age beyond which revisions are deleted.
   *
   * @return the age, or empty when age is not limited
   */
  public Optional<Duration> maxAge() {
    return Optional.ofNullable(maxAge);
  }

  /**
   * Whether the policy keeps everything.
   *
   * @return {@code true} when neither a count nor an age is set
   */
  public boolean keepsAll() {
    return keepLast == 0 && maxAge == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RevisionRetention r
        && r.keepLast == keepLast
        && Objects.equals(r.maxAge, maxAge);
  }

  @Override
  public int hashCode() {
    return Objects.hash(keepLast, maxAge);
  }

  @Override
  public String toString() {
    return "RevisionRetention[keepLast=" + keepLast + ", maxAge=" + maxAge + "]";
  }
}
