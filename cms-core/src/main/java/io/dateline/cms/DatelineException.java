package io.dateline.cms;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception Dateline throws on purpose. Catch a subclass to handle one failure,
 * or this type to handle them all.
 *
 * @since 0.1.0
 */
public abstract class DatelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the object and rule
   */
  protected DatelineException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  protected DatelineException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
