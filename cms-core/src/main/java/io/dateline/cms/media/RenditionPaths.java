package io.dateline.cms.media;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The paths of the embedded renditions that {@code cms-site} serves, relative to the site's base
 * path:
 *
 * <pre>
 * _media/{tenant}/{image id}/{version}/{ratio}/{width}.{jpg|png}
 * </pre>
 *
 * <p>{@code version} is a fingerprint of the original's bytes and the focal point, so a new focal
 * point gives new URLs and renditions can be cached for ever. {@code ratio} is a {@link
 * CropRatio#token()}; {@code width} one of the site's rendition widths. PNG and GIF originals give
 * PNG renditions (they may be transparent); JPEG and WebP give JPEG.
 *
 * @since 0.1.0
 */
public final class RenditionPaths {
  /** The first segment of every rendition path. */
  public static final String PREFIX = "_media/";

  /** The widths offered by default, ascending. */
  public static final List<Integer> DEFAULT_WIDTHS = List.of(320, 640, 960, 1280, 1600);

  private RenditionPaths() {}

  /**
   * The path of a rendition.
   *
   * @param asset the image
   * @param ratio the shape
   * @param width the requested width
   * @return the path, without a leading slash
   */
  public static String of(ImageAsset asset, CropRatio ratio, int width) {
    return PREFIX
        + asset.tenantId().value()
        + '/'
        + asset.id()
        + '/'
        + version(asset)
        + '/'
        + ratio.token()
        + '/'
        + width
        + '.'
        + extension(asset);
  }

  /**
   * The fingerprint of what a rendition's pixels depend on: the original's hash and the focal
   * point.
   *
   * @param asset the image
   * @return 12 lower-case hex digits
   */
  public static String version(ImageAsset asset) {
    String basis =
        asset.contentHash()
            + '|'
            + String.format(
                Locale.ROOT, "%.6f,%.6f", asset.focalPoint().x(), asset.focalPoint().y());
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The file extension of an asset's renditions.
   *
   * @param asset the image
   * @return {@code png} for PNG and GIF originals, {@code jpg} otherwise
   */
  public static String extension(ImageAsset asset) {
    return asset.mediaType().equals("image/png") || asset.mediaType().equals("image/gif")
        ? "png"
        : "jpg";
  }

  /**
   * The media type of renditions with an extension.
   *
   * @param extension {@code png} or {@code jpg}
   * @return {@code image/png} or {@code image/jpeg}
   */
  public static String mediaType(String extension) {
    return extension.equals("png") ? "image/png" : "image/jpeg";
  }
}
