package io.dateline.cms.command;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.validation.HttpUrl;
import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of an author.
 *
 * @param slug the slug, or {@code null} to derive one from the name in the tenant's default
 *     language
 * @param name display name per language
 * @param bio biography per language, or {@code null}
 * @param email contact address, or {@code null}
 * @param imageUrl portrait URL, or {@code null}
 * @param photo portrait as an image asset of the tenant, or {@code null}
 * @since 0.1.0
 */
public record AuthorDraft(
    @Slug @Nullable String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name,
    @LocalizedLength(min = 0, max = 5000) @Nullable LocalizedText bio,
    @Email @Size(max = 320) @Nullable String email,
    @HttpUrl @Nullable URI imageUrl,
    @Nullable ImageId photo) {

  /**
   * A draft without a portrait asset, as before image assets existed.
   *
   * @param slug the slug, or {@code null}
   * @param name display name per language
   * @param bio biography per language, or {@code null}
   * @param email contact address, or {@code null}
   * @param imageUrl portrait URL, or {@code null}
   */
  public AuthorDraft(
      @Nullable String slug,
      LocalizedText name,
      @Nullable LocalizedText bio,
      @Nullable String email,
      @Nullable URI imageUrl) {
    this(slug, name, bio, email, imageUrl, null);
  }

  /**
   * An author with just a name.
   *
   * @param name the name per language
   * @return the draft
   */
  public static AuthorDraft named(LocalizedText name) {
    return new AuthorDraft(null, name, null, null, null);
  }
}
