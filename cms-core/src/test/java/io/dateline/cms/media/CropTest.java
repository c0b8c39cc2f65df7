package io.dateline.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A crop around the focal point")
class CropTest {
  private static ImageAsset asset(int width, int height, FocalPoint focal) {
    return new ImageAsset(
        TenantId.of("unn"),
        ImageId.random(),
        "unn/images/x.jpg",
        "image/jpeg",
        width,
        height,
        1,
        "00",
        LocalizedText.empty(),
        LocalizedText.empty(),
        null,
        null,
        null,
        focal,
        Instant.EPOCH);
  }

  @Test
  @DisplayName("of a landscape photo keeps the full height and slides sideways to the focal point")
  void landscape() {
    // 4000 x 2000: a 4:3 crop is 2667 x 2000; 1:1 is 2000 x 2000.
    assertThat(Crop.of(asset(4000, 2000, FocalPoint.CENTER), CropRatio.STANDARD))
        .isEqualTo(new Crop(667, 0, 2667, 2000));
    assertThat(Crop.of(asset(4000, 2000, new FocalPoint(0.9, 0.5)), CropRatio.SQUARE))
        .isEqualTo(new Crop(2000, 0, 2000, 2000)); // centred at 3600 would pass the right edge
    assertThat(Crop.of(asset(4000, 2000, new FocalPoint(0.3, 0.5)), CropRatio.SQUARE))
        .isEqualTo(new Crop(200, 0, 2000, 2000)); // centred on x = 1200
    assertThat(Crop.of(asset(4000, 2000, new FocalPoint(0, 0)), CropRatio.WIDE))
        .isEqualTo(new Crop(0, 0, 3556, 2000));
  }

  @Test
  @DisplayName("of a portrait photo keeps the full width and slides up or down")
  void portrait() {
    // 1200 x 1800: 16:9 is 1200 x 675.
    assertThat(Crop.of(asset(1200, 1800, new FocalPoint(0.5, 0.2)), CropRatio.WIDE))
        .isEqualTo(new Crop(0, 23, 1200, 675)); // centred on y = 360: top 360 - 337.5
    assertThat(Crop.of(asset(1200, 1800, new FocalPoint(0.5, 1)), CropRatio.WIDE))
        .isEqualTo(new Crop(0, 1125, 1200, 675));
    assertThat(Crop.of(asset(1200, 1800, FocalPoint.CENTER), CropRatio.ORIGINAL))
        .isEqualTo(new Crop(0, 0, 1200, 1800));
  }

  @Test
  @DisplayName("is never enlarged: a wider request gets the crop's own width")
  void neverUpscaled() {
    Crop square = Crop.of(asset(800, 600, FocalPoint.CENTER), CropRatio.SQUARE);
    assertThat(square.outputSize(320)).containsExactly(320, 320);
    assertThat(square.outputSize(1600)).containsExactly(600, 600);
    Crop wide = Crop.of(asset(800, 600, FocalPoint.CENTER), CropRatio.WIDE);
    assertThat(wide).isEqualTo(new Crop(0, 75, 800, 450));
    assertThat(wide.outputSize(640)).containsExactly(640, 360);
    assertThat(wide.outputSize(1280)).containsExactly(800, 450);
  }
}
