package io.dateline.cms.spi;

import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Storage of one tenant's entries of application-defined directory kinds ({@link DirectoryEntry}),
 * all kinds in one place, told apart by the kind's name. A slug is unique within the tenant and
 * kind: two kinds, or two tenants, may each have an entry with the same slug.
 *
 * <p>Thread-safe. Every method sees only the tenant the repository was obtained for. Each
 * successful {@link #insert}, {@link #update} and {@link #delete} appends one change to the change
 * feed ({@link io.dateline.cms.changes.ChangeKind#ENTRY_SAVED} or {@link
 * io.dateline.cms.changes.ChangeKind#ENTRY_DELETED}, subject the entry id) in the same transaction
 * (see {@link ChangeLog}); a write that fails appends nothing. Nothing refers to entries, so a
 * delete never refuses.
 *
 * @since 0.1.0
 */
public interface DirectoryEntryRepository {

  /**
   * Finds an entry by id.
   *
   * @param kind the kind's name
   * @param id the id
   * @return the entry, or empty (also when it belongs to another kind or tenant)
   */
  Optional<DirectoryEntry> findById(String kind, EntryId id);

  /**
   * Finds an entry by slug.
   *
   * @param kind the kind's name
   * @param slug the slug
   * @return the entry, or empty
   */
  Optional<DirectoryEntry> findBySlug(String kind, String slug);

  /**
   * Lists a kind's entries ordered by slug, compared character by character ({@link
   * String#compareTo}; a database needs a binary collation).
   *
   * @param kind the kind's name
   * @param afterSlug return only slugs after this one, or {@code null} to start at the beginning
   * @param limit the most to return, at least 1
   * @return the entries
   */
  List<DirectoryEntry> list(String kind, @Nullable String afterSlug, int limit);

  /**
   * Whether an entry exists.
   *
   * @param kind the kind's name
   * @param id the id
   * @return {@code true} when this tenant has an entry of this kind with this id
   */
  boolean exists(String kind, EntryId id);

  /**
   * Stores a new entry.
   *
   * @param entry the entry, of this repository's tenant
   * @throws io.dateline.cms.DuplicateSlugException when the kind's slug (or the id) is taken;
   *     nothing is stored
   * @throws IllegalArgumentException when the entry belongs to another tenant; nothing is stored
   */
  void insert(DirectoryEntry entry);

  /**
   * Replaces a stored entry: its slug, name and attributes.
   *
   * @param entry the new state, same id and kind
   * @throws io.dateline.cms.NotFoundException when no entry of the kind has the id
   * @throws io.dateline.cms.DuplicateSlugException when the new slug is taken by another entry of
   *     the kind; nothing is stored
   * @throws IllegalArgumentException when the entry belongs to another tenant; nothing is stored
   */
  void update(DirectoryEntry entry);

  /**
   * Deletes an entry.
   *
   * @param kind the kind's name
   * @param id the id
   * @return {@code true} when something was deleted
   */
  boolean delete(String kind, EntryId id);
}
