package io.dateline.cms.spi;

import io.dateline.cms.media.ImageId;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Image;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.References;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The ids a set of articles refers to, grouped by kind.
 *
 * @param authors author ids
 * @param tags tag ids
 * @param sections section ids
 * @param locations location ids (datelines and places)
 * @param images image asset ids (featured images, image blocks and galleries); the portraits of the
 *     authors are added by {@link TenantStorage#resolve} once the authors are loaded
 * @since 0.1.0
 */
public record ReferenceIds(
    Set<AuthorId> authors,
    Set<TagId> tags,
    Set<SectionId> sections,
    Set<LocationId> locations,
    Set<ImageId> images) {

  /** Copies the sets. */
  public ReferenceIds {
    authors = Set.copyOf(Objects.requireNonNull(authors));
    tags = Set.copyOf(Objects.requireNonNull(tags));
    sections = Set.copyOf(Objects.requireNonNull(sections));
    locations = Set.copyOf(Objects.requireNonNull(locations));
    images = Set.copyOf(Objects.requireNonNull(images));
  }

  /**
   * Ids without images, as before image assets existed.
   *
   * @param authors author ids
   * @param tags tag ids
   * @param sections section ids
   * @param locations location ids
   */
  public ReferenceIds(
      Set<AuthorId> authors, Set<TagId> tags, Set<SectionId> sections, Set<LocationId> locations) {
    this(authors, tags, sections, locations, Set.of());
  }

  /**
   * The image assets of loaded references: the ids asked for plus the portraits of the authors
   * found, loaded in one read and only when there is any. Backends call this at the end of their
   * {@link TenantStorage#resolve}, so that a page without images costs no extra statement.
   *
   * @param found the authors, tags, sections and locations loaded
   * @param repository where the tenant's image assets are
   * @return {@code found} with the image assets
   * @since 0.1.0
   */
  public References withImages(References found, Supplier<ImageRepository> repository) {
    Set<ImageId> wanted = new LinkedHashSet<>(images);
    for (Author a : found.authors().values()) {
      if (a.photo() != null) {
        wanted.add(a.photo());
      }
    }
    return wanted.isEmpty() ? found : found.withImages(repository.get().findByIds(wanted));
  }

  /**
   * Collects the references of some articles.
   *
   * @param articles the articles
   * @return their references
   */
  public static ReferenceIds of(Collection<Article> articles) {
    Set<AuthorId> authors = new LinkedHashSet<>();
    Set<TagId> tags = new LinkedHashSet<>();
    Set<SectionId> sections = new LinkedHashSet<>();
    Set<LocationId> locations = new LinkedHashSet<>();
    Set<ImageId> images = new LinkedHashSet<>();
    for (Article a : articles) {
      addImage(images, a.featuredImage());
      for (Block b : a.body()) {
        if (b instanceof Block.ImageBlock i) {
          addImage(images, i.image());
        } else if (b instanceof Block.GalleryBlock g) {
          for (Image image : g.images()) {
            addImage(images, image);
          }
        }
      }
      authors.addAll(a.authors());
      tags.addAll(a.tags());
      sections.addAll(a.sections());
      if (a.dateline() != null) {
        locations.add(a.dateline());
      }
      locations.addAll(a.places());
    }
    return new ReferenceIds(authors, tags, sections, locations, images);
  }

  private static void addImage(Set<ImageId> ids, @Nullable Image image) {
    if (image != null && image.asset() != null) {
      ids.add(image.asset());
    }
  }

  /**
   * Whether there is nothing to load.
   *
   * @return {@code true} when every set is empty
   */
  public boolean isEmpty() {
    return authors.isEmpty()
        && tags.isEmpty()
        && sections.isEmpty()
        && locations.isEmpty()
        && images.isEmpty();
  }
}
