package io.dateline.cms;

import org.jspecify.annotations.Nullable;

/**
 * The storage backend failed for a reason that is not the caller's input (a lost connection, a full
 * disk). The command was not applied.
 *
 * @since 0.1.0
 */
public class StorageException extends DatelineException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the backend's exception
   */
  public StorageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
