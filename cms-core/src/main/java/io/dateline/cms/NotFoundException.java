package io.dateline.cms;

import org.jspecify.annotations.Nullable;

/**
 * The requested object does not exist in the tenant the call was made for (it may exist in another
 * tenant: tenants never see each other's content).
 *
 * @since 0.1.0
 */
public final class NotFoundException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String key;

  /**
   * Creates the exception.
   *
   * @param kind what was looked for, such as {@code article}
   * @param key the id or slug that found nothing
   * @param tenant the tenant searched, or {@code null} for tenants themselves
   */
  public NotFoundException(String kind, Object key, @Nullable Object tenant) {
    super(
        "No "
            + kind
            + " '"
            + key
            + "'"
            + (tenant == null ? "" : " in tenant '" + tenant + "'")
            + " exists");
    this.kind = kind;
    this.key = String.valueOf(key);
  }

  /**
   * What was looked for.
   *
   * @return a lowercase noun
   */
  public String kind() {
    return kind;
  }

  /**
   * The id or slug that found nothing.
   *
   * @return the key as text
   */
  public String key() {
    return key;
  }
}
