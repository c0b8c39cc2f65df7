package io.dateline.cms;

/**
 * Another object of the same kind in the same tenant already has this slug; nothing was stored.
 *
 * @since 0.1.0
 */
public final class DuplicateSlugException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String slug;

  /**
   * Creates the exception.
   *
   * @param kind the kind, such as {@code tag}
   * @param slug the slug that is taken
   * @param tenant the tenant
   */
  public DuplicateSlugException(String kind, String slug, Object tenant) {
    super(
        "The slug '"
            + slug
            + "' is already used by another "
            + kind
            + " in tenant '"
            + tenant
            + "'");
    this.kind = kind;
    this.slug = slug;
  }

  /**
   * The kind of object.
   *
   * @return a lowercase noun
   */
  public String kind() {
    return kind;
  }

  /**
   * The taken slug.
   *
   * @return the slug
   */
  public String slug() {
    return slug;
  }
}
