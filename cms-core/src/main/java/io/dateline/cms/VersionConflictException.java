package io.dateline.cms;

/**
 * Someone else changed the object since the caller read it: the caller's version is stale and its
 * change was not stored. Re-read, re-apply and try again.
 *
 * @since 0.1.0
 */
public final class VersionConflictException extends DatelineException {
  private static final long serialVersionUID = 1L;

  private final long expectedVersion;

  /**
   * Creates the exception.
   *
   * @param kind what was updated
   * @param id its id
   * @param expectedVersion the version the caller based its change on
   */
  public VersionConflictException(String kind, Object id, long expectedVersion) {
    super(
        "The "
            + kind
            + " '"
            + id
            + "' was changed concurrently: version "
            + expectedVersion
            + " is no longer current");
    this.expectedVersion = expectedVersion;
  }

  /**
   * The stale version the caller sent.
   *
   * @return the version
   */
  public long expectedVersion() {
    return expectedVersion;
  }
}
