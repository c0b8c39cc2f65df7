package io.dateline.cms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageDetails;
import io.dateline.cms.media.TestImages;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.ChangeLog;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ImageRepository;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.ViewCountStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The image service")
class ImageServiceTest {
  private static final ImageDetails ALT = ImageDetails.of(LocalizedText.of("uk", "Київ уночі"));

  @TempDir Path blobs;
  private final InMemoryStorage storage = new InMemoryStorage();
  private Dateline cms;
  private TenantContent unn;
  private TenantContent city;

  @BeforeEach
  void start() {
    cms = build(storage, 200_000, 1_000_000);
    unn = cms.tenant(Newsroom.UNN);
    city = cms.tenant(Newsroom.CITY);
  }

  @AfterEach
  void stop() {
    cms.close();
  }

  private Dateline build(ContentStorage store, long maxBytes, long maxPixels) {
    Dateline d =
        Dateline.builder()
            .storage(store)
            .publishScheduled(java.time.Duration.ZERO)
            .blobStore(new FileSystemBlobStore(blobs))
            .imageLimits(maxBytes, maxPixels)
            .build();
    d.saveTenant(Newsroom.unnTenant());
    d.saveTenant(Newsroom.cityTenant());
    return d;
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private long storedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(blobs)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  @Nested
  @DisplayName("stores an upload")
  class Uploads {
    @Test
    @DisplayName("with the dimensions, media type, size and SHA-256 read from the bytes")
    void readsTheFile() throws Exception {
      byte[] jpeg = TestImages.jpeg(640, 360);
      ImageDetails details =
          new ImageDetails(
              LocalizedText.of("uk", "Київ", "en", "Kyiv"),
              LocalizedText.of("en", "The city at night"),
              " Photo: UNN ",
              "© UNN",
              URI.create("https://creativecommons.org/licenses/by/4.0/"),
              new FocalPoint(0.2, 0.8));

      ImageAsset asset = unn.images().upload(stream(jpeg), details);

      assertThat(asset.tenantId()).isEqualTo(Newsroom.UNN);
      assertThat(asset.mediaType()).isEqualTo("image/jpeg");
      assertThat(asset.width()).isEqualTo(640);
      assertThat(asset.height()).isEqualTo(360);
      assertThat(asset.byteSize()).isEqualTo(jpeg.length);
      assertThat(asset.contentHash())
          .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg)));
      assertThat(asset.credit()).isEqualTo("Photo: UNN");
      assertThat(asset.focalPoint()).isEqualTo(new FocalPoint(0.2, 0.8));
      assertThat(asset.storageKey()).startsWith("unn/images/").endsWith(".jpg");
      assertThat(unn.images().get(asset.id())).isEqualTo(asset);
      try (InputStream original = unn.images().openOriginal(asset.id())) {
        assertThat(original.readAllBytes()).isEqualTo(jpeg);
      }
    }

    @Test
    @DisplayName("of every supported format, whatever it is called")
    void everyFormat() {
      assertThat(unn.images().upload(stream(TestImages.png(30, 20)), ALT))
          .extracting(ImageAsset::mediaType, ImageAsset::width, ImageAsset::height)
          .containsExactly("image/png", 30, 20);
      assertThat(unn.images().upload(stream(TestImages.gif(7, 9)), ALT))
          .extracting(ImageAsset::mediaType, ImageAsset::width, ImageAsset::height)
          .containsExactly("image/gif", 7, 9);
      assertThat(unn.images().upload(stream(TestImages.webpLossless(1000, 563)), ALT))
          .extracting(ImageAsset::mediaType, ImageAsset::width, ImageAsset::height)
          .containsExactly("image/webp", 1000, 563);
    }
  }

  @Nested
  @DisplayName("refuses a bad file with a typed error and keeps nothing of it")
  class Refusals {
    private void refused(byte[] file, String rule) throws IOException {
      assertThatThrownBy(() -> unn.images().upload(stream(file), ALT))
          .isInstanceOfSatisfying(
              InvalidImageException.class,
              e -> {
                assertThat(e.rule()).isEqualTo(rule);
                assertThat(e.violation().path()).isEqualTo("file");
              });
      assertThat(storedFiles()).isZero();
    }

    @Test
    @DisplayName("text with an image's name is not an image")
    void notAnImage() throws IOException {
      refused(
          "<svg onload=alert(1)>kyiv.jpg</svg>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
          InvalidImageException.MEDIA_TYPE);
      refused(new byte[] {'B', 'M', 0, 0, 0, 0}, InvalidImageException.MEDIA_TYPE);
    }

    @Test
    @DisplayName("an empty file")
    void empty() throws IOException {
      refused(new byte[0], InvalidImageException.EMPTY);
    }

    @Test
    @DisplayName("a JPEG, PNG, GIF or WebP cut short")
    void truncated() throws IOException {
      byte[] jpeg = TestImages.jpeg(200, 100);
      byte[] png = TestImages.png(200, 100);
      byte[] gif = TestImages.gif(200, 100);
      byte[] webp = TestImages.webpLossless(200, 100);
      refused(TestImages.cut(jpeg, jpeg.length - 2), InvalidImageException.TRUNCATED);
      refused(TestImages.cut(jpeg, jpeg.length / 2), InvalidImageException.TRUNCATED);
      refused(TestImages.cut(jpeg, 40), InvalidImageException.TRUNCATED);
      refused(TestImages.cut(png, png.length - 1), InvalidImageException.TRUNCATED);
      refused(TestImages.cut(png, png.length / 2), InvalidImageException.TRUNCATED);
      refused(TestImages.cut(png, 20), InvalidImageException.TRUNCATED);
      refused(TestImages.cut(gif, gif.length - 1), InvalidImageException.TRUNCATED);
      refused(TestImages.cut(webp, webp.length - 3), InvalidImageException.TRUNCATED);
    }

    @Test
    @DisplayName("a PNG whose bytes were changed in transit fails its checksum")
    void corrupted() throws IOException {
      byte[] png = TestImages.png(50, 50);
      png[png.length / 2] ^= 0x55;
      refused(png, InvalidImageException.TRUNCATED);
    }

    @Test
    @DisplayName("more pixels than the limit, read from the header before anything is decoded")
    void pixelLimit() throws IOException {
      // A 60-byte file declaring 100000 x 100000 pixels: refused for its pixels, not its size
      // or its missing data, so the header was judged first.
      refused(TestImages.pngHeaderOnly(100_000, 100_000), InvalidImageException.MAX_PIXELS);
      refused(TestImages.webpLossless(16_000, 16_000), InvalidImageException.MAX_PIXELS);
      refused(TestImages.jpeg(1001, 1000), InvalidImageException.MAX_PIXELS);
      assertThat(unn.images().upload(stream(TestImages.jpeg(1000, 1000)), ALT).width())
          .isEqualTo(1000);
    }

    @Test
    @DisplayName("a file larger than the byte limit, reading no further than the limit")
    void byteLimit() throws IOException {
      cms.close();
      cms = build(storage, 1000, 1_000_000);
      unn = cms.tenant(Newsroom.UNN);
      byte[] big = TestImages.png(300, 300);
      assertThat(big.length).isGreaterThan(1000);
      int[] read = {0};
      InputStream counting =
          new ByteArrayInputStream(big) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
              int n = super.read(b, off, len);
              read[0] += Math.max(0, n);
              return n;
            }
          };

      assertThatThrownBy(() -> unn.images().upload(counting, ALT))
          .isInstanceOfSatisfying(
              InvalidImageException.class,
              e -> assertThat(e.rule()).isEqualTo(InvalidImageException.MAX_BYTES));
      assertThat(read[0]).isLessThan(1000 + 8192 + 1);
      assertThat(storedFiles()).isZero();
    }

    @Test
    @DisplayName("details that break rules, naming each, before the file is stored")
    void badDetails() throws IOException {
      ImageDetails bad =
          new ImageDetails(
              LocalizedText.of("en", "a".repeat(1001)),
              null,
              "c".repeat(301),
              null,
              URI.create("javascript:alert(1)"),
              null);

      assertThatThrownBy(() -> unn.images().upload(stream(TestImages.jpeg(10, 10)), bad))
          .isInstanceOfSatisfying(
              ValidationException.class,
              e ->
                  assertThat(e.violations())
                      .extracting(Violation::path, Violation::rule)
                      .containsExactlyInAnyOrder(
                          tuple("alt[en]", "Size"),
                          tuple("credit", "Size"),
                          tuple("licence", "HttpUrl")));
      assertThat(storedFiles()).isZero();
    }

    @Test
    @DisplayName("when the description cannot be stored, the bytes are removed again")
    void failedSaveRemovesBytes() throws IOException {
      cms.close();
      cms = build(new FailingImageSaves(storage), 200_000, 1_000_000);

      assertThatThrownBy(
              () -> cms.tenant(Newsroom.UNN).images().upload(stream(TestImages.jpeg(20, 20)), ALT))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("refused");
      assertThat(storedFiles()).isZero();
    }
  }

  @Nested
  @DisplayName("after an upload")
  class Afterwards {
    @Test
    @DisplayName("changes the details but never the bytes")
    void update() {
      ImageAsset asset = unn.images().upload(stream(TestImages.jpeg(40, 30)), ALT);

      ImageAsset changed =
          unn.images()
              .update(
                  asset.id(),
                  ImageDetails.of(asset)
                      .withCaption(LocalizedText.of("en", "Kyiv"))
                      .withFocalPoint(new FocalPoint(1, 0)));

      assertThat(changed.caption().exactly(Locale.ENGLISH)).contains("Kyiv");
      assertThat(changed.focalPoint()).isEqualTo(new FocalPoint(1, 0));
      assertThat(changed.contentHash()).isEqualTo(asset.contentHash());
      assertThat(changed.createdAt()).isEqualTo(asset.createdAt());
      assertThat(unn.images().get(asset.id())).isEqualTo(changed);
    }

    @Test
    @DisplayName("deletes the asset with its bytes")
    void delete() throws IOException {
      ImageAsset asset = unn.images().upload(stream(TestImages.jpeg(40, 30)), ALT);
      assertThat(storedFiles()).isOne();

      unn.images().delete(asset.id());

      assertThat(unn.images().find(asset.id())).isEmpty();
      assertThat(storedFiles()).isZero();
      assertThatThrownBy(() -> unn.images().delete(asset.id()))
          .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("another tenant can neither see, change, open nor delete it")
    void isolation() {
      ImageAsset asset = unn.images().upload(stream(TestImages.jpeg(40, 30)), ALT);

      assertThat(city.images().find(asset.id())).isEmpty();
      assertThat(city.images().findAll(List.of(asset.id()))).isEmpty();
      assertThatThrownBy(() -> city.images().update(asset.id(), ALT))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> city.images().openOriginal(asset.id()))
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> city.images().delete(asset.id()))
          .isInstanceOf(NotFoundException.class);
      assertThat(unn.images().findAll(List.of(asset.id()))).containsExactly(asset);
    }
  }

  /** A storage whose image repository refuses every save, as a database that is down would. */
  private static final class FailingImageSaves implements ContentStorage {
    private final ContentStorage delegate;

    FailingImageSaves(ContentStorage delegate) {
      this.delegate = delegate;
    }

    @Override
    public TenantRepository tenants() {
      return delegate.tenants();
    }

    @Override
    public ViewCountStore viewCounts() {
      return delegate.viewCounts();
    }

    @Override
    public ChangeLog changes() {
      return delegate.changes();
    }

    @Override
    public TenantStorage tenant(TenantId tenantId) {
      TenantStorage t = delegate.tenant(tenantId);
      ImageRepository images = t.images();
      return new TenantStorage() {
        @Override
        public TenantId tenantId() {
          return tenantId;
        }

        @Override
        public ArticleRepository articles() {
          return t.articles();
        }

        @Override
        public AuthorRepository authors() {
          return t.authors();
        }

        @Override
        public TagRepository tags() {
          return t.tags();
        }

        @Override
        public LocationRepository locations() {
          return t.locations();
        }

        @Override
        public SectionRepository sections() {
          return t.sections();
        }

        @Override
        public ImageRepository images() {
          return new ImageRepository() {
            @Override
            public void save(ImageAsset asset) {
              throw new StorageException("the database refused the write", null);
            }

            @Override
            public Optional<ImageAsset> findById(io.dateline.cms.media.ImageId id) {
              return images.findById(id);
            }

            @Override
            public List<ImageAsset> findByIds(
                java.util.Collection<io.dateline.cms.media.ImageId> ids) {
              return images.findByIds(ids);
            }

            @Override
            public boolean delete(io.dateline.cms.media.ImageId id) {
              return images.delete(id);
            }
          };
        }
      };
    }
  }
}
