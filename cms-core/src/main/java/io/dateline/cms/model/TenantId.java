package io.dateline.cms.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifies a tenant: a short lowercase slug such as {@code unn} or {@code city-portal}.
 *
 * <p>Immutable and thread-safe. The value doubles as the {@code tenant_id} column of every stored
 * row, so it is kept short and restricted to URL-safe characters.
 *
 * @param value the slug; never {@code null}, 1 to 63 characters of {@code [a-z0-9-]}, starting with
 *     a letter or digit
 * @since 0.1.0
 */
public record TenantId(String value) implements Comparable<TenantId> {
  private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

  /**
   * Checks the format.
   *
   * @throws IllegalArgumentException when {@code value} is not a valid tenant slug
   */
  public TenantId {
    Objects.requireNonNull(value, "tenant id must not be null");
    if (!FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "tenant id '"
              + value
              + "' must be 1-63 characters of lowercase letters, digits and inner hyphens");
    }
  }

  /**
   * Returns the tenant id for a slug.
   *
   * @param value the slug; see the record's contract
   * @return the id
   * @throws IllegalArgumentException when the format is wrong
   */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
