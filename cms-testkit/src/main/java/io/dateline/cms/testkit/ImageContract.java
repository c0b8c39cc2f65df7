package io.dateline.cms.testkit;

import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ImageRepository;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The image-asset contract ({@link ImageRepository}) as JUnit 5 tests: what the image service and
 * the pages showing images rely on. {@link StorageCompatibilityKit} includes it; a backend can also
 * run it alone:
 *
 * <pre>{@code
 * class MyImageTest implements ImageContract {
 *   public ContentStorage imageStorage() { return myStorage; }
 * }
 * }</pre>
 *
 * <p>Every test works in tenants with fresh ids, so the storage may be shared between tests.
 */
public interface ImageContract {

  /**
   * The storage under test, for the running test; not closed by these tests.
   *
   * @return the storage; never {@code null}
   */
  ContentStorage imageStorage();

  @Test
  @DisplayName("an image asset comes back field for field, with text in any script and no nulls")
  default void imageRoundTrip() {
    new ImageChecks(imageStorage()).roundTrip();
  }

  @Test
  @DisplayName("saving an image asset again replaces its details")
  default void imageSaveReplaces() {
    new ImageChecks(imageStorage()).saveReplaces();
  }

  @Test
  @DisplayName("image assets are found in one batch, leaving out unknown and repeated ids")
  default void imagesFoundByIds() {
    new ImageChecks(imageStorage()).findByIds();
  }

  @Test
  @DisplayName("a deleted image asset is gone; deleting it again reports nothing deleted")
  default void imageDelete() {
    new ImageChecks(imageStorage()).delete();
  }

  @Test
  @DisplayName(
      "saving and deleting an image asset write IMAGE_SAVED and IMAGE_DELETED to its tenant's feed")
  default void imageChangesInTheFeed() {
    new ImageChecks(imageStorage()).changeFeed();
  }

  @Test
  @DisplayName("tenants never see, find or delete each other's image assets")
  default void imagesStayInTheirTenant() {
    new ImageChecks(imageStorage()).isolation();
  }
}
