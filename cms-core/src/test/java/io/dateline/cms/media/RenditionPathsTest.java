package io.dateline.cms.media;

import static org.assertj.core.api.Assertions.assertThat;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rendition paths")
class RenditionPathsTest {
  private static final ImageId ID = ImageId.parse("2f1e0a58-4c1a-4bde-9d0b-5b3f5e0a0001");

  private static ImageAsset asset(String hash, FocalPoint focal, String mediaType) {
    return new ImageAsset(
        TenantId.of("unn"),
        ID,
        "unn/images/x",
        mediaType,
        4000,
        3000,
        1,
        hash,
        LocalizedText.empty(),
        LocalizedText.empty(),
        null,
        null,
        null,
        focal,
        Instant.EPOCH);
  }

  @Test
  @DisplayName("name tenant, image, version, ratio and width, with the extension of the type")
  void shape() {
    ImageAsset jpeg = asset("ab".repeat(32), FocalPoint.CENTER, "image/jpeg");
    String version = RenditionPaths.version(jpeg);
    assertThat(RenditionPaths.of(jpeg, CropRatio.STANDARD, 640))
        .isEqualTo("_media/unn/" + ID + "/" + version + "/4x3/640.jpg");
    ImageAsset png = asset("ab".repeat(32), FocalPoint.CENTER, "image/png");
    assertThat(RenditionPaths.of(png, CropRatio.WIDE, 320)).endsWith("/16x9/320.png");
  }

  @Test
  @DisplayName("have a version of 12 hex digits that depends on the bytes and the focal point only")
  void version() {
    ImageAsset a = asset("ab".repeat(32), FocalPoint.CENTER, "image/jpeg");
    assertThat(RenditionPaths.version(a)).matches("[0-9a-f]{12}");
    assertThat(RenditionPaths.version(asset("ab".repeat(32), FocalPoint.CENTER, "image/jpeg")))
        .as("the same inputs give the same version")
        .isEqualTo(RenditionPaths.version(a));
    assertThat(RenditionPaths.version(asset("ab".repeat(32), FocalPoint.CENTER, "image/webp")))
        .as("the media type is not part of it")
        .isEqualTo(RenditionPaths.version(a));
    assertThat(RenditionPaths.version(asset("ac".repeat(32), FocalPoint.CENTER, "image/jpeg")))
        .isNotEqualTo(RenditionPaths.version(a));
    assertThat(
            RenditionPaths.version(
                asset("ab".repeat(32), new FocalPoint(0.5, Math.nextUp(0.5)), "image/jpeg")))
        .as("the smallest move of the focal point gives a new version")
        .isNotEqualTo(RenditionPaths.version(a));
  }

  @Test
  @DisplayName("give distinct versions across a grid of focal points")
  void distinct() {
    Set<String> versions = new HashSet<>();
    for (int x = 0; x <= 100; x++) {
      for (int y = 0; y <= 100; y++) {
        versions.add(
            RenditionPaths.version(
                asset("ab".repeat(32), new FocalPoint(x / 100.0, y / 100.0), "image/jpeg")));
      }
    }
    assertThat(versions).hasSize(101 * 101);
  }
}
