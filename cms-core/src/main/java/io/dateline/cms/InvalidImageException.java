package io.dateline.cms;

/**
 * An uploaded file was refused; nothing of it was stored. {@link #rule()} names the rule it broke:
 *
 * <ul>
 *   <li>{@link #MEDIA_TYPE} its bytes are not a JPEG, PNG, GIF or WebP image (whatever its name
 *       says);
 *   <li>{@link #MAX_BYTES} it is larger than the configured byte limit;
 *   <li>{@link #MAX_PIXELS} its header declares more pixels than the configured limit (checked
 *       before anything is decoded);
 *   <li>{@link #TRUNCATED} it ends before its format says it should, or its structure is broken;
 *   <li>{@link #EMPTY} it has no bytes at all.
 * </ul>
 *
 * @since 0.1.0
 */
public final class InvalidImageException extends DatelineException {
  private static final long serialVersionUID = 1L;

  /** The rule of files that are not a supported image format. */
  public static final String MEDIA_TYPE = "MediaType";

  /** The rule of files larger than the byte limit. */
  public static final String MAX_BYTES = "MaxBytes";

  /** The rule of images with more pixels than the pixel limit. */
  public static final String MAX_PIXELS = "MaxPixels";

  /** The rule of files cut short or structurally broken. */
  public static final String TRUNCATED = "Truncated";

  /** The rule of empty files. */
  public static final String EMPTY = "NotEmpty";

  private final String rule;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param rule the broken rule, one of this class's constants
   * @param message what was wrong, for people
   */
  public InvalidImageException(String rule, String message) {
    super("Invalid image: " + message + " [" + rule + "]");
    this.rule = rule;
    this.detail = message;
  }

  /**
   * The broken rule.
   *
   * @return one of {@link #MEDIA_TYPE}, {@link #MAX_BYTES}, {@link #MAX_PIXELS}, {@link
   *     #TRUNCATED}, {@link #EMPTY}
   */
  public String rule() {
    return rule;
  }

  /**
   * The refusal as a violation of the uploaded file, path {@code file}, for forms and API answers
   * that list violations.
   *
   * @return the violation
   */
  public Violation violation() {
    return new Violation("file", rule, detail);
  }
}
