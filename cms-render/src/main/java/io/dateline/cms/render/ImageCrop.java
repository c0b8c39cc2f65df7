package io.dateline.cms.render;

import java.util.Objects;

/**
 * One crop of an image asset in every width offered: what a {@code <source>} or {@code <img>}
 * element and a schema.org {@code ImageObject} need.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ratio the crop's token: {@code 16x9}, {@code 4x3}, {@code 1x1} or {@code original}
 * @param url absolute URL of the crop's reference rendition: the narrowest at least 1200 pixels
 *     wide, else the widest
 * @param width the reference rendition's width in pixels
 * @param height the reference rendition's height in pixels
 * @param srcset every rendition of the crop as a {@code srcset} value ({@code "url 320w, url
 *     640w"})
 * @param small absolute URL of the narrowest rendition, for thumbnails and {@code src} fallbacks
 * @param smallWidth the narrowest rendition's width in pixels
 * @param smallHeight the narrowest rendition's height in pixels
 * @since 0.1.0
 */
public record ImageCrop(
    String ratio,
    String url,
    int width,
    int height,
    String srcset,
    String small,
    int smallWidth,
    int smallHeight) {
  /** Rejects {@code null}. */
  public ImageCrop {
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(srcset, "srcset");
    Objects.requireNonNull(small, "small");
  }
}
