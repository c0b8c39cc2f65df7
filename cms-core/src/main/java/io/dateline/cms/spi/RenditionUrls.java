package io.dateline.cms.spi;

import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.ImageAsset;
import java.util.List;

/**
 * Says where renditions of an image asset are fetched from. The embedded default points at the
 * site's own rendition path, which resizes on demand; an application can point at an image proxy or
 * CDN (imgproxy, Thumbor, a cloud image service), signing URLs as that service requires.
 *
 * <p>Implementations must be thread-safe and must not do I/O: pages call them for every image. They
 * must also answer the same for the same arguments (no expiring signatures): the renderer keeps the
 * image views it builds from their answers for as long as the asset is unchanged.
 *
 * @since 0.1.0
 */
public interface RenditionUrls {
  /**
   * The rendition of an asset in a ratio at a width.
   *
   * @param asset the image
   * @param ratio the shape, cropped around the asset's focal point
   * @param width the width in pixels, one of {@link #widths()}
   * @return its URL and size
   */
  Rendition rendition(ImageAsset asset, CropRatio ratio, int width);

  /**
   * The widths offered in {@code srcset} lists, ascending. At least one must be 1200 or more, the
   * width search engines ask for in structured data.
   *
   * @return the widths in pixels
   */
  default List<Integer> widths() {
    return io.dateline.cms.media.RenditionPaths.DEFAULT_WIDTHS;
  }
}
