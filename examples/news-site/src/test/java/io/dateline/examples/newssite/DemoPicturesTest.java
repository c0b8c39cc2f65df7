package io.dateline.examples.newssite;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.TenantId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
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
  @DisplayName("get the same asset id for the same tenant and key on every start")
  void stableIds() {
    DemoImages one = new DemoImages();
    DemoImages two = new DemoImages();
    TenantId tenant = TenantId.of("dnipro-news");
    var alt = DemoImages.bilingual("Logo", "Логотип");
    assertThat(one.register(tenant, "logo", DemoPictures.Kind.LOGO, "x", "DNA", alt))
        .isEqualTo(two.register(tenant, "logo", DemoPictures.Kind.LOGO, "x", "DNA", alt))
        .isNotEqualTo(
            one.register(
                TenantId.of("lviv-today"), "logo", DemoPictures.Kind.LOGO, "x", "LT", alt));
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
