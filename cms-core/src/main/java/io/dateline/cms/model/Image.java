package io.dateline.cms.model;

import io.dateline.cms.validation.HttpUrl;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * An image with the text that must accompany it.
 *
 * @param url absolute http(s) URL of the image
 * @param alt text alternative for screen readers; empty only for decorative images
 * @param caption caption shown under the image, or {@code null}
 * @param credit photographer or agency credit, or {@code null}
 * @param width width in pixels, 0 when unknown
 * @param height height in pixels, 0 when unknown
 * @since 0.1.0
 */
public record Image(
    @NotNull @HttpUrl URI url,
    @NotNull @Size(max = 500) String alt,
    @Size(max = 1000) @Nullable String caption,
    @Size(max = 200) @Nullable String credit,
    @Min(0) @Max(100_000) int width,
    @Min(0) @Max(100_000) int height) {

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
