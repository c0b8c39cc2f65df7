package io.dateline.cms.site.internal;

import io.dateline.cms.TenantContent;
import io.dateline.cms.media.Crop;
import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.media.RenditionPaths;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.site.internal.TenantRoutes.Route;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded resizer: answers {@code
 * {base}_media/{tenant}/{image}/{version}/{ratio}/{width}.{ext}} (see {@link RenditionPaths}) by
 * cutting the crop around the focal point, scaling it down and encoding it, once; the result is
 * kept on disk and served from there afterwards.
 *
 * <p>Written on {@code javax.imageio} and Java 2D, which ship with the JDK: no resizing library is
 * among the project's allowed dependencies (neither Thumbnailator nor imgscalr), and the work is
 * small: decode only the crop's region (with subsampling for big reductions, so a 40-megapixel
 * original never becomes a 40-megapixel bitmap for a 320-pixel thumbnail), then halve in bilinear
 * steps before a last bicubic step, which avoids the aliasing of a single large reduction.
 *
 * <p>Guards: only the configured widths are served (any other is a 404, so requests cannot fill the
 * disk with sizes nobody links to); the original's dimensions as the decoder reads them must match
 * the asset's, which were checked against the pixel limit at upload; at most {@value
 * #PARALLEL_RENDERS} renditions are made at once.
 */
final class RenditionServer {
  private static final Logger LOG = LoggerFactory.getLogger(RenditionServer.class);

  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  /** For a request naming an earlier version (a page cached before a focal point moved). */
  static final String SHORT = "public, max-age=60";

  static final int PARALLEL_RENDERS = 2;
  private static final float JPEG_QUALITY = 0.85f;

  /** Made renditions, as files under the cache directory (written whole, then moved in place). */
  private final FileSystemBlobStore cache;

  private final List<Integer> widths;
  private final Semaphore renders = new Semaphore(PARALLEL_RENDERS);

  RenditionServer(Path cacheDir, List<Integer> widths) {
    this.cache = new FileSystemBlobStore(cacheDir);
    this.widths = List.copyOf(widths);
  }

  /** The answer to a path below {@code _media/}, or {@code null} for a 404. */
  @Nullable Answer answer(String rest, TenantRoutes routes) {
    String[] parts = rest.split("/", -1);
    if (parts.length != 5) {
      return null;
    }
    Route route;
    ImageId id;
    try {
      route = routes.get(TenantId.of(parts[0]));
      id = ImageId.parse(parts[1]);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (route == null || !parts[1].equals(id.toString()) || !parts[2].matches("[0-9a-f]{12}")) {
      return null;
    }
    CropRatio ratio = ratio(parts[3]);
    String file = parts[4];
    int dot = file.indexOf('.');
    if (ratio == null || dot < 1 || dot > 5 || !file.substring(0, dot).matches("[1-9][0-9]*")) {
      return null;
    }
    int width = Integer.parseInt(file.substring(0, dot));
    if (!widths.contains(width)) {
      return null;
    }
    TenantContent content = route.content();
    Optional<ImageAsset> found = content.images().find(id);
    if (found.isEmpty()) {
      return null;
    }
    ImageAsset asset = found.get();
    String extension = RenditionPaths.extension(asset);
    if (!file.substring(dot + 1).equals(extension)) {
      return null;
    }
    String version = RenditionPaths.version(asset);
    byte[] body = cached(content, asset, version, ratio, width, extension);
    if (body == null) {
      return null;
    }
    return Answer.status(200)
        .body(RenditionPaths.mediaType(extension), body)
        .etag("\"" + version + "-" + ratio.token() + "-" + width + "\"")
        .cacheControl(parts[2].equals(version) ? IMMUTABLE : SHORT)
        .header("X-Content-Type-Options", "nosniff");
  }

  private static @Nullable CropRatio ratio(String token) {
    for (CropRatio r : CropRatio.values()) {
      if (r.token().equals(token)) {
        return r;
      }
    }
    return null;
  }

  private byte @Nullable [] cached(
      TenantContent content,
      ImageAsset asset,
      String version,
      CropRatio ratio,
      int width,
      String extension) {
    String key =
        asset.tenantId().value()
            + "/"
            + asset.id()
            + "/"
            + version
            + "-"
            + ratio.token()
            + "-"
            + width
            + "."
            + extension;
    try {
      byte[] found = read(key);
      if (found != null) {
        return found;
      }
      renders.acquireUninterruptibly();
      try {
        found = read(key);
        if (found != null) {
          return found; // made by another request meanwhile
        }
        byte[] made = render(content, asset, ratio, width, extension);
        if (made == null) {
          return null;
        }
        cache.put(key, made, RenditionPaths.mediaType(extension));
        return made;
      } finally {
        renders.release();
      }
    } catch (IOException | RuntimeException e) {
      // A decoder may also fail with unchecked exceptions on data it cannot read; the reader
      // gets a 404 and the log says why.
      LOG.warn(
          "Could not make rendition {}/{} of image {} of tenant {}",
          ratio.token(),
          width,
          asset.id(),
          asset.tenantId(),
          e);
      return null;
    }
  }

  /** A made rendition's bytes, or {@code null} when it is not made yet. */
  private byte @Nullable [] read(String key) throws IOException {
    Optional<InputStream> in = cache.open(key);
    if (in.isEmpty()) {
      return null;
    }
    try (InputStream stream = in.get()) {
      return stream.readAllBytes();
    }
  }

  /** Decodes the crop, scales and encodes it; {@code null} when no decoder reads the format. */
  private static byte @Nullable [] render(
      TenantContent content, ImageAsset asset, CropRatio ratio, int width, String extension)
      throws IOException {
    Crop crop = Crop.of(asset, ratio);
    int[] size = crop.outputSize(width);
    BufferedImage region;
    try (InputStream original = content.images().openOriginal(asset.id());
        // In memory, not ImageIO's default temporary file: originals are at most the upload
        // limit, and the JVM-wide ImageIO.setUseCache switch belongs to the application.
        ImageInputStream in = new MemoryCacheImageInputStream(original)) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        LOG.debug("No decoder for {} ({}): no embedded renditions", asset.id(), asset.mediaType());
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        // The asset's dimensions passed the pixel limit at upload; a decoder that reads others
        // is looking at something else, which is not decoded.
        if (reader.getWidth(0) != asset.width() || reader.getHeight(0) != asset.height()) {
          throw new IOException(
              "the decoder reads "
                  + reader.getWidth(0)
                  + "x"
                  + reader.getHeight(0)
                  + ", the asset says "
                  + asset.width()
                  + "x"
                  + asset.height());
        }
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceRegion(new Rectangle(crop.x(), crop.y(), crop.width(), crop.height()));
        // Subsample big reductions while decoding, keeping at least twice the target's pixels
        // for the smooth steps below.
        int step = Math.max(1, crop.width() / (size[0] * 2));
        param.setSourceSubsampling(step, step, 0, 0);
        region = reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
    boolean alpha = extension.equals("png");
    BufferedImage scaled = scale(region, size[0], size[1], alpha);
    return encode(scaled, extension);
  }

  /** Halves in bilinear steps while more than twice too big, then one bicubic step to size. */
  static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
    int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
    BufferedImage current = source;
    int w = source.getWidth();
    int h = source.getHeight();
    while (w / 2 >= width && h / 2 >= height) {
      w /= 2;
      h /= 2;
      current = draw(current, w, h, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }
    return draw(current, width, height, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
  }

  private static BufferedImage draw(
      BufferedImage source, int width, int height, int type, Object interpolation) {
    BufferedImage target = new BufferedImage(width, height, type);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      if (type == BufferedImage.TYPE_INT_RGB) {
        // A transparent original (a WebP or GIF with alpha encoded as JPEG) gets a white ground.
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
      }
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  private static byte[] encode(BufferedImage image, String extension) throws IOException {
    boolean png = extension.equals("png");
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(png ? "png" : "jpeg");
    if (!writers.hasNext()) {
      throw new IOException("no encoder for " + extension);
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (!png) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
