package io.dateline.cms.model;

import io.dateline.cms.slug.SlugGenerator;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an application-defined directory kind (see {@code io.dateline.cms.DirectoryKind}),
 * in the generic form every backend stores: a slug, a name per language and a few text attributes.
 * A kind's own type is built from it and reads it back.
 *
 * <p>Immutable and thread-safe. The constructor checks every part and throws {@link
 * IllegalArgumentException} naming the part and the rule; the directory service reports the same
 * rules as a {@code ValidationException} before it ever builds an entry.
 *
 * <p>Entries of application-defined kinds are not referenced by articles: Dateline keeps no link
 * from an article to an entry, so deleting one never meets {@code ReferenceInUseException}.
 *
 * @param tenantId the owning tenant
 * @param id the entry's id, unique across kinds and tenants
 * @param kind the kind's name, such as {@code organisation} (rule {@link #KIND_PATTERN})
 * @param slug unique within the tenant and kind
 * @param name the display name per language, not empty
 * @param attributes the kind's fields as text, by key; at most {@value #MAX_ATTRIBUTES}, each key
 *     matching {@link #ATTRIBUTE_KEY_PATTERN}, each value at most {@value #MAX_ATTRIBUTE_VALUE}
 *     characters of well-formed text (no NUL character, no unpaired surrogate); an immutable copy,
 *     iterated in key order
 * @since 0.1.0
 */
public record DirectoryEntry(
    TenantId tenantId,
    EntryId id,
    String kind,
    String slug,
    LocalizedText name,
    Map<String, String> attributes) {

  /**
   * The rule for kind names: a lower-case letter, then 1 to 31 lower-case letters, digits or
   * hyphens.
   */
  public static final String KIND_PATTERN = "[a-z][a-z0-9-]{1,31}";

  /**
   * The rule for attribute keys: a letter, then up to 63 letters, digits, {@code _} or {@code -}.
   */
  public static final String ATTRIBUTE_KEY_PATTERN = "[A-Za-z][A-Za-z0-9_-]{0,63}";

  /** The most attributes an entry has. */
  public static final int MAX_ATTRIBUTES = 50;

  /** The longest attribute value, in UTF-16 code units. */
  public static final int MAX_ATTRIBUTE_VALUE = 2000;

  /** The longest name, in UTF-16 code units, in any language. */
  public static final int MAX_NAME = 200;

  private static final Pattern KIND = Pattern.compile(KIND_PATTERN);
  private static final Pattern KEY = Pattern.compile(ATTRIBUTE_KEY_PATTERN);

  /**
   * Checks every part and copies the attributes.
   *
   * @throws NullPointerException when a part is {@code null}
   * @throws IllegalArgumentException when a part breaks its rule; the message names both
   */
  public DirectoryEntry {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(attributes, "attributes");
    if (!isKindName(kind)) {
      throw new IllegalArgumentException(
          "kind: must match " + KIND_PATTERN + " (rule Pattern): " + kind);
    }
    if (!SlugGenerator.isValidSlug(slug)) {
      throw new IllegalArgumentException("slug: must be a slug (rule Slug): " + slug);
    }
    Problem nameProblem = nameProblem(name);
    if (nameProblem != null) {
      throw new IllegalArgumentException("name: " + nameProblem);
    }
    if (attributes.size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "attributes: at most " + MAX_ATTRIBUTES + " (rule Size): " + attributes.size());
    }
    TreeMap<String, String> copy = new TreeMap<>();
    attributes.forEach(
        (key, value) -> {
          Problem problem = attributeProblem(key, value);
          if (problem != null) {
            throw new IllegalArgumentException("attributes[" + key + "]: " + problem);
          }
          copy.put(key, value);
        });
    attributes = Collections.unmodifiableMap(copy);
  }

  /**
   * One attribute.
   *
   * @param key the key
   * @return its value, or {@code null} when the entry has none
   */
  public @Nullable String attribute(String key) {
    return attributes.get(key);
  }

  /**
   * Whether a text is a valid kind name ({@link #KIND_PATTERN}).
   *
   * @param name the text
   * @return {@code true} when it is
   */
  public static boolean isKindName(@Nullable String name) {
    return name != null && KIND.matcher(name).matches();
  }

  /**
   * What is wrong with a name.
   *
   * @param name the name, possibly {@code null}
   * @return the problem, or {@code null} when the name is fine
   */
  public static @Nullable Problem nameProblem(@Nullable LocalizedText name) {
    if (name == null) {
      return new Problem("NotNull", "must not be null");
    }
    if (name.isEmpty()) {
      return new Problem("NotEmpty", "must have a value in at least one language");
    }
    for (String value : name.values().values()) {
      if (value.isBlank()) {
        return new Problem("NotBlank", "must not be blank in any language");
      }
      if (value.length() > MAX_NAME) {
        return new Problem("Size", "must be at most " + MAX_NAME + " characters in every language");
      }
      if (!wellFormed(value)) {
        return new Problem(
            "WellFormedText", "must not contain NUL characters or unpaired surrogates");
      }
    }
    return null;
  }

  /**
   * What is wrong with one attribute.
   *
   * @param key the key, possibly {@code null}
   * @param value the value, possibly {@code null}
   * @return the problem, or {@code null} when the attribute is fine
   */
  public static @Nullable Problem attributeProblem(@Nullable String key, @Nullable String value) {
    if (key == null || !KEY.matcher(key).matches()) {
      return new Problem("Pattern", "the key must match " + ATTRIBUTE_KEY_PATTERN);
    }
    if (value == null) {
      return new Problem("NotNull", "must not be null");
    }
    if (value.length() > MAX_ATTRIBUTE_VALUE) {
      return new Problem("Size", "must be at most " + MAX_ATTRIBUTE_VALUE + " characters");
    }
    if (!wellFormed(value)) {
      return new Problem(
          "WellFormedText", "must not contain NUL characters or unpaired surrogates");
    }
    return null;
  }

  /**
   * A rule that a part of an entry breaks.
   *
   * @param rule the rule's name, such as {@code Size} or {@code Pattern}
   * @param message what is wrong, such as {@code "must be at most 2000 characters"}
   * @since 0.1.0
   */
  public record Problem(String rule, String message) {
    /**
     * The message with its rule, as exception messages show it.
     *
     * @return {@code "<message> (rule <Rule>)"}
     */
    @Override
    public String toString() {
      return message + " (rule " + rule + ")";
    }
  }

  /**
   * Written here rather than reusing the command validator's text check, which walks whole object
   * graphs and lives in an internal package the model must not depend on.
   */
  private static boolean wellFormed(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\0') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
