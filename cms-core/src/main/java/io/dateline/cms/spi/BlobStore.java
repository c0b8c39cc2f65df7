package io.dateline.cms.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where the original bytes of image assets live. The default keeps them in files under a directory;
 * an application can keep them in S3 or any other blob store. Keys are chosen by Dateline: ASCII
 * letters, digits, {@code -}, {@code _}, {@code .} and {@code /}, starting with the tenant's id.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.1.0
 */
public interface BlobStore {
  /**
   * Stores bytes under a key, replacing any bytes stored under it.
   *
   * @param key the key
   * @param bytes the content
   * @param mediaType the content's media type
   * @throws IOException when the bytes cannot be stored
   */
  void put(String key, byte[] bytes, String mediaType) throws IOException;

  /**
   * Opens the bytes stored under a key.
   *
   * @param key the key
   * @return a stream the caller closes, or empty when nothing is stored under the key
   * @throws IOException when the store cannot be read
   */
  Optional<InputStream> open(String key) throws IOException;

  /**
   * Removes the bytes under a key; does nothing when there are none.
   *
   * @param key the key
   * @throws IOException when the store cannot be changed
   */
  void delete(String key) throws IOException;
}
