package io.dateline.cms;

import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Describes a kind of directory entry that an application adds to Dateline, such as organisations
 * or events, so that {@link TenantContent#directory(DirectoryKind)} can manage it like the built-in
 * authors, tags, sections and locations: validation, slugs, authorization, audit, change feed and
 * storage on every backend, without a table or a service of its own (see {@code
 * docs/directory-kinds.md}).
 *
 * <p>A kind names its type {@code T}, its draft (command) type {@code D}, and four functions: the
 * draft's explicit slug, its name, its attributes, and how {@code T} wraps the stored {@link
 * DirectoryEntry} and gives it back. The simplest {@code T} is a record with one {@code
 * DirectoryEntry} component:
 *
 * <pre>{@code
 * public record Organisation(DirectoryEntry entry) {
 *   public record Draft(@Slug @Nullable String slug, @NotNull LocalizedText name,
 *       @NotNull @HttpUrl URI website) {}
 *
 *   public static final DirectoryKind<Organisation, Draft> KIND =
 *       DirectoryKind.builder("organisation", Organisation.class, Draft.class)
 *           .slug(Draft::slug)
 *           .name(Draft::name)
 *           .attributes(d -> Map.of("website", d.website().toString()))
 *           .build(Organisation::new, Organisation::entry);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; keep one instance per kind in a constant.
 *
 * @param <T> the kind's type
 * @param <D> its draft type
 * @since 0.1.0
 */
public final class DirectoryKind<T, D> {

  /** The names of the built-in kinds, which an application kind may not take. */
  public static final Set<String> BUILT_IN = Set.of("author", "tag", "section", "location");

  private final String name;
  private final Class<T> type;
  private final Class<D> draftType;
  private final Function<D, @Nullable String> slug;
  private final Function<D, LocalizedText> entryName;
  private final Function<D, Map<String, String>> attributes;
  private final Function<DirectoryEntry, T> wrap;
  private final Function<T, DirectoryEntry> unwrap;

  private DirectoryKind(
      Builder<T, D> builder, Function<DirectoryEntry, T> wrap, Function<T, DirectoryEntry> unwrap) {
    this.name = builder.name;
    this.type = builder.type;
    this.draftType = builder.draftType;
    this.slug = builder.slug;
    this.entryName = Objects.requireNonNull(builder.entryName, "name(...) must be set");
    this.attributes = builder.attributes;
    this.wrap = wrap;
    this.unwrap = unwrap;
  }

  /**
   * Starts describing a kind.
   *
   * @param name the kind's name: a lower-case letter, then 1 to 31 lower-case letters, digits or
   *     hyphens ({@link DirectoryEntry#KIND_PATTERN}), and none of {@link #BUILT_IN}; it is stored
   *     with every entry, so it must never change once entries exist
   * @param type the kind's type
   * @param draftType its draft type
   * @param <T> the kind's type
   * @param <D> its draft type
   * @return a builder
   * @throws IllegalArgumentException when the name breaks a rule; the message names the rule
   * @throws NullPointerException when an argument is {@code null}
   */
  public static <T, D> Builder<T, D> builder(String name, Class<T> type, Class<D> draftType) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(draftType, "draftType");
    if (!DirectoryEntry.isKindName(name)) {
      throw new IllegalArgumentException(
          "kind name: must match "
              + DirectoryEntry.KIND_PATTERN
              + " (lower case, 2 to 32 characters; rule Pattern): "
              + name);
    }
    if (BUILT_IN.contains(name)) {
      throw new IllegalArgumentException(
          "kind name: must not be one of the built-in kinds " + BUILT_IN + " (rule NotBuiltIn)");
    }
    return new Builder<>(name, type, draftType);
  }

  /**
   * The kind's name, stored with each entry and used in messages.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The kind's type.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * The kind's draft type.
   *
   * @return the class
   */
  public Class<D> draftType() {
    return draftType;
  }

  /**
   * The draft's explicit slug.
   *
   * @param draft the draft
   * @return the slug, or {@code null} to derive one from the name
   */
  public @Nullable String slugOf(D draft) {
    return slug.apply(draft);
  }

  /**
   * The draft's name.
   *
   * @param draft the draft
   * @return the name per language
   */
  public LocalizedText nameOf(D draft) {
    return entryName.apply(draft);
  }

  /**
   * The draft's attributes.
   *
   * @param draft the draft
   * @return the attributes by key
   */
  public Map<String, String> attributesOf(D draft) {
    return attributes.apply(draft);
  }

  /**
   * Builds the kind's type from a stored entry.
   *
   * @param entry an entry of this kind
   * @return the value
   */
  public T fromEntry(DirectoryEntry entry) {
    return wrap.apply(entry);
  }

  /**
   * The stored entry of a value.
   *
   * @param value a value of this kind
   * @return its entry
   */
  public DirectoryEntry toEntry(T value) {
    return unwrap.apply(value);
  }

  /**
   * The rules of the generic entry applied to a draft that passed its own Jakarta Validation: the
   * explicit slug, the name and the attributes; each violation names its field ({@code slug},
   * {@code name}, {@code attributes[website]}) and rule.
   *
   * @param draft the draft
   * @return the violations, possibly empty
   */
  List<Violation> violations(D draft) {
    List<Violation> found = new ArrayList<>();
    String explicit = slugOf(draft);
    if (explicit != null && !io.dateline.cms.slug.SlugGenerator.isValidSlug(explicit)) {
      found.add(
          new Violation(
              "slug",
              "Slug",
              "must be a slug: lowercase latin letters and digits in words joined by single"
                  + " hyphens, at most 120 characters"));
    }
    add(found, "name", DirectoryEntry.nameProblem(nameOf(draft)));
    Map<String, String> values = attributesOf(draft);
    if (values == null) {
      found.add(new Violation("attributes", "NotNull", "must not be null"));
      return found;
    }
    if (values.size() > DirectoryEntry.MAX_ATTRIBUTES) {
      found.add(
          new Violation(
              "attributes", "Size", "must be at most " + DirectoryEntry.MAX_ATTRIBUTES + " items"));
    }
    values.forEach(
        (key, value) ->
            add(found, "attributes[" + key + "]", DirectoryEntry.attributeProblem(key, value)));
    return found;
  }

  private static void add(
      List<Violation> found, String path, DirectoryEntry.@Nullable Problem problem) {
    if (problem != null) {
      found.add(new Violation(path, problem.rule(), problem.message()));
    }
  }

  @Override
  public String toString() {
    return "DirectoryKind[" + name + "]";
  }

  /**
   * Collects the functions of a {@link DirectoryKind}; not thread-safe. {@link #name(Function)} is
   * required; without {@link #slug(Function)} every slug is derived from the name, without {@link
   * #attributes(Function)} entries have none.
   *
   * @param <T> the kind's type
   * @param <D> its draft type
   * @since 0.1.0
   */
  public static final class Builder<T, D> {
    private final String name;
    private final Class<T> type;
    private final Class<D> draftType;
    private Function<D, @Nullable String> slug = d -> null;
    private @Nullable Function<D, LocalizedText> entryName;
    private Function<D, Map<String, String>> attributes = d -> Map.of();

    private Builder(String name, Class<T> type, Class<D> draftType) {
      this.name = name;
      this.type = type;
      this.draftType = draftType;
    }

    /**
     * How to read a draft's explicit slug; it returns {@code null} to derive the slug from the name
     * in the tenant's default language.
     *
     * @param slug the function
     * @return this builder
     */
    public Builder<T, D> slug(Function<D, @Nullable String> slug) {
      this.slug = Objects.requireNonNull(slug, "slug");
      return this;
    }

    /**
     * How to read a draft's name. Required.
     *
     * @param name the function
     * @return this builder
     */
    public Builder<T, D> name(Function<D, LocalizedText> name) {
      this.entryName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * How to turn a draft's fields into the entry's attributes (text by key).
     *
     * @param attributes the function
     * @return this builder
     */
    public Builder<T, D> attributes(Function<D, Map<String, String>> attributes) {
      this.attributes = Objects.requireNonNull(attributes, "attributes");
      return this;
    }

    /**
     * Finishes the kind.
     *
     * @param fromEntry builds the kind's type from a stored entry
     * @param toEntry gives a value's entry back
     * @return the kind
     * @throws NullPointerException when a function, or {@link #name(Function)}, is missing
     */
    public DirectoryKind<T, D> build(
        Function<DirectoryEntry, T> fromEntry, Function<T, DirectoryEntry> toEntry) {
      Objects.requireNonNull(fromEntry, "fromEntry");
      Objects.requireNonNull(toEntry, "toEntry");
      return new DirectoryKind<>(this, fromEntry, toEntry);
    }
  }
}
