package io.dateline.cms.media;

/**
 * The part of an image that a rendition in a ratio shows: the largest rectangle of that ratio that
 * fits the image, placed so that the focal point is as near its centre as the image's edges allow.
 * The embedded resizer cuts exactly this; a {@link io.dateline.cms.spi.RenditionUrls} for an image
 * proxy can pass it on as the proxy's crop parameters, so every service shows the same part.
 *
 * @param x left edge in the original's pixels
 * @param y top edge in the original's pixels
 * @param width width in the original's pixels, at least 1
 * @param height height in the original's pixels, at least 1
 * @since 0.1.0
 */
public record Crop(int x, int y, int width, int height) {

  /**
   * The crop of an asset in a ratio, around its focal point.
   *
   * @param asset the image
   * @param ratio the shape; {@link CropRatio#ORIGINAL} gives the whole image
   * @return the crop
   */
  public static Crop of(ImageAsset asset, CropRatio ratio) {
    int w = asset.width();
    int h = asset.height();
    if (ratio == CropRatio.ORIGINAL) {
      return new Crop(0, 0, w, h);
    }
    double shape = ratio.heightPerWidth();
    int cw;
    int ch;
    if ((double) h / w > shape) {
      cw = w; // taller than the ratio: full width, cut top and bottom
      ch = (int) Math.max(1, Math.min(h, Math.round(w * shape)));
    } else {
      ch = h; // wider than the ratio: full height, cut the sides
      cw = (int) Math.max(1, Math.min(w, Math.round(h / shape)));
    }
    FocalPoint f = asset.focalPoint();
    int x = clamp((int) Math.round(f.x() * w - cw / 2.0), 0, w - cw);
    int y = clamp((int) Math.round(f.y() * h - ch / 2.0), 0, h - ch);
    return new Crop(x, y, cw, ch);
  }

  /**
   * The size a rendition of this crop has when asked for at a width: that width, or the crop's own
   * width when the crop is narrower (renditions are never enlarged), and the height that keeps the
   * crop's shape.
   *
   * @param requestedWidth the width asked for, positive
   * @return {@code {width, height}} in pixels, each at least 1
   */
  public int[] outputSize(int requestedWidth) {
    if (requestedWidth <= 0) {
      throw new IllegalArgumentException("width must be positive, got " + requestedWidth);
    }
    int ow = Math.min(requestedWidth, width);
    int oh = (int) Math.max(1, Math.min(height, Math.round((double) ow * height / width)));
    return new int[] {ow, oh};
  }

  private static int clamp(int value, int min, int max) {
    return Math.max(min, Math.min(max, value));
  }
}
