package io.dateline.examples.newssite;

import io.dateline.cms.Dateline;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageDetails;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's pictures: each one is drawn in code ({@link DemoPictures}), encoded, and uploaded
 * through Dateline's upload API like any editor's photo, so the demo's images go through the same
 * checks, blob store and resizer as real ones. A picture asked for twice (same tenant and key) is
 * uploaded once.
 *
 * <p>Thread-safe.
 */
final class DemoImages {
  /** The sizes of the drawn originals: wide enough for a 1,200-pixel image in every ratio. */
  private static final Map<DemoPictures.Kind, int[]> ORIGINAL_SIZES =
      Map.of(
          DemoPictures.Kind.SCENE, new int[] {1600, 1200},
          DemoPictures.Kind.PORTRAIT, new int[] {640, 640},
          DemoPictures.Kind.LOGO, new int[] {1200, 300},
          DemoPictures.Kind.ICON, new int[] {512, 512});

  private static final String CREDIT = "Dateline demo (drawn in code)";

  private final Dateline cms;
  private final Map<String, ImageId> uploaded = new ConcurrentHashMap<>();

  /**
   * Pictures uploaded to a Dateline instance.
   *
   * @param cms where the pictures are uploaded
   */
  DemoImages(Dateline cms) {
    this.cms = Objects.requireNonNull(cms, "cms");
  }

  /**
   * Draws a picture, uploads it to its tenant and returns its asset's id.
   *
   * @param tenant the tenant it belongs to; must be saved already
   * @param key what it is for, unique within the tenant
   * @param kind what it shows
   * @param seed what varies it
   * @param text initials, word mark or letter
   * @param alt alt text per language
   * @return the asset's id
   */
  ImageId register(
      TenantId tenant,
      String key,
      DemoPictures.Kind kind,
      String seed,
      String text,
      LocalizedText alt) {
    return uploaded.computeIfAbsent(
        tenant.value() + "\u0000" + key, k -> upload(tenant, kind, seed, text, alt).id());
  }

  private ImageAsset upload(
      TenantId tenant, DemoPictures.Kind kind, String seed, String text, LocalizedText alt) {
    int[] size = Objects.requireNonNull(ORIGINAL_SIZES.get(kind), "size");
    byte[] bytes = DemoPictures.encode(kind, DemoPictures.draw(kind, seed, text, size[0], size[1]));
    return cms.tenant(tenant)
        .images()
        .upload(
            new ByteArrayInputStream(bytes), ImageDetails.of(alt).withRights(CREDIT, null, null));
  }

  /**
   * Text in both of the demo's languages.
   *
   * @param english the English text
   * @param ukrainian the Ukrainian text
   * @return the text
   */
  static LocalizedText bilingual(String english, String ukrainian) {
    return LocalizedText.of(Locale.ENGLISH, english, Locale.forLanguageTag("uk"), ukrainian);
  }
}
