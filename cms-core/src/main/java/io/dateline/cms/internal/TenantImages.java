package io.dateline.cms.internal;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.spi.ReferenceIds;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Adds the tenant's logo and icon to the image assets a page's references load: every page shows
 * them (structured data, favicon), and loading them in the same read as the articles' own images
 * costs no extra statement.
 */
final class TenantImages {
  private TenantImages() {}

  /**
   * The ids with the tenant's logo and icon among the images.
   *
   * @param ids the ids the articles refer to
   * @param tenant the tenant
   * @return the ids, unchanged when the tenant has neither
   */
  static ReferenceIds withLogoAndIcon(ReferenceIds ids, Tenant tenant) {
    if (tenant.logo() == null && tenant.icon() == null) {
      return ids;
    }
    Set<ImageId> images = new LinkedHashSet<>(ids.images());
    if (tenant.logo() != null) {
      images.add(tenant.logo());
    }
    if (tenant.icon() != null) {
      images.add(tenant.icon());
    }
    return new ReferenceIds(ids.authors(), ids.tags(), ids.sections(), ids.locations(), images);
  }
}
