package io.dateline.cms.kinds;

import io.dateline.cms.DirectoryKind;
import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.validation.HttpUrl;
import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An organisation the newsroom writes about: a directory kind added in this one file. */
public record Organisation(DirectoryEntry entry) {

  /** What an editor fills in; Dateline validates it like its own drafts. */
  public record Draft(
      @Slug @Nullable String slug,
      @NotNull @LocalizedLength(max = 200) LocalizedText name,
      @NotNull @HttpUrl URI website) {}

  /** The kind: its name, and how a draft becomes an entry and an entry an organisation. */
  public static final DirectoryKind<Organisation, Draft> KIND =
      DirectoryKind.builder("organisation", Organisation.class, Draft.class)
          .slug(Draft::slug)
          .name(Draft::name)
          .attributes(d -> Map.of("website", d.website().toString()))
          .build(Organisation::new, Organisation::entry);

  /** The organisation's website. */
  public URI website() {
    return URI.create(entry.attributes().get("website"));
  }
}
