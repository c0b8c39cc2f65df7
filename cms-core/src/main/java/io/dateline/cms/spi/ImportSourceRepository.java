package io.dateline.cms.spi;

import java.util.Optional;

/**
 * The sources of one tenant's imported articles, keyed by the sender's identifier ({@link
 * ImportSource#uri()}). Thread-safe; every call is confined to the tenant of the {@link
 * TenantStorage} that handed it out, so two tenants may import the same item independently.
 *
 * <p>Writes here are bookkeeping, not content: they append nothing to the change feed. Both writes
 * are atomic, so importers on several nodes that race on one item see exactly one winner.
 *
 * @since 0.1.0
 */
public interface ImportSourceRepository {

  /**
   * Finds the record of an item.
   *
   * @param uri the sender's identifier; never {@code null}
   * @return the record, or empty when this tenant never imported the item
   */
  Optional<ImportSource> find(String uri);

  /**
   * Records the first import of an item, unless a record for its identifier exists already.
   *
   * @param source the record; never {@code null}
   * @return {@code true} when stored; {@code false} (and nothing changed) when this tenant already
   *     has a record for {@code source.uri()}
   */
  boolean insert(ImportSource source);

  /**
   * Replaces the record of an item, compare-and-set on the stored version.
   *
   * @param source the new record; never {@code null}
   * @param expectedVersion the version the stored record must still have
   * @return {@code true} when replaced; {@code false} (and nothing changed) when there is no record
   *     for {@code source.uri()} or its version is not {@code expectedVersion}
   */
  boolean update(ImportSource source, long expectedVersion);

  /**
   * Forgets an item, so that its next import creates a new article.
   *
   * @param uri the sender's identifier; never {@code null}
   * @return whether a record was deleted
   */
  boolean delete(String uri);
}
