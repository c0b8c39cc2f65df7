package io.dateline.cms.spi;

import io.dateline.cms.model.References;
import io.dateline.cms.model.TenantId;

/**
 * The repositories of one tenant. Thread-safe; every call is confined to {@link #tenantId()}.
 *
 * @since 0.1.0
 */
public interface TenantStorage {

  /**
   * The tenant this view is scoped to.
   *
   * @return the tenant id
   */
  TenantId tenantId();

  /**
   * Articles.
   *
   * @return the repository
   */
  ArticleRepository articles();

  /**
   * Authors.
   *
   * @return the repository
   */
  AuthorRepository authors();

  /**
   * Tags.
   *
   * @return the repository
   */
  TagRepository tags();

  /**
   * Locations.
   *
   * @return the repository
   */
  LocationRepository locations();

  /**
   * Sections.
   *
   * @return the repository
   */
  SectionRepository sections();

  /**
   * Webhook subscriptions, their delivery leases and logs. The default refuses, for backends
   * written before webhooks existed.
   *
   * @return the repository
   * @throws UnsupportedOperationException when the backend does not store webhooks
   * @since 0.1.0
   */
  default WebhookRepository webhooks() {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not store webhook subscriptions");
  }

  /**
   * Where imported articles came from, for idempotent imports. The default throws, so that a
   * backend written before this method existed keeps compiling and fails clearly when an importer
   * needs it.
   *
   * @return the repository
   * @throws UnsupportedOperationException when the backend does not keep import sources
   * @since 0.1.0
   */
  default ImportSourceRepository importSources() {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not keep import sources (TenantStorage.importSources)");
  }

  /**
   * This tenant's image assets. Backends written before images existed inherit a default that
   * refuses.
   *
   * @return the image repository
   * @throws UnsupportedOperationException when the backend does not store images
   * @since 0.1.0
   */
  default ImageRepository images() {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not store image assets (TenantStorage.images)");
  }

  /**
   * This tenant's audit log. Backends written before the audit log existed inherit a default that
   * refuses; the services then store their commands without entries and log a warning.
   *
   * @return the audit log
   * @throws UnsupportedOperationException when the backend does not keep an audit log
   * @since 0.1.0
   */
  default AuditLog audit() {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not keep an audit log (TenantStorage.audit)");
  }

  /**
   * This tenant's former slugs, for redirects from old URLs. Backends written before slug history
   * existed inherit a default that refuses; the services then record no history and find no
   * redirects.
   *
   * @return the slug history
   * @throws UnsupportedOperationException when the backend keeps no slug history
   * @since 0.1.0
   */
  default SlugHistory slugHistory() {
    throw new UnsupportedOperationException(
        getClass().getName() + " keeps no slug history (TenantStorage.slugHistory)");
  }

  /**
   * Article revisions and pending timed changes. The service layer writes every article change
   * through it, so a backend without it cannot run the article commands; the default refuses, for
   * backends written before revisions existed.
   *
   * @return the repository
   * @throws UnsupportedOperationException when the backend does not keep revisions
   * @since 0.1.0
   */
  default RevisionRepository revisions() {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not keep article revisions (TenantStorage.revisions)");
  }

  /**
   * Entries of the directory kinds an application defines ({@link io.dateline.cms.DirectoryKind}).
   * Backends written before these existed inherit a default that refuses.
   *
   * @return the repository
   * @throws UnsupportedOperationException when the backend does not store such entries
   * @since 0.1.0
   */
  default DirectoryEntryRepository entries() {
    throw new UnsupportedOperationException(
        getClass().getName() + " does not store directory entries (TenantStorage.entries)");
  }

  /**
   * Loads everything a set of articles refers to, image assets included (those asked for and the
   * portraits of the authors found, in one read only when there are any). The default asks each
   * repository in turn; backends that can load it in fewer round trips should override it.
   *
   * @param ids the ids to load
   * @return the found objects; ids of this tenant that do not exist (and ids of other tenants) are
   *     absent
   */
  default References resolve(ReferenceIds ids) {
    return ids.withImages(
        new References(
            authors().findByIds(ids.authors()),
            tags().findByIds(ids.tags()),
            sections().findByIds(ids.sections()),
            locations().findByIds(ids.locations())),
        this::images);
  }
}
