package io.dateline.cms.model;

import io.dateline.cms.media.ImageAsset;
import io.dateline.cms.media.ImageId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The authors, tags, sections and locations some articles refer to, by id. Immutable.
 *
 * @param authors authors by id
 * @param tags tags by id
 * @param sections sections by id
 * @param locations locations by id
 * @param images image assets by id: the articles' featured and body images and their authors'
 *     portraits
 * @since 0.1.0
 */
public record References(
    Map<AuthorId, Author> authors,
    Map<TagId, Tag> tags,
    Map<SectionId, Section> sections,
    Map<LocationId, Location> locations,
    Map<ImageId, ImageAsset> images) {

  /** An empty set of references. */
  public static final References NONE =
      new References(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  /** Copies the maps. */
  public References {
    authors = Map.copyOf(authors);
    tags = Map.copyOf(tags);
    sections = Map.copyOf(sections);
    locations = Map.copyOf(locations);
    images = Map.copyOf(images);
  }

  /**
   * References without images, as before image assets existed.
   *
   * @param authors authors by id
   * @param tags tags by id
   * @param sections sections by id
   * @param locations locations by id
   */
  public References(
      Map<AuthorId, Author> authors,
      Map<TagId, Tag> tags,
      Map<SectionId, Section> sections,
      Map<LocationId, Location> locations) {
    this(authors, tags, sections, locations, Map.of());
  }

  /**
   * A copy that also holds some image assets.
   *
   * @param assets the assets to add
   * @return the copy, or this when {@code assets} is empty
   * @since 0.1.0
   */
  public References withImages(Collection<ImageAsset> assets) {
    if (assets.isEmpty()) {
      return this;
    }
    Map<ImageId, ImageAsset> all = new HashMap<>(images);
    for (ImageAsset a : assets) {
      all.put(a.id(), a);
    }
    return new References(authors, tags, sections, locations, all);
  }

  /**
   * Looks up an image asset.
   *
   * @param id the id, may be {@code null}
   * @return the asset, or empty when not loaded
   * @since 0.1.0
   */
  public Optional<ImageAsset> image(@Nullable ImageId id) {
    return id == null ? Optional.empty() : Optional.ofNullable(images.get(id));
  }

  /**
   * Builds references from loaded lists.
   *
   * @param authors authors
   * @param tags tags
   * @param sections sections
   * @param locations locations
   */
  public References(
      Collection<Author> authors,
      Collection<Tag> tags,
      Collection<Section> sections,
      Collection<Location> locations) {
    this(
        index(authors, Author::id),
        index(tags, Tag::id),
        index(sections, Section::id),
        index(locations, Location::id));
  }

  private static <K, V> Map<K, V> index(Collection<V> values, Function<V, K> id) {
    return values.stream().collect(Collectors.toMap(id, v -> v, (a, b) -> a));
  }

  /**
   * Looks up an author.
   *
   * @param id the id
   * @return the author, or empty when not loaded
   */
  public Optional<Author> author(AuthorId id) {
    return Optional.ofNullable(authors.get(id));
  }

  /**
   * Looks up a tag.
   *
   * @param id the id
   * @return the tag, or empty
   */
  public Optional<Tag> tag(TagId id) {
    return Optional.ofNullable(tags.get(id));
  }

  /**
   * Looks up a section.
   *
   * @param id the id
   * @return the section, or empty
   */
  public Optional<Section> section(SectionId id) {
    return Optional.ofNullable(sections.get(id));
  }

  /**
   * Looks up a location.
   *
   * @param id the id, may be {@code null}
   * @return the location, or empty
   */
  public Optional<Location> location(@Nullable LocationId id) {
    return id == null ? Optional.empty() : Optional.ofNullable(locations.get(id));
  }

  /**
   * Resolves ids in order, skipping ones that were not loaded.
   *
   * @param ids author ids
   * @return the authors
   */
  public List<Author> authorsOf(List<AuthorId> ids) {
    return ids.stream().map(authors::get).filter(a -> a != null).toList();
  }

  /**
   * Resolves ids in order, skipping ones that were not loaded.
   *
   * @param ids tag ids
   * @return the tags
   */
  public List<Tag> tagsOf(List<TagId> ids) {
    return ids.stream().map(tags::get).filter(a -> a != null).toList();
  }

  /**
   * Resolves ids in order, skipping ones that were not loaded.
   *
   * @param ids section ids
   * @return the sections
   */
  public List<Section> sectionsOf(List<SectionId> ids) {
    return ids.stream().map(sections::get).filter(a -> a != null).toList();
  }

  /**
   * Resolves ids in order, skipping ones that were not loaded.
   *
   * @param ids location ids
   * @return the locations
   */
  public List<Location> locationsOf(List<LocationId> ids) {
    return ids.stream().map(locations::get).filter(a -> a != null).toList();
  }
}
