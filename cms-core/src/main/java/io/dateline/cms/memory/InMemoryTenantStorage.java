package io.dateline.cms.memory;

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

  InMemoryTenantStorage(TenantId tenantId) {
    this.tenantId = tenantId;
    this.articles = new InMemoryArticleRepository(tenantId);
    this.authors = new Authors(tenantId);
    this.tags = new Tags(tenantId);
    this.locations = new Locations(tenantId);
    this.sections = new Sections(tenantId);
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
    Authors(TenantId tenant) {
      super(tenant, "author", Author::tenantId, Author::id, Author::slug);
    }
  }

  private static final class Tags extends InMemoryDirectory<Tag, TagId> implements TagRepository {
    Tags(TenantId tenant) {
      super(tenant, "tag", Tag::tenantId, Tag::id, Tag::slug);
    }
  }

  private static final class Locations extends InMemoryDirectory<Location, LocationId>
      implements LocationRepository {
    Locations(TenantId tenant) {
      super(tenant, "location", Location::tenantId, Location::id, Location::slug);
    }
  }

  private static final class Sections extends InMemoryDirectory<Section, SectionId>
      implements SectionRepository {
    Sections(TenantId tenant) {
      super(tenant, "section", Section::tenantId, Section::id, Section::slug);
    }
  }
}
