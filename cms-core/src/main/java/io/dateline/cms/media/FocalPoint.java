package io.dateline.cms.media;

/**
 * The point of an image that every crop keeps in view, as fractions of the image's width and height
 * measured from its top-left corner.
 *
 * @param x horizontal position, 0 (left edge) to 1 (right edge)
 * @param y vertical position, 0 (top edge) to 1 (bottom edge)
 * @since 0.1.0
 */
public record FocalPoint(double x, double y) {
  /** The middle of the image: the focal point of an asset nobody has set one for. */
  public static final FocalPoint CENTER = new FocalPoint(0.5, 0.5);

  /**
   * Checks the range.
   *
   * @param x horizontal position
   * @param y vertical position
   * @throws IllegalArgumentException when a coordinate is outside 0..1 or not a number
   */
  public FocalPoint {
    if (!(x >= 0 && x <= 1) || !(y >= 0 && y <= 1)) {
      throw new IllegalArgumentException(
          "focal point coordinates must be between 0 and 1, got (" + x + ", " + y + ")");
    }
  }
}
