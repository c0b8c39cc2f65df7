package io.dateline.cms.media.embedded;

import io.dateline.cms.media.Crop;
import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.RenditionPaths;
import io.dateline.cms.spi.Rendition;
import io.dateline.cms.spi.RenditionUrls;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Rendition URLs of the embedded resizer: paths under the site's base path that {@code cms-site}
 * answers by cropping around the focal point, scaling and caching on disk (see {@link
 * RenditionPaths} for the layout). The URLs are absolute paths ({@code /_media/...}); resolve them
 * against a tenant's base URL for an absolute URL.
 *
 * <p>A rendition is never larger than its crop of the original: asked for a width above that, the
 * URL still names the requested width (one of {@link #widths()}), and the {@link Rendition} reports
 * the true, smaller size that the site serves there.
 *
 * <p>Immutable and thread-safe; does no I/O.
 *
 * @since 0.1.0
 */
public final class SiteRenditionUrls implements RenditionUrls {
  private final String basePath;
  private final List<Integer> widths;

  /** Renditions under the site root {@code /}, at {@link RenditionPaths#DEFAULT_WIDTHS}. */
  public SiteRenditionUrls() {
    this("/", RenditionPaths.DEFAULT_WIDTHS);
  }

  /**
   * Renditions under a site's base path.
   *
   * @param basePath the path the site is mounted at, such as {@code /} or {@code /news/}
   * @param widths the widths offered, ascending; the site must serve the same ones
   */
  public SiteRenditionUrls(String basePath, List<Integer> widths) {
    Objects.requireNonNull(basePath, "basePath");
    String path = basePath.startsWith("/") ? basePath : "/" + basePath;
    this.basePath = path.endsWith("/") ? path : path + "/";
    this.widths = List.copyOf(widths);
    if (this.widths.isEmpty() || this.widths.stream().anyMatch(w -> w <= 0)) {
      throw new IllegalArgumentException("widths must be positive and not empty: " + widths);
    }
  }

  @Override
  public Rendition rendition(ImageAsset asset, CropRatio ratio, int width) {
    int[] size = Crop.of(asset, ratio).outputSize(width);
    return new Rendition(
        URI.create(basePath + RenditionPaths.of(asset, ratio, width)), size[0], size[1]);
  }

  @Override
  public List<Integer> widths() {
    return widths;
  }
}
