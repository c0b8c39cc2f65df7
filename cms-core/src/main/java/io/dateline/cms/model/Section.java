package io.dateline.cms.model;

import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rubric such as "Politics" or "News of the World"; sections form a tree.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId owning tenant
 * @param id the section's id
 * @param slug unique among the tenant's sections
 * @param name display name per language
 * @param parentId the enclosing section, or {@code null} for a top-level one
 * @param position order among siblings, ascending
 * @since 0.1.0
 */
public record Section(
    @NotNull TenantId tenantId,
    @NotNull SectionId id,
    @NotNull @Slug String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name,
    @Nullable SectionId parentId,
    @Min(0) @Max(10_000) int position) {

  /** Rejects {@code null} ids. */
  public Section {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
  }
}
