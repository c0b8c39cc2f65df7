package io.dateline.cms;

/**
 * The object cannot be deleted because articles (or, for a section, its subsections) still refer to
 * it; nothing was deleted.
 *
 * @since 0.1.0
 */
public final class ReferenceInUseException extends DatelineException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind the kind of object, such as {@code author}
   * @param id its id
   * @param articles how many articles refer to it
   */
  public ReferenceInUseException(String kind, Object id, long articles) {
    this(kind, id, articles, "article(s)");
  }

  /**
   * Creates the exception for references other than articles.
   *
   * @param kind the kind of object, such as {@code section}
   * @param id its id
   * @param count how many objects refer to it
   * @param users what refers to it, plural, such as {@code subsection(s)}
   */
  public ReferenceInUseException(String kind, Object id, long count, String users) {
    super(
        "The "
            + kind
            + " '"
            + id
            + "' is used by "
            + count
            + " "
            + users
            + " and cannot be deleted");
  }
}
