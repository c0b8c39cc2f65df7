package io.dateline.cms.command;

import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.validation.LocalizedLength;
import io.dateline.cms.validation.Slug;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of a tag.
 *
 * <p>Build one with {@link #of(TagKind, LocalizedText)}, with {@link #builder(TagKind,
 * LocalizedText)} when it needs an explicit slug or more languages, or with {@link #from(Tag)} to
 * change a stored tag:
 *
 * <pre>{@code
 * TagDraft draft =
 *     TagDraft.builder(TagKind.PERSON, LocalizedText.of("uk", "Джо Байден"))
 *         .name(Locale.ENGLISH, "Joe Biden")
 *         .slug("joe-biden")
 *         .build();
 * }</pre>
 *
 * @param kind what the tag names
 * @param slug the slug, or {@code null} to transliterate the name in the tenant's default language
 *     ("Джо Байден" gives {@code dzho-baiden})
 * @param name display name per language
 * @since 0.1.0
 */
public record TagDraft(
    @NotNull TagKind kind,
    @Slug @Nullable String slug,
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

  /**
   * Starts a draft of a kind with a name; the slug is derived from the name unless {@link
   * Builder#slug(String)} sets one.
   *
   * @param kind the kind
   * @param name the name per language
   * @return a builder
   */
  public static Builder builder(TagKind kind, LocalizedText name) {
    return new Builder().kind(kind).name(name);
  }

  /**
   * A draft holding a stored tag's fields, its slug included, to change a few and update.
   *
   * @param tag the tag
   * @return a builder
   */
  public static Builder from(Tag tag) {
    return new Builder().kind(tag.kind()).slug(tag.slug()).name(tag.name());
  }

  /** Mutable builder of {@link TagDraft}; not thread-safe. */
  public static final class Builder {
    private @Nullable TagKind kind;
    private @Nullable String slug;
    private @Nullable LocalizedText name;

    private Builder() {}

    /**
     * Sets kind.
     *
     * @param kind what the tag names
     * @return this builder
     */
    public Builder kind(TagKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Sets slug.
     *
     * @param slug the slug, or {@code null} to derive one from the name
     * @return this builder
     */
    public Builder slug(@Nullable String slug) {
      this.slug = slug;
      return this;
    }

    /**
     * Sets name.
     *
     * @param name display name per language
     * @return this builder
     */
    public Builder name(LocalizedText name) {
      this.name = name;
      return this;
    }

    /**
     * Adds (or replaces) the name in one language, keeping the others.
     *
     * @param language the language
     * @param text the name in it
     * @return this builder
     */
    public Builder name(Locale language, String text) {
      this.name = (name == null ? LocalizedText.empty() : name).with(language, text);
      return this;
    }

    /**
     * Builds the draft. Nothing is validated here; the services validate it.
     *
     * @return the draft
     */
    // A draft is input: a missing kind or name is reported by validation as a violation naming
    // the field, not thrown here, so build() passes them on as they are.
    @SuppressWarnings("NullAway")
    public TagDraft build() {
      return new TagDraft(kind, slug, name);
    }
  }
}
