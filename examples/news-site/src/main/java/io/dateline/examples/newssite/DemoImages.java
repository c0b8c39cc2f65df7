package io.dateline.examples.newssite;

import io.dateline.cms.media.FocalPoint;
import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's image assets: which picture each one is, and the asset record Dateline stores for it.
 * Ids are derived from the tenant and a key (an article's key, an author's key, "logo", "icon"), so
 * the same sample content gets the same ids on every start.
 *
 * <p>This is the one seam between the sample content and image storage: {@link #register} is called
 * for every picture the sample uses. In this branch it keeps the assets here, and {@link
 * DemoMediaStorage} serves them to Dateline; where Dateline has an upload API, {@code register}
 * becomes an upload of {@link DemoPictures#encode encoded} originals and this catalogue is only
 * needed to know which picture to draw.
 *
 * <p>Thread-safe.
 */
final class DemoImages {
  /** The sizes of the drawn originals. */
  private static final Map<DemoPictures.Kind, int[]> ORIGINAL_SIZES =
      Map.of(
          DemoPictures.Kind.SCENE, new int[] {2400, 1600},
          DemoPictures.Kind.PORTRAIT, new int[] {800, 800},
          DemoPictures.Kind.LOGO, new int[] {1200, 300},
          DemoPictures.Kind.ICON, new int[] {512, 512});

  private static final Instant DRAWN = Instant.parse("2026-01-01T00:00:00Z");

  /** One drawn picture: what to draw, and its asset record. */
  record Picture(DemoPictures.Kind kind, String seed, String text, ImageAsset asset) {}

  private final Map<ImageId, Picture> pictures = new ConcurrentHashMap<>();

  /**
   * Registers a picture and returns its asset's id.
   *
   * @param tenant the tenant it belongs to
   * @param key what it is for, unique within the tenant
   * @param kind what it shows
   * @param seed what varies it
   * @param text initials, word mark or letter
   * @param alt alt text per language
   * @return the asset's id, the same for the same tenant and key every time
   */
  ImageId register(
      TenantId tenant,
      String key,
      DemoPictures.Kind kind,
      String seed,
      String text,
      LocalizedText alt) {
    ImageId id =
        ImageId.of(
            UUID.nameUUIDFromBytes(
                ("demo-image:" + tenant.value() + ":" + key).getBytes(StandardCharsets.UTF_8)));
    int[] size = Objects.requireNonNull(ORIGINAL_SIZES.get(kind), "size");
    // Stands in for the hash of the original's bytes: stable, and new when the drawing changes.
    String hash = sha256(kind + ":" + seed + ":" + text + ":v1");
    ImageAsset asset =
        new ImageAsset(
            tenant,
            id,
            "demo/" + tenant.value() + "/" + key,
            DemoPictures.mediaType(kind),
            size[0],
            size[1],
            // An estimate of the encoded original; the demo never stores the original's bytes.
            (long) size[0] * size[1] / 10,
            hash,
            alt,
            LocalizedText.empty(),
            "Dateline demo (drawn in code)",
            null,
            null,
            FocalPoint.CENTER,
            DRAWN);
    pictures.put(id, new Picture(kind, seed, text, asset));
    return id;
  }

  /**
   * A registered picture.
   *
   * @param id the asset's id
   * @return the picture, or empty
   */
  Optional<Picture> find(ImageId id) {
    return Optional.ofNullable(pictures.get(id));
  }

  /**
   * The assets of one tenant with these ids.
   *
   * @param tenant the tenant
   * @param ids the ids
   * @return the assets found
   */
  List<ImageAsset> assets(TenantId tenant, Collection<ImageId> ids) {
    return ids.stream()
        .map(pictures::get)
        .filter(p -> p != null && p.asset().tenantId().equals(tenant))
        .map(Picture::asset)
        .toList();
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
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
