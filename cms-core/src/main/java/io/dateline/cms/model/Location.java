package io.dateline.cms.model;

import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A place: used in datelines ("Kyiv • UNN") and as a filing place of articles.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId owning tenant
 * @param id the location's id
 * @param kind city, region or country
 * @param slug unique among the tenant's locations
 * @param name display name per language
 * @param coordinates where it is, or {@code null} when unknown
 * @since 0.1.0
 */
public record Location(
    @NotNull TenantId tenantId,
    @NotNull LocationId id,
    @NotNull LocationKind kind,
    @NotNull @Slug String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name,
    @Valid @Nullable GeoPoint coordinates) {

  /** Rejects {@code null} ids. */
  public Location {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
  }
}
