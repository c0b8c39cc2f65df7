package io.dateline.cms.memory;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantStorage;

/** One tenant's repositories in the heap. */
final class InMemoryTenantStorage implements TenantStorage {
  private final TenantId tenantId;
  private final InMemoryArticleRepository articles;
  private final AuthorRepository authors;
  private final TagRepository tags;
  private final LocationRepository locations;
  private final SectionRepository sections;

  InMemoryTenantStorage(
      TenantId tenantId, InMemoryChangeLog changes, InMemoryViewCountStore viewCounts) {
    this.tenantId = tenantId;
    // The article repository reads the shared view store for "most read" lists.
    this.articles = new InMemoryArticleRepository(tenantId, changes, viewCounts);
    this.authors = new Authors(tenantId, changes);
    this.tags = new Tags(tenantId, changes);
    this.locations = new Locations(tenantId, changes);
    this.sections = new Sections(tenantId, changes);
  }

  @Override
  public TenantId tenantId() {
    return tenantId;
  }

  @Override
  public ArticleRepository articles() {
    return articles;
  }

  @Override
  public AuthorRepository authors() {
    return authors;
  }

  @Override
  public TagRepository tags() {
    return tags;
  }

  @Override
  public LocationRepository locations() {
    return locations;
  }

  @Override
  public SectionRepository sections() {
    return sections;
  }

  private static final class Authors extends InMemoryDirectory<Author, AuthorId>
      implements AuthorRepository {
    Authors(TenantId tenant, InMemoryChangeLog changes) {
      super(
          tenant,
          "author",
          Author::tenantId,
          Author::id,
          Author::slug,
          changes,
          ChangeKind.AUTHOR_SAVED,
          ChangeKind.AUTHOR_DELETED);
    }
  }

  private static final class Tags extends InMemoryDirectory<Tag, TagId> implements TagRepository {
    Tags(TenantId tenant, InMemoryChangeLog changes) {
      super(
          tenant,
          "tag",
          Tag::tenantId,
          Tag::id,
          Tag::slug,
          changes,
          ChangeKind.TAG_SAVED,
          ChangeKind.TAG_DELETED);
    }
  }

  private static final class Locations extends InMemoryDirectory<Location, LocationId>
      implements LocationRepository {
    Locations(TenantId tenant, InMemoryChangeLog changes) {
      super(
          tenant,
          "location",
          Location::tenantId,
          Location::id,
          Location::slug,
          changes,
          ChangeKind.LOCATION_SAVED,
          ChangeKind.LOCATION_DELETED);
    }
  }

  private static final class Sections extends InMemoryDirectory<Section, SectionId>
      implements SectionRepository {
    Sections(TenantId tenant, InMemoryChangeLog changes) {
      super(
          tenant,
          "section",
          Section::tenantId,
          Section::id,
          Section::slug,
          changes,
          ChangeKind.SECTION_SAVED,
          ChangeKind.SECTION_DELETED);
    }
  }
}
