package io.dateline.cms.media;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stored image of one tenant: where its original bytes are, what they are, and the text and
 * rights that go with it wherever it appears.
 *
 * @param tenantId the owning tenant
 * @param id the asset's id
 * @param storageKey where the original's bytes are in the {@link io.dateline.cms.spi.BlobStore}
 * @param mediaType the original's media type as read from its bytes ({@code image/jpeg}, {@code
 *     image/png}, ...)
 * @param width the original's width in pixels
 * @param height the original's height in pixels
 * @param byteSize the original's size in bytes
 * @param contentHash SHA-256 of the original's bytes, lower-case hex; renditions derive their ETags
 *     from it
 * @param alt text alternative per language; an article in a language can only be published with its
 *     images' alt text in that language
 * @param caption caption per language, may be empty
 * @param credit photographer or agency credit, or {@code null}
 * @param copyright copyright notice, or {@code null}
 * @param licence URL of the licence the image is used under, or {@code null}
 * @param focalPoint the point every crop keeps in view
 * @param createdAt when the asset was stored
 * @since 0.1.0
 */
public record ImageAsset(
    TenantId tenantId,
    ImageId id,
    String storageKey,
    String mediaType,
    int width,
    int height,
    long byteSize,
    String contentHash,
    LocalizedText alt,
    LocalizedText caption,
    @Nullable String credit,
    @Nullable String copyright,
    @Nullable URI licence,
    FocalPoint focalPoint,
    Instant createdAt) {

  /** Rejects {@code null} where a value is required and sizes that are not positive. */
  public ImageAsset {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(storageKey, "storageKey");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(focalPoint, "focalPoint");
    Objects.requireNonNull(createdAt, "createdAt");
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "image dimensions must be positive, got " + width + "x" + height);
    }
  }
}
