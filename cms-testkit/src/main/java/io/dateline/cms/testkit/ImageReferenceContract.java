package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The storage contract for references to image assets: a tenant's logo, icon and X account, an
 * author's portrait, and the asset behind an article's lead image and image blocks come back as
 * stored, and stay within their tenant. A backend runs them by implementing this interface in a
 * test class, or all contracts at once through {@link StorageCompatibilityKit}.
 *
 * @since 0.1.0
 */
public interface ImageReferenceContract {
  /**
   * The storage these tests run against. Called once per test.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage imageReferenceStorage();

  @Test
  @DisplayName("Image references: a tenant's logo, icon and X account round-trip")
  default void tenantLogoAndIconRoundTrip() {
    new ImageReferenceChecks(imageReferenceStorage()).tenantLogoAndIconRoundTrip();
  }

  @Test
  @DisplayName("Image references: removing a tenant's logo and icon stores their absence")
  default void tenantLogoAndIconCanBeRemoved() {
    new ImageReferenceChecks(imageReferenceStorage()).tenantLogoAndIconCanBeRemoved();
  }

  @Test
  @DisplayName("Image references: an author's portrait asset round-trips and stays in its tenant")
  default void authorPhotoRoundTrips() {
    new ImageReferenceChecks(imageReferenceStorage()).authorPhotoRoundTrips();
  }

  @Test
  @DisplayName("Image references: an article's lead image and image blocks keep their assets")
  default void articleImageAssetsRoundTrip() {
    new ImageReferenceChecks(imageReferenceStorage()).articleImageAssetsRoundTrip();
  }
}
