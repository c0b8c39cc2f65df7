package io.dateline.cms;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Manages one tenant's authors, tags, locations or sections. Thread-safe.
 *
 * <p>Slugs are unique per tenant and kind. When a draft has no slug, one is transliterated from the
 * name in the tenant's default language and made unique with a numeric suffix ({@code kyiv}, {@code
 * kyiv-2}); an explicit slug is validated and used as given, or refused with {@link
 * DuplicateSlugException} when taken.
 *
 * <p>Text anywhere in a draft must not hold NUL characters or unpaired surrogates (rule {@code
 * WellFormedText}). A {@code null} draft is a {@link ValidationException}; a {@code null} id or
 * slug fails at once with a {@link NullPointerException} whose message names it ({@code "tag id
 * must not be null"}).
 *
 * @param <T> the stored type
 * @param <I> its id type
 * @param <D> the draft (command) type
 * @since 0.1.0
 */
public interface DirectoryService<T, I, D> {

  /**
   * Validates and stores a new object.
   *
   * @param draft the fields
   * @return the stored object
   * @throws ValidationException when the draft breaks a rule; nothing is stored
   * @throws DuplicateSlugException when an explicit slug is taken
   */
  T create(D draft);

  /**
   * Validates and replaces an object's fields. A {@code null} slug keeps the current one.
   *
   * @param id the object
   * @param draft the new fields
   * @return the stored object
   * @throws NotFoundException when the id names nothing in this tenant
   * @throws ValidationException when the draft breaks a rule
   * @throws DuplicateSlugException when an explicit slug is taken by another object
   */
  T update(I id, D draft);

  /**
   * Deletes an object no article refers to.
   *
   * @param id the object
   * @throws NotFoundException when the id names nothing in this tenant
   * @throws ReferenceInUseException when articles refer to it
   */
  void delete(I id);

  /**
   * Finds by id.
   *
   * @param id the id
   * @return the object, or empty
   */
  Optional<T> find(I id);

  /**
   * Gets by id.
   *
   * @param id the id
   * @return the object
   * @throws NotFoundException when absent
   */
  T get(I id);

  /**
   * Finds by slug.
   *
   * @param slug the slug
   * @return the object, or empty
   */
  Optional<T> findBySlug(String slug);

  /**
   * Lists by slug, {@code limit} at a time.
   *
   * @param afterSlug continue after this slug, or {@code null} to start
   * @param limit 1 to 1000
   * @return the objects
   */
  List<T> list(@Nullable String afterSlug, int limit);
}
