package io.dateline.cms.spi;

import java.net.URI;
import java.util.Objects;

/**
 * Where a reader's browser fetches one rendition of an image, and its size.
 *
 * @param url the rendition's URL, absolute or relative to the site
 * @param width its width in pixels
 * @param height its height in pixels
 * @since 0.1.0
 */
public record Rendition(URI url, int width, int height) {
  /** Rejects {@code null} and sizes that are not positive. */
  public Rendition {
    Objects.requireNonNull(url, "url");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "rendition dimensions must be positive, got " + width + "x" + height);
    }
  }
}
