package io.dateline.cms.model;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.validation.HttpUrl;
import io.dateline.cms.validation.ImageSource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * An image with the text that must accompany it: either a stored image asset of the tenant ({@link
 * #ofAsset}), rendered in every crop ratio and width, or an external image by URL.
 *
 * @param url absolute http(s) URL of an external image, or {@code null} when {@code asset} is set
 * @param alt text alternative for screen readers; empty only for decorative images
 * @param caption caption shown under the image, or {@code null}
 * @param credit photographer or agency credit, or {@code null}
 * @param width width in pixels, 0 when unknown
 * @param height height in pixels, 0 when unknown
 * @param asset the tenant's image asset this image shows, or {@code null} for an external image by
 *     {@code url}; exactly one of the two must be set ({@link ImageSource}). An asset-backed
 *     image's empty alt, caption and credit are taken from the asset when it is rendered.
 * @since 0.1.0
 */
@ImageSource
public record Image(
    @HttpUrl @Nullable URI url,
    @NotNull @Size(max = 500) String alt,
    @Size(max = 1000) @Nullable String caption,
    @Size(max = 200) @Nullable String credit,
    @Min(0) @Max(100_000) int width,
    @Min(0) @Max(100_000) int height,
    @Nullable ImageId asset) {

  /**
   * An external image by URL, as before image assets existed.
   *
   * @param url absolute http(s) URL of the image
   * @param alt text alternative
   * @param caption caption, or {@code null}
   * @param credit credit, or {@code null}
   * @param width width in pixels, 0 when unknown
   * @param height height in pixels, 0 when unknown
   */
  public Image(
      URI url,
      String alt,
      @Nullable String caption,
      @Nullable String credit,
      int width,
      int height) {
    this(url, alt, caption, credit, width, height, null);
  }

  /**
   * An image showing a stored asset. Its size comes from the asset; an empty alt text means the
   * asset's alt text in the article's language.
   *
   * @param asset the asset's id
   * @param alt the text alternative for this use, or empty to use the asset's
   * @return the image
   * @since 0.1.0
   */
  public static Image ofAsset(ImageId asset, String alt) {
    return new Image(null, alt, null, null, 0, 0, asset);
  }

  /**
   * An image of unknown size without caption or credit.
   *
   * @param url the image URL
   * @param alt the text alternative
   * @return the image
   */
  public static Image of(URI url, String alt) {
    return new Image(url, alt, null, null, 0, 0);
  }
}
