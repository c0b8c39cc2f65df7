package io.dateline.cms;

import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageDetails;
import io.dateline.cms.media.ImageId;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One tenant's images: upload, read, describe and delete. Reached from {@link
 * TenantContent#images()}.
 *
 * <p>An upload is checked before anything is kept: the media type is read from the bytes (JPEG,
 * PNG, GIF or WebP; a file's name is never trusted), its size is capped while it is read, its
 * dimensions are read from its header and refused above the pixel limit before any decoder sees it,
 * and its structure is walked to its end, so a truncated file is refused. The original is stored in
 * the configured {@link io.dateline.cms.spi.BlobStore} and described in the tenant's storage; when
 * either step fails, neither keeps anything.
 *
 * <p>Uploads, edits and deletions are commands like an article's: the {@link Authorizer} is asked
 * first ({@link Action#MANAGE_IMAGES}), each success is written to the audit log (subject {@code
 * IMAGE}) and to the change feed ({@code IMAGE_SAVED}, {@code IMAGE_DELETED}), so cached pages that
 * show the image are rebuilt with its new alt text, caption or focal point. Reads are not
 * authorized.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public interface ImageService {
  /**
   * Checks and stores an image.
   *
   * @param content the file's bytes, read to the end (or to the byte limit) and not closed
   * @param details alt text, caption, credit, rights and focal point
   * @return the stored asset, with dimensions, media type, size and SHA-256 read from the bytes
   * @throws AccessDeniedException when the authorizer refuses; nothing was read or stored
   * @throws InvalidImageException when the file is refused; nothing was stored
   * @throws ValidationException when a detail breaks a rule (text too long, a licence that is not
   *     an http(s) URL); nothing was stored
   * @throws StorageException when reading the stream or storing fails; nothing was stored
   */
  ImageAsset upload(InputStream content, ImageDetails details);

  /**
   * Finds an asset of this tenant.
   *
   * @param id the id
   * @return the asset, or empty when this tenant has none with that id
   */
  Optional<ImageAsset> find(ImageId id);

  /**
   * Gets an asset of this tenant.
   *
   * @param id the id
   * @return the asset
   * @throws NotFoundException when this tenant has no such asset
   */
  ImageAsset get(ImageId id);

  /**
   * Finds several assets in one read.
   *
   * @param ids the ids
   * @return the assets found, in no particular order; ids of nothing (or of other tenants) are left
   *     out
   */
  List<ImageAsset> findAll(Collection<ImageId> ids);

  /**
   * Replaces an asset's details; its bytes stay as they are.
   *
   * @param id the asset
   * @param details the new details
   * @return the changed asset
   * @throws AccessDeniedException when the authorizer refuses; nothing was changed
   * @throws NotFoundException when this tenant has no such asset
   * @throws ValidationException when a detail breaks a rule; nothing was changed
   */
  ImageAsset update(ImageId id, ImageDetails details);

  /**
   * Opens an asset's original bytes.
   *
   * @param id the asset
   * @return a stream the caller closes
   * @throws NotFoundException when this tenant has no such asset, or its bytes are missing from the
   *     blob store
   * @throws StorageException when the blob store cannot be read
   */
  InputStream openOriginal(ImageId id);

  /**
   * Deletes an asset and its original bytes.
   *
   * @param id the asset
   * @throws AccessDeniedException when the authorizer refuses; nothing was deleted
   * @throws NotFoundException when this tenant has no such asset
   * @throws StorageException when the store fails
   */
  void delete(ImageId id);
}
