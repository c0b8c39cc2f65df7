package io.dateline.cms.media;

/**
 * The shapes an image is rendered in. The three fixed ratios are the ones search engines ask for in
 * an article's structured data; {@link #ORIGINAL} keeps the uploaded shape.
 *
 * @since 0.1.0
 */
public enum CropRatio {
  /** 16:9, for lead images and social cards. */
  WIDE(16, 9),
  /** 4:3, for listing cards. */
  STANDARD(4, 3),
  /** 1:1, for thumbnails, author photos and icons. */
  SQUARE(1, 1),
  /** The image's own shape, not cropped. */
  ORIGINAL(0, 0);

  private final int across;
  private final int down;

  CropRatio(int across, int down) {
    this.across = across;
    this.down = down;
  }

  /**
   * The height of a rendition of this ratio at a width.
   *
   * @param width the rendition's width in pixels, positive
   * @param asset the image; its shape decides the height of {@link #ORIGINAL}
   * @return the height in pixels, at least 1
   */
  public int heightFor(int width, ImageAsset asset) {
    if (width <= 0) {
      throw new IllegalArgumentException("width must be positive, got " + width);
    }
    long h =
        this == ORIGINAL
            ? Math.round((double) width * asset.height() / asset.width())
            : Math.round((double) width * down / across);
    return (int) Math.max(1, h);
  }

  /**
   * The height of this ratio per unit of width ({@code down / across}); not defined for {@link
   * #ORIGINAL}, whose shape is the image's.
   */
  double heightPerWidth() {
    return (double) down / across;
  }

  /**
   * The short name used in rendition URLs and cache keys: {@code 16x9}, {@code 4x3}, {@code 1x1} or
   * {@code original}.
   *
   * @return the token
   */
  public String token() {
    return this == ORIGINAL ? "original" : across + "x" + down;
  }
}
