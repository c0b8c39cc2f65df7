package io.dateline.cms.spi;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Storage of one tenant's authors, tags, locations or sections: named objects with a slug that is
 * unique within the tenant and kind.
 *
 * <p>Thread-safe. Every method sees only the tenant the repository was obtained for.
 *
 * @param <T> the stored type
 * @param <I> its id type
 * @since 0.1.0
 */
public interface DirectoryRepository<T, I> {

  /**
   * Finds by id.
   *
   * @param id the id
   * @return the object, or empty (also when it belongs to another tenant)
   */
  Optional<T> findById(I id);

  /**
   * Finds several by id.
   *
   * @param ids the ids; may contain ids that do not exist
   * @return the found objects in no particular order
   */
  List<T> findByIds(Collection<I> ids);

  /**
   * Finds by slug.
   *
   * @param slug the slug
   * @return the object, or empty
   */
  Optional<T> findBySlug(String slug);

  /**
   * Lists objects ordered by slug, compared character by character ({@link String#compareTo}; a
   * database needs a binary collation, since a linguistic one may skip hyphens).
   *
   * @param afterSlug return only slugs after this one, or {@code null} to start at the beginning
   * @param limit the most to return, at least 1
   * @return the objects
   */
  List<T> list(@Nullable String afterSlug, int limit);

  /**
   * Stores a new object.
   *
   * @param value the object, already validated, of this repository's tenant
   * @throws io.dateline.cms.DuplicateSlugException when the slug is taken; nothing is stored
   * @throws IllegalArgumentException when the object belongs to another tenant; nothing is stored
   */
  void insert(T value);

  /**
   * Replaces a stored object.
   *
   * @param value the new state, same id
   * @throws io.dateline.cms.NotFoundException when no object has the id
   * @throws io.dateline.cms.DuplicateSlugException when the new slug is taken by another object
   * @throws IllegalArgumentException when the object belongs to another tenant; nothing is stored
   */
  void update(T value);

  /**
   * Deletes an object unless something still refers to it. The check and the delete are one atomic
   * step, together with {@link ArticleRepository#insert} and {@link ArticleRepository#update},
   * which refuse references to objects that do not exist: however the two race, no article is left
   * referring to a deleted object.
   *
   * @param id the id
   * @return {@code true} when something was deleted
   * @throws io.dateline.cms.ReferenceInUseException when an article refers to the object (as
   *     author, section, tag, dateline or place), or, for a section, when another section has it as
   *     parent; nothing is deleted
   */
  boolean delete(I id);
}
