package io.dateline.cms.render;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An image ready to show.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the image's absolute http(s) URL; never {@code null} (images with unsafe URLs are
 *     dropped when the view is built). For an image asset, the 16:9 crop's reference rendition (at
 *     least 1200 pixels wide where the rendition service offers it)
 * @param alt the text alternative; never {@code null}
 * @param caption the caption, or {@code null}
 * @param credit the credit, or {@code null}
 * @param width pixels, 0 when unknown
 * @param height pixels, 0 when unknown
 * @param crops for an image asset, its crops (16:9, 4:3, 1:1 and the original shape) with their
 *     renditions; empty for an external image, which has only {@code url}
 * @since 0.1.0
 */
public record ImageView(
    String url,
    String alt,
    @Nullable String caption,
    @Nullable String credit,
    int width,
    int height,
    List<ImageCrop> crops) {

  /** Copies the crops. */
  public ImageView {
    crops = crops == null ? List.of() : List.copyOf(crops);
  }

  /**
   * An external image, which has no crops.
   *
   * @param url the image's absolute http(s) URL
   * @param alt the text alternative
   * @param caption the caption, or {@code null}
   * @param credit the credit, or {@code null}
   * @param width pixels, 0 when unknown
   * @param height pixels, 0 when unknown
   */
  public ImageView(
      String url,
      String alt,
      @Nullable String caption,
      @Nullable String credit,
      int width,
      int height) {
    this(url, alt, caption, credit, width, height, List.of());
  }

  /**
   * One of the crops.
   *
   * @param ratio the crop's token ({@code 16x9}, {@code 4x3}, {@code 1x1}, {@code original})
   * @return the crop, or {@code null} when the image has none of that ratio (external images have
   *     none)
   */
  public @Nullable ImageCrop crop(String ratio) {
    for (ImageCrop c : crops) {
      if (c.ratio().equals(ratio)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The 16:9 crop, for lead images and social cards.
   *
   * @return the crop, or {@code null} for an external image
   */
  public @Nullable ImageCrop wide() {
    return crop("16x9");
  }

  /**
   * The 4:3 crop, for listing cards.
   *
   * @return the crop, or {@code null} for an external image
   */
  public @Nullable ImageCrop standard() {
    return crop("4x3");
  }

  /**
   * The 1:1 crop, for author photos and icons.
   *
   * @return the crop, or {@code null} for an external image
   */
  public @Nullable ImageCrop square() {
    return crop("1x1");
  }

  /**
   * The uncropped shape, for images in an article's body.
   *
   * @return the crop, or {@code null} for an external image
   */
  public @Nullable ImageCrop original() {
    return crop("original");
  }
}
