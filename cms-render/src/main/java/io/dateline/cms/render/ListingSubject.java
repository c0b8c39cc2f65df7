package io.dateline.cms.render;

import io.dateline.cms.model.Author;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a listing page lists: the latest articles, or those of a section, tag, author or location.
 *
 * <p>Immutable and thread-safe. Build it with the factories; exactly the field that matches {@link
 * #kind()} is set.
 *
 * @param kind the kind of listing page: {@link PageKind#LATEST}, {@link PageKind#SECTION}, {@link
 *     PageKind#TAG}, {@link PageKind#AUTHOR} or {@link PageKind#LOCATION}
 * @param section the section of a {@link PageKind#SECTION} listing
 * @param tag the tag of a {@link PageKind#TAG} listing
 * @param author the author of an {@link PageKind#AUTHOR} page
 * @param location the location of a {@link PageKind#LOCATION} listing
 * @since 0.1.0
 */
public record ListingSubject(
    PageKind kind,
    @Nullable Section section,
    @Nullable Tag tag,
    @Nullable Author author,
    @Nullable Location location) {

  /**
   * Checks that the fields match the kind.
   *
   * @throws IllegalArgumentException when they do not
   */
  public ListingSubject {
    Objects.requireNonNull(kind, "kind");
    boolean ok =
        switch (kind) {
          case LATEST -> section == null && tag == null && author == null && location == null;
          case SECTION -> section != null && tag == null && author == null && location == null;
          case TAG -> tag != null && section == null && author == null && location == null;
          case AUTHOR -> author != null && section == null && tag == null && location == null;
          case LOCATION -> location != null && section == null && tag == null && author == null;
          case ARTICLE, ERROR, TENANTS, SEARCH -> false;
        };
    if (!ok) {
      throw new IllegalArgumentException("a " + kind + " listing needs exactly its own subject");
    }
  }

  /**
   * The latest articles of a language edition.
   *
   * @return the subject
   */
  public static ListingSubject latest() {
    return new ListingSubject(PageKind.LATEST, null, null, null, null);
  }

  /**
   * A section's articles.
   *
   * @param section the section
   * @return the subject
   */
  public static ListingSubject of(Section section) {
    return new ListingSubject(PageKind.SECTION, section, null, null, null);
  }

  /**
   * A tag's articles.
   *
   * @param tag the tag
   * @return the subject
   */
  public static ListingSubject of(Tag tag) {
    return new ListingSubject(PageKind.TAG, null, tag, null, null);
  }

  /**
   * An author's articles.
   *
   * @param author the author
   * @return the subject
   */
  public static ListingSubject of(Author author) {
    return new ListingSubject(PageKind.AUTHOR, null, null, author, null);
  }

  /**
   * A location's articles.
   *
   * @param location the location
   * @return the subject
   */
  public static ListingSubject of(Location location) {
    return new ListingSubject(PageKind.LOCATION, null, null, null, location);
  }
}
