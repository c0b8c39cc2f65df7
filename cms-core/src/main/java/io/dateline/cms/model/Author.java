package io.dateline.cms.model;

import io.dateline.cms.validation.HttpUrl;
import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person who writes for a tenant; shown in bylines.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId owning tenant; never {@code null}
 * @param id the author's id; never {@code null}
 * @param slug unique among the tenant's authors; used in author page URLs
 * @param name display name per language; at least one
 * @param bio short biography per language; may be empty, never {@code null}
 * @param email contact address, or {@code null}
 * @param imageUrl portrait URL, or {@code null}
 * @since 0.1.0
 */
public record Author(
    @NotNull TenantId tenantId,
    @NotNull AuthorId id,
    @NotNull @Slug String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name,
    @NotNull @LocalizedLength(min = 0, max = 5000) LocalizedText bio,
    @Email @Size(max = 320) @Nullable String email,
    @HttpUrl @Nullable URI imageUrl) {

  /** Rejects {@code null} ids; the rest is checked by validation. */
  public Author {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
    bio = bio == null ? LocalizedText.empty() : bio;
  }
}
