package io.dateline.cms.media.embedded;

import io.dateline.cms.spi.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps blobs as files under a directory, one file per key (the key's slashes become directories).
 * The default blob store, under {@code dateline-media} in the working directory.
 *
 * <p>Keys are checked before they touch the file system: segments of ASCII letters, digits, {@code
 * -}, {@code _} and {@code .} that do not start with a dot, joined by single slashes; anything else
 * (such as {@code ../}, an absolute path or a backslash) is refused with {@code
 * IllegalArgumentException}, so no key reaches outside the directory. Writes go to a temporary file
 * that is then moved into place, so a reader never sees half a file. Directories are created on the
 * first write.
 *
 * <p>Thread-safe.
 *
 * @since 0.1.0
 */
public final class FileSystemBlobStore implements BlobStore {
  private static final Pattern KEY =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}(/[A-Za-z0-9_-][A-Za-z0-9._-]{0,127})*");

  private final Path root;

  /**
   * A store under a directory, created when first written to.
   *
   * @param root the directory
   */
  public FileSystemBlobStore(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  /**
   * The default store: {@code dateline-media} under the working directory.
   *
   * @return the store
   */
  public static FileSystemBlobStore inWorkingDirectory() {
    return new FileSystemBlobStore(Path.of("dateline-media"));
  }

  /**
   * The directory the blobs are kept in.
   *
   * @return the absolute directory
   */
  public Path root() {
    return root;
  }

  @Override
  public void put(String key, byte[] bytes, String mediaType) throws IOException {
    Path file = file(key);
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), ".upload-", ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public Optional<InputStream> open(String key) throws IOException {
    try {
      return Optional.of(Files.newInputStream(file(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(file(key));
  }

  private Path file(String key) {
    Objects.requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "blob key must be slash-separated segments of letters, digits, '-', '_' and '.' not"
              + " starting with '.': "
              + key);
    }
    Path file = root.resolve(key).normalize();
    if (!file.startsWith(root) || file.equals(root)) {
      throw new IllegalArgumentException("blob key leaves the store's directory: " + key);
    }
    return file;
  }
}
