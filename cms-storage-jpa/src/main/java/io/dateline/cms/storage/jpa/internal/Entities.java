package io.dateline.cms.storage.jpa.internal;

import java.util.List;

/**
 * The entity classes of the store, in one place for bootstrapping.
 *
 * @since 0.1.0
 */
public final class Entities {
  private Entities() {}

  /** Every mapped class. */
  public static final List<Class<?>> ALL =
      List.of(
          TenantEntity.class,
          ArticleEntity.class,
          ArticleRefEntity.class,
          DirectoryEntryEntity.class,
          AuthorEntity.class,
          TagEntity.class,
          SectionEntity.class,
          LocationEntity.class,
          ViewTotalEntity.class,
          ViewDailyEntity.class,
          ImageEntity.class,
          RevisionEntity.class,
          TimedChangeEntity.class,
          EntryEntity.class);
}
