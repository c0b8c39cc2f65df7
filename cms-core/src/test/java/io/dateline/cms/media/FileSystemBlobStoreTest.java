package io.dateline.cms.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dateline.cms.media.embedded.FileSystemBlobStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The file-system blob store")
class FileSystemBlobStoreTest {
  @TempDir Path dir;

  @Test
  @DisplayName("stores, replaces, opens and deletes bytes under a key")
  void roundTrip() throws Exception {
    FileSystemBlobStore store = new FileSystemBlobStore(dir.resolve("media"));
    store.put("unn/images/a.jpg", new byte[] {1, 2, 3}, "image/jpeg");
    store.put("unn/images/a.jpg", new byte[] {4, 5}, "image/jpeg");

    Optional<InputStream> opened = store.open("unn/images/a.jpg");
    assertThat(opened).isPresent();
    try (InputStream in = opened.get()) {
      assertThat(in.readAllBytes()).containsExactly(4, 5);
    }
    assertThat(Files.isRegularFile(dir.resolve("media/unn/images/a.jpg"))).isTrue();

    store.delete("unn/images/a.jpg");
    store.delete("unn/images/a.jpg");
    assertThat(store.open("unn/images/a.jpg")).isEmpty();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty(); // no temporary files left
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside.jpg",
        "unn/../../outside.jpg",
        "unn/./a.jpg",
        "/etc/passwd",
        "unn//a.jpg",
        "unn\\..\\a.jpg",
        "unn/.hidden",
        "",
        "unn/a.jpg/",
        "unn/a b.jpg",
        "unn/ä.jpg"
      })
  @DisplayName("refuses keys that could leave its directory or are not plain")
  void hostileKeys(String key) throws Exception {
    Path root = dir.resolve("media");
    FileSystemBlobStore store = new FileSystemBlobStore(root);

    assertThatThrownBy(() -> store.put(key, new byte[] {1}, "image/jpeg"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.open(key)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }
}
