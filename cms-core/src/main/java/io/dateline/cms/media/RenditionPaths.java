package io.dateline.cms.media;

import java.util.HexFormat;
import java.util.List;

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

  private static final HexFormat HEX = HexFormat.of();

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
   * point. Cheap enough to compute for every rendition URL of every page.
   *
   * @param asset the image
   * @return 12 lower-case hex digits
   */
  public static String version(ImageAsset asset) {
    // Not a cryptographic hash: the version only has to change when the bytes or the focal point
    // do (the content hash already fingerprints the bytes), and it is computed for every URL of
    // every crop and width on every page, where a SHA-256 per URL cost most of a listing page's
    // time. A 64-bit mix (the finaliser of SplitMix64) of the hash's characters and the focal
    // point's exact bits does that in nanoseconds; the JDK has no non-cryptographic 64-bit hash.
    long h = 0x9E3779B97F4A7C15L;
    String hash = asset.contentHash();
    for (int i = 0; i < hash.length(); i++) {
      h = mix(h ^ hash.charAt(i));
    }
    h = mix(h ^ Double.doubleToLongBits(asset.focalPoint().x()));
    h = mix(h ^ Double.doubleToLongBits(asset.focalPoint().y()));
    return HEX.formatHex(
        new byte[] {
          (byte) (h >>> 40), (byte) (h >>> 32), (byte) (h >>> 24),
          (byte) (h >>> 16), (byte) (h >>> 8), (byte) h
        });
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
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
