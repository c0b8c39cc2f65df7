package io.dateline.cms.command;

import io.dateline.cms.model.GeoPoint;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of a location.
 *
 * @param kind city, region or country
 * @param slug the slug, or {@code null} to derive one from the name
 * @param name display name per language
 * @param coordinates where it is, or {@code null}
 * @since 0.1.0
 */
public record LocationDraft(
    @NotNull LocationKind kind,
    @Slug @Nullable String slug,
    @NotNull @LocalizedLength(max = 200) LocalizedText name,
    @Valid @Nullable GeoPoint coordinates) {

  /**
   * A location without coordinates whose slug is derived from its name.
   *
   * @param kind the kind
   * @param name the name per language
   * @return the draft
   */
  public static LocationDraft of(LocationKind kind, LocalizedText name) {
    return new LocationDraft(kind, null, name, null);
  }
}
