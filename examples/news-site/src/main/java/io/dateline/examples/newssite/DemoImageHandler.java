package io.dateline.examples.newssite;

import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.ImageId;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the demo's pictures at the path of Dateline's default rendition URLs, {@code
 * /<tenant>/media/<imageId>/<ratio>/<width>}, drawing each rendition at its exact size. Renditions
 * never change for a URL (the URL carries the picture's version), so browsers may keep them for a
 * year.
 *
 * <p>A stop-gap like {@link DemoMediaStorage}: once the site serves renditions of stored originals
 * itself, the demo uploads its pictures instead and this handler goes.
 *
 * <p>Thread-safe.
 */
final class DemoImageHandler extends Handler.Wrapper {
  private static final Pattern PATH =
      Pattern.compile("/[a-z0-9-]+/media/([0-9a-f-]{36})/(16x9|4x3|1x1|original)/(\\d{2,4})");
  private static final int MAX_WIDTH = 2400;
  private static final int CACHED = 256;

  private final DemoImages images;
  // Drawing and encoding a large rendition takes tens of milliseconds; the demo's pages ask for the
  // same few again and again.
  private final Map<String, byte[]> cache =
      new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CACHED;
        }
      };

  DemoImageHandler(Handler next, DemoImages images) {
    super(next);
    this.images = images;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = Request.getPathInContext(request);
    Matcher m = PATH.matcher(path);
    if (!m.matches() || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return super.handle(request, response, callback);
    }
    ImageId id;
    try {
      id = ImageId.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      return super.handle(request, response, callback);
    }
    DemoImages.Picture picture = images.find(id).orElse(null);
    int width = Integer.parseInt(m.group(3));
    if (picture == null || width > MAX_WIDTH) {
      return super.handle(request, response, callback);
    }
    CropRatio ratio = ratio(m.group(2));
    int height = ratio.heightFor(width, picture.asset());
    String key = id + "/" + ratio.token() + "/" + width;
    byte[] bytes;
    synchronized (cache) {
      bytes = cache.get(key);
    }
    if (bytes == null) {
      BufferedImage drawn =
          DemoPictures.draw(picture.kind(), picture.seed(), picture.text(), width, height);
      bytes = DemoPictures.encode(picture.kind(), drawn);
      synchronized (cache) {
        cache.put(key, bytes);
      }
    }
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, DemoPictures.mediaType(picture.kind()));
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=31536000, immutable");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
    if ("HEAD".equals(request.getMethod())) {
      callback.succeeded();
    } else {
      response.write(true, ByteBuffer.wrap(bytes), callback);
    }
    return true;
  }

  private static CropRatio ratio(String token) {
    for (CropRatio r : CropRatio.values()) {
      if (r.token().equals(token)) {
        return r;
      }
    }
    throw new IllegalArgumentException(token);
  }
}
