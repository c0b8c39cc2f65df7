package io.dateline.cms.spi;

import io.dateline.cms.model.Article;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.TagId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The ids a set of articles refers to, grouped by kind.
 *
 * @param authors author ids
 * @param tags tag ids
 * @param sections section ids
 * @param locations location ids (datelines and places)
 * @since 0.1.0
 */
public record ReferenceIds(
    Set<AuthorId> authors, Set<TagId> tags, Set<SectionId> sections, Set<LocationId> locations) {

  /** Copies the sets. */
  public ReferenceIds {
    authors = Set.copyOf(Objects.requireNonNull(authors));
    tags = Set.copyOf(Objects.requireNonNull(tags));
    sections = Set.copyOf(Objects.requireNonNull(sections));
    locations = Set.copyOf(Objects.requireNonNull(locations));
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
    for (Article a : articles) {
      authors.addAll(a.authors());
      tags.addAll(a.tags());
      sections.addAll(a.sections());
      if (a.dateline() != null) {
        locations.add(a.dateline());
      }
      locations.addAll(a.places());
    }
    return new ReferenceIds(authors, tags, sections, locations);
  }

  /**
   * Whether there is nothing to load.
   *
   * @return {@code true} when every set is empty
   */
  public boolean isEmpty() {
    return authors.isEmpty() && tags.isEmpty() && sections.isEmpty() && locations.isEmpty();
  }
}
