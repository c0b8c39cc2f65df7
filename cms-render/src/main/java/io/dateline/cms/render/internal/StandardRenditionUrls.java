package io.dateline.cms.render.internal;

import io.dateline.cms.media.CropRatio;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.spi.Rendition;
import io.dateline.cms.spi.RenditionUrls;
import java.net.URI;

/**
 * The default rendition service: the site's own rendition path, {@code
 * media/{imageId}/{ratio}/{width}} relative to the tenant's base URL, which resizes on demand. The
 * content hash's first characters are a query parameter so that a replaced original gets new URLs
 * and caches can keep a rendition forever. Stateless and thread-safe.
 */
final class StandardRenditionUrls implements RenditionUrls {
  @Override
  public Rendition rendition(ImageAsset asset, CropRatio ratio, int width) {
    String version =
        asset.contentHash().length() > 12
            ? asset.contentHash().substring(0, 12)
            : asset.contentHash();
    URI url =
        URI.create("media/" + asset.id() + "/" + ratio.token() + "/" + width + "?v=" + version);
    return new Rendition(url, width, ratio.heightFor(width, asset));
  }
}
