package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.Dateline;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.media.embedded.FileSystemBlobStore;
import io.dateline.cms.memory.InMemoryStorage;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.model.TenantId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The demo's drawn pictures")
class DemoPicturesTest {
  @ParameterizedTest
  @EnumSource(DemoPictures.Kind.class)
  @DisplayName("come out at the size asked for, in the format promised, the same every time")
  void drawn(DemoPictures.Kind kind) throws Exception {
    byte[] first = DemoPictures.encode(kind, DemoPictures.draw(kind, "seoul", "DN", 640, 360));
    byte[] second = DemoPictures.encode(kind, DemoPictures.draw(kind, "seoul", "DN", 640, 360));

    assertThat(first).isEqualTo(second);
    BufferedImage read = ImageIO.read(new ByteArrayInputStream(first));
    assertThat(read.getWidth()).isEqualTo(640);
    assertThat(read.getHeight()).isEqualTo(360);
    if (DemoPictures.mediaType(kind).equals("image/png")) {
      assertThat(first).startsWith(0x89, 'P', 'N', 'G');
    } else {
      assertThat(first).startsWith(0xff, 0xd8);
    }
  }

  @Test
  @DisplayName("differ from one article to the next")
  void varied() {
    BufferedImage a = DemoPictures.draw(DemoPictures.Kind.SCENE, "article-a", "", 320, 180);
    BufferedImage b = DemoPictures.draw(DemoPictures.Kind.SCENE, "article-b", "", 320, 180);
    assertThat(pixels(a)).isNotEqualTo(pixels(b));
  }

  @Test
  @DisplayName("are uploaded once per tenant and key, as checked assets of their drawn size")
  void uploaded(@TempDir Path media) {
    try (Dateline cms =
        Dateline.builder()
            .storage(new InMemoryStorage())
            .blobStore(new FileSystemBlobStore(media))
            .build()) {
      TenantId tenant = TenantId.of("dnipro-news");
      cms.saveTenant(
          Tenant.builder(
                  tenant,
                  "Dnipro News",
                  Locale.forLanguageTag("uk"),
                  ZoneId.of("Europe/Kyiv"),
                  URI.create("http://localhost/dnipro-news/"))
              .build());
      DemoImages images = new DemoImages(cms);
      var alt = DemoImages.bilingual("Logo", "Логотип");

      ImageId logo = images.register(tenant, "logo", DemoPictures.Kind.LOGO, "x", "DNA", alt);
      ImageId again = images.register(tenant, "logo", DemoPictures.Kind.LOGO, "x", "DNA", alt);
      ImageId scene = images.register(tenant, "article:a", DemoPictures.Kind.SCENE, "a", "", alt);

      assertThat(again).isEqualTo(logo);
      ImageAsset stored = cms.tenant(tenant).images().get(scene);
      assertThat(stored.width()).isEqualTo(1600);
      assertThat(stored.height()).isEqualTo(1200);
      assertThat(stored.mediaType()).isEqualTo("image/jpeg");
      assertThat(stored.credit()).contains("drawn in code");
      assertThat(cms.tenant(tenant).images().get(logo).mediaType()).isEqualTo("image/png");
    }
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
