package io.dateline.cms.model;

import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A keyword an article is filed under: a topic, person, organisation or event.
 *
 * <p>Immutable and thread-safe. The slug is stored, not derived: it defaults to the transliterated
 * name in the tenant's default language but an editor may change it.
 *
 * @param tenantId owning tenant
 * @param id the tag's id
 * @param kind what the tag names
 * @param slug unique among the tenant's tags
 * @param name display name per language
 * @since 0.1.0
 */
public record Tag(
    @NotNull TenantId tenantId,
    @NotNull TagId id,
    @NotNull TagKind kind,
    @NotNull @Slug String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name) {

  /** Rejects {@code null} ids. */
  public Tag {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
  }
}
