package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.AuditLog;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.ImageRepository;
import io.dateline.cms.spi.ImportSourceRepository;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.ReferenceIds;
import io.dateline.cms.spi.RevisionRepository;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.WebhookRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One tenant's repositories on the JPA store. Cheap to create; holds no state of its own.
 *
 * @since 0.1.0
 */
public final class JpaTenantStorage implements TenantStorage {
  private final TenantId tenantId;
  private final TenantSessions sessions;
  private final ArticleRepository articles;
  private final AuthorRepository authors;
  private final TagRepository tags;
  private final LocationRepository locations;
  private final SectionRepository sections;
  private final WebhookRepository webhooks;
  private final ImportSourceRepository importSources;
  private final AuditLog audit;
  private final SlugHistory slugHistory;
  private final ImageRepository images;
  private final RevisionRepository revisions;
  private final JpaEntryRepository entries;

  /**
   * Creates the view of one tenant.
   *
   * @param tenantId the tenant
   * @param sessions the session runner
   * @param changes the change log every write appends to
   */
  public JpaTenantStorage(TenantId tenantId, TenantSessions sessions, JpaChangeLog changes) {
    this.tenantId = tenantId;
    this.sessions = sessions;
    JpaArticleRepository articleRepository = new JpaArticleRepository(tenantId, sessions, changes);
    this.articles = articleRepository;
    this.revisions = new JpaRevisionRepository(tenantId, sessions, articleRepository);
    this.authors = new Authors(tenantId, sessions, changes);
    this.tags = new Tags(tenantId, sessions, changes);
    this.locations = new Locations(tenantId, sessions, changes);
    this.sections = new Sections(tenantId, sessions, changes);
    this.webhooks = new JpaWebhookRepository(tenantId, sessions);
    this.importSources = new JpaImportSources(tenantId, sessions);
    this.audit = new JpaAuditLog(tenantId, sessions);
    this.slugHistory = new JpaSlugHistory(tenantId, sessions);
    this.images = new JpaImageRepository(tenantId, sessions, changes);
    this.entries = new JpaEntryRepository(tenantId, sessions, changes);
  }

  @Override
  public TenantId tenantId() {
    return tenantId;
  }

  @Override
  public WebhookRepository webhooks() {
    return webhooks;
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

  @Override
  public ImportSourceRepository importSources() {
    return importSources;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }

  @Override
  public SlugHistory slugHistory() {
    return slugHistory;
  }

  @Override
  public ImageRepository images() {
    return images;
  }

  @Override
  public RevisionRepository revisions() {
    return revisions;
  }

  @Override
  public io.dateline.cms.spi.DirectoryEntryRepository entries() {
    return entries;
  }

  /**
   * Loads every kind in one statement: the four kinds share one table, so one polymorphic query by
   * id returns them all, and each row is kept only if it was asked for as its own kind.
   */
  @Override
  public References resolve(ReferenceIds ids) {
    if (ids.isEmpty()) {
      return References.NONE;
    }
    if (ids.authors().isEmpty()
        && ids.tags().isEmpty()
        && ids.sections().isEmpty()
        && ids.locations().isEmpty()) {
      return ids.withImages(References.NONE, this::images);
    }
    Set<UUID> all = new LinkedHashSet<>();
    ids.authors().forEach(id -> all.add(id.value()));
    ids.tags().forEach(id -> all.add(id.value()));
    ids.sections().forEach(id -> all.add(id.value()));
    ids.locations().forEach(id -> all.add(id.value()));
    List<DirectoryEntryEntity> rows =
        sessions.read(tenantId, s -> sessions.findByIds(s, DirectoryEntryEntity.class, "id", all));
    List<Author> foundAuthors = new ArrayList<>();
    List<Tag> foundTags = new ArrayList<>();
    List<Section> foundSections = new ArrayList<>();
    List<Location> foundLocations = new ArrayList<>();
    for (DirectoryEntryEntity row : rows) {
      if (row instanceof AuthorEntity a && ids.authors().contains(AuthorId.of(a.id))) {
        foundAuthors.add(DirectoryMappings.author(a));
      } else if (row instanceof TagEntity t && ids.tags().contains(TagId.of(t.id))) {
        foundTags.add(DirectoryMappings.tag(t));
      } else if (row instanceof SectionEntity s && ids.sections().contains(SectionId.of(s.id))) {
        foundSections.add(DirectoryMappings.section(s));
      } else if (row instanceof LocationEntity l && ids.locations().contains(LocationId.of(l.id))) {
        foundLocations.add(DirectoryMappings.location(l));
      }
    }
    // Image assets (asked for, and the portraits of the authors found) in one more statement,
    // only when there are any.
    return ids.withImages(
        new References(foundAuthors, foundTags, foundSections, foundLocations), this::images);
  }

  private static final class Authors extends JpaDirectoryRepository<Author, AuthorId, AuthorEntity>
      implements AuthorRepository {
    Authors(TenantId tenant, TenantSessions sessions, JpaChangeLog changes) {
      super(
          tenant,
          sessions,
          DirectoryMappings.AUTHORS,
          changes,
          ChangeKind.AUTHOR_SAVED,
          ChangeKind.AUTHOR_DELETED);
    }
  }

  private static final class Tags extends JpaDirectoryRepository<Tag, TagId, TagEntity>
      implements TagRepository {
    Tags(TenantId tenant, TenantSessions sessions, JpaChangeLog changes) {
      super(
          tenant,
          sessions,
          DirectoryMappings.TAGS,
          changes,
          ChangeKind.TAG_SAVED,
          ChangeKind.TAG_DELETED);
    }
  }

  private static final class Sections
      extends JpaDirectoryRepository<Section, SectionId, SectionEntity>
      implements SectionRepository {
    Sections(TenantId tenant, TenantSessions sessions, JpaChangeLog changes) {
      super(
          tenant,
          sessions,
          DirectoryMappings.SECTIONS,
          changes,
          ChangeKind.SECTION_SAVED,
          ChangeKind.SECTION_DELETED);
    }
  }

  private static final class Locations
      extends JpaDirectoryRepository<Location, LocationId, LocationEntity>
      implements LocationRepository {
    Locations(TenantId tenant, TenantSessions sessions, JpaChangeLog changes) {
      super(
          tenant,
          sessions,
          DirectoryMappings.LOCATIONS,
          changes,
          ChangeKind.LOCATION_SAVED,
          ChangeKind.LOCATION_DELETED);
    }
  }
}
