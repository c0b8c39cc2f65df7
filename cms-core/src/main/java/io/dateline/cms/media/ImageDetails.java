package io.dateline.cms.media;

import io.dateline.cms.model.LocalizedText;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * What an editor says about an image: its text alternative and caption per language, credit, rights
 * and focal point. Given with an upload and again to change an asset's details; the bytes and what
 * is read from them (size, media type, hash) never change.
 *
 * <p>{@code null} text becomes empty text and a {@code null} focal point becomes {@link
 * FocalPoint#CENTER}; the rules on lengths and the licence URL are checked by {@link
 * io.dateline.cms.ImageService}, which names each broken rule.
 *
 * @param alt text alternative per language; required in a language before an article in that
 *     language can be published with the image
 * @param caption caption per language, may be empty
 * @param credit photographer or agency credit, or {@code null}
 * @param copyright copyright notice, or {@code null}
 * @param licence an http(s) URL of the licence the image is used under, or {@code null}
 * @param focalPoint the point every crop keeps in view
 * @since 0.1.0
 */
public record ImageDetails(
    LocalizedText alt,
    LocalizedText caption,
    @Nullable String credit,
    @Nullable String copyright,
    @Nullable URI licence,
    FocalPoint focalPoint) {

  /**
   * Fills in defaults for {@code null}.
   *
   * @param alt text alternative, {@code null} for none
   * @param caption caption, {@code null} for none
   * @param credit credit, or {@code null}
   * @param copyright copyright notice, or {@code null}
   * @param licence licence URL, or {@code null}
   * @param focalPoint focal point, {@code null} for the centre
   */
  public ImageDetails(
      @Nullable LocalizedText alt,
      @Nullable LocalizedText caption,
      @Nullable String credit,
      @Nullable String copyright,
      @Nullable URI licence,
      @Nullable FocalPoint focalPoint) {
    this.alt = alt == null ? LocalizedText.empty() : alt;
    this.caption = caption == null ? LocalizedText.empty() : caption;
    this.credit = credit;
    this.copyright = copyright;
    this.licence = licence;
    this.focalPoint = focalPoint == null ? FocalPoint.CENTER : focalPoint;
  }

  /**
   * Details with only a text alternative; no caption, credit or rights, focal point in the centre.
   *
   * @param alt the text alternative per language
   * @return the details
   */
  public static ImageDetails of(LocalizedText alt) {
    return new ImageDetails(alt, null, null, null, null, null);
  }

  /**
   * The details of a stored asset, to change some of them with the {@code with...} methods.
   *
   * @param asset the asset
   * @return its details
   */
  public static ImageDetails of(ImageAsset asset) {
    return new ImageDetails(
        asset.alt(),
        asset.caption(),
        asset.credit(),
        asset.copyright(),
        asset.licence(),
        asset.focalPoint());
  }

  /**
   * A copy with another caption.
   *
   * @param caption the caption, {@code null} for none
   * @return the copy
   */
  public ImageDetails withCaption(@Nullable LocalizedText caption) {
    return new ImageDetails(alt, caption, credit, copyright, licence, focalPoint);
  }

  /**
   * A copy with another text alternative.
   *
   * @param alt the text alternative, {@code null} for none
   * @return the copy
   */
  public ImageDetails withAlt(@Nullable LocalizedText alt) {
    return new ImageDetails(alt, caption, credit, copyright, licence, focalPoint);
  }

  /**
   * A copy with other credit and rights.
   *
   * @param credit the credit, or {@code null}
   * @param copyright the copyright notice, or {@code null}
   * @param licence the licence URL, or {@code null}
   * @return the copy
   */
  public ImageDetails withRights(
      @Nullable String credit, @Nullable String copyright, @Nullable URI licence) {
    return new ImageDetails(alt, caption, credit, copyright, licence, focalPoint);
  }

  /**
   * A copy with another focal point.
   *
   * @param focalPoint the focal point, {@code null} for the centre
   * @return the copy
   */
  public ImageDetails withFocalPoint(@Nullable FocalPoint focalPoint) {
    return new ImageDetails(alt, caption, credit, copyright, licence, focalPoint);
  }
}
