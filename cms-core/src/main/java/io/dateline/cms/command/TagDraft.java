package io.dateline.cms.command;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.NotNull;

/**
 * The editable fields of a tag.
 *
 * @param kind what the tag names
 * @param slug the slug, or {@code null} to transliterate the name in the tenant's default language
 *     ("Джо Байден" gives {@code dzho-baiden})
 * @param name display name per language
 */
public record TagDraft(
    @NotNull TagKind kind,
    @Slug String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name) {

  /**
   * A tag whose slug is derived from its name.
   *
   * @param kind the kind
   * @param name the name per language
   * @return the draft
   */
  public static TagDraft of(TagKind kind, LocalizedText name) {
    return new TagDraft(kind, null, name);
  }
}
