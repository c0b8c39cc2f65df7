package io.dateline.cms.model;

import io.dateline.cms.media.ImageId;
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
 * @param photo the author's portrait as an image asset of the tenant, or {@code null}; preferred
 *     over {@code imageUrl} where both are set
 * @since 0.1.0
 */
public record Author(
    @NotNull TenantId tenantId,
    @NotNull AuthorId id,
    @NotNull @Slug String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name,
    @NotNull @LocalizedLength(min = 0, max = 5000) LocalizedText bio,
    @Email @Size(max = 320) @Nullable String email,
    @HttpUrl @Nullable URI imageUrl,
    @Nullable ImageId photo) {

  /** Rejects {@code null} ids; the rest is checked by validation. */
  public Author {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
    bio = bio == null ? LocalizedText.empty() : bio;
  }

  /**
   * An author without a portrait asset, as before image assets existed.
   *
   * @param tenantId owning tenant
   * @param id the author's id
   * @param slug the slug
   * @param name display name per language
   * @param bio biography per language
   * @param email contact address, or {@code null}
   * @param imageUrl portrait URL, or {@code null}
   */
  public Author(
      TenantId tenantId,
      AuthorId id,
      String slug,
      LocalizedText name,
      LocalizedText bio,
      @Nullable String email,
      @Nullable URI imageUrl) {
    this(tenantId, id, slug, name, bio, email, imageUrl, null);
  }

  /**
   * A copy with another portrait asset.
   *
   * @param photo the portrait's asset id, or {@code null} for none
   * @return the copy
   * @since 0.1.0
   */
  public Author withPhoto(@Nullable ImageId photo) {
    return new Author(tenantId, id, slug, name, bio, email, imageUrl, photo);
  }
}
