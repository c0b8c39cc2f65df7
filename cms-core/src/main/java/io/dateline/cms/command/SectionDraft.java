package io.dateline.cms.command;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of a section.
 *
 * @param slug the slug, or {@code null} to derive one from the name
 * @param name display name per language
 * @param parentId the enclosing section of the same tenant, or {@code null}
 * @param position order among siblings
 * @since 0.1.0
 */
public record SectionDraft(
    @Slug @Nullable String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name,
    @Nullable SectionId parentId,
    @Min(0) @Max(10_000) int position) {

  /**
   * A top-level section whose slug is derived from its name.
   *
   * @param name the name per language
   * @return the draft
   */
  public static SectionDraft of(LocalizedText name) {
    return new SectionDraft(null, name, null, 0);
  }
}
