package io.dateline.cms.memory;

import io.dateline.cms.Violation;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Article;
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
import io.dateline.cms.spi.AuditLog;
import io.dateline.cms.spi.AuthorRepository;
import io.dateline.cms.spi.ImageRepository;
import io.dateline.cms.spi.ImportSourceRepository;
import io.dateline.cms.spi.LocationRepository;
import io.dateline.cms.spi.SectionRepository;
import io.dateline.cms.spi.SlugHistory;
import io.dateline.cms.spi.TagRepository;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.spi.WebhookRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** One tenant's repositories in the heap. */
final class InMemoryTenantStorage implements TenantStorage {
  private final TenantId tenantId;
  private final InMemoryArticleRepository articles;
  private final Authors authors;
  private final Tags tags;
  private final Locations locations;
  private final Sections sections;
  private final InMemoryWebhookRepository webhooks;
  private final InMemoryImportSources importSources = new InMemoryImportSources();
  private final InMemoryAuditLog audit;
  private final InMemorySlugHistory slugHistory = new InMemorySlugHistory();
  private final InMemoryImageRepository images;
  private final InMemoryRevisions revisions;
  private final InMemoryEntries entries;

  InMemoryTenantStorage(
      TenantId tenantId, InMemoryChangeLog changes, InMemoryViewCountStore viewCounts) {
    this.tenantId = tenantId;
    this.webhooks = new InMemoryWebhookRepository(tenantId);
    this.audit = new InMemoryAuditLog(tenantId);
    this.entries = new InMemoryEntries(tenantId, changes);
    this.images = new InMemoryImageRepository(tenantId, changes);
    // One write lock for the tenant's articles and directories: a directory delete and an article
    // write that refers to the deleted object can then never interleave.
    Object lock = new Object();
    // The article repository reads the shared view store for "most read" lists.
    this.articles =
        new InMemoryArticleRepository(tenantId, changes, viewCounts, lock, this::missingReferences);
    this.revisions = new InMemoryRevisions(tenantId, articles);
    this.authors =
        new Authors(tenantId, changes, lock, id -> referencing(a -> a.authors().contains(id)));
    this.tags = new Tags(tenantId, changes, lock, id -> referencing(a -> a.tags().contains(id)));
    this.locations =
        new Locations(
            tenantId,
            changes,
            lock,
            id -> referencing(a -> id.equals(a.dateline()) || a.places().contains(id)));
    this.sections =
        new Sections(tenantId, changes, lock, id -> referencing(a -> a.sections().contains(id)));
  }

  private long referencing(Predicate<Article> refersTo) {
    return articles.countReferencing(refersTo);
  }

  /** The references of an article that name no stored object; called under the write lock. */
  private List<Violation> missingReferences(Article article) {
    List<Violation> missing = new ArrayList<>();
    for (int i = 0; i < article.authors().size(); i++) {
      if (!authors.contains(article.authors().get(i))) {
        missing.add(missing("authors[" + i + "]", "author"));
      }
    }
    for (int i = 0; i < article.sections().size(); i++) {
      if (!sections.contains(article.sections().get(i))) {
        missing.add(missing("sections[" + i + "]", "section"));
      }
    }
    for (int i = 0; i < article.tags().size(); i++) {
      if (!tags.contains(article.tags().get(i))) {
        missing.add(missing("tags[" + i + "]", "tag"));
      }
    }
    for (int i = 0; i < article.places().size(); i++) {
      if (!locations.contains(article.places().get(i))) {
        missing.add(missing("places[" + i + "]", "location"));
      }
    }
    if (article.dateline() != null && !locations.contains(article.dateline())) {
      missing.add(missing("dateline", "location"));
    }
    return missing;
  }

  private static Violation missing(String path, String kind) {
    return new Violation(path, "SameTenant", "must name an existing " + kind + " of this tenant");
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
  public io.dateline.cms.spi.RevisionRepository revisions() {
    return revisions;
  }

  @Override
  public io.dateline.cms.spi.DirectoryEntryRepository entries() {
    return entries;
  }

  private static final class Authors extends InMemoryDirectory<Author, AuthorId>
      implements AuthorRepository {
    Authors(
        TenantId tenant,
        InMemoryChangeLog changes,
        Object lock,
        java.util.function.ToLongFunction<AuthorId> referencingArticles) {
      super(
          tenant,
          "author",
          Author::tenantId,
          Author::id,
          Author::slug,
          changes,
          ChangeKind.AUTHOR_SAVED,
          ChangeKind.AUTHOR_DELETED,
          lock,
          referencingArticles,
          null);
    }
  }

  private static final class Tags extends InMemoryDirectory<Tag, TagId> implements TagRepository {
    Tags(
        TenantId tenant,
        InMemoryChangeLog changes,
        Object lock,
        java.util.function.ToLongFunction<TagId> referencingArticles) {
      super(
          tenant,
          "tag",
          Tag::tenantId,
          Tag::id,
          Tag::slug,
          changes,
          ChangeKind.TAG_SAVED,
          ChangeKind.TAG_DELETED,
          lock,
          referencingArticles,
          null);
    }
  }

  private static final class Locations extends InMemoryDirectory<Location, LocationId>
      implements LocationRepository {
    Locations(
        TenantId tenant,
        InMemoryChangeLog changes,
        Object lock,
        java.util.function.ToLongFunction<LocationId> referencingArticles) {
      super(
          tenant,
          "location",
          Location::tenantId,
          Location::id,
          Location::slug,
          changes,
          ChangeKind.LOCATION_SAVED,
          ChangeKind.LOCATION_DELETED,
          lock,
          referencingArticles,
          null);
    }
  }

  private static final class Sections extends InMemoryDirectory<Section, SectionId>
      implements SectionRepository {
    Sections(
        TenantId tenant,
        InMemoryChangeLog changes,
        Object lock,
        java.util.function.ToLongFunction<SectionId> referencingArticles) {
      super(
          tenant,
          "section",
          Section::tenantId,
          Section::id,
          Section::slug,
          changes,
          ChangeKind.SECTION_SAVED,
          ChangeKind.SECTION_DELETED,
          lock,
          referencingArticles,
          Section::parentId);
    }
  }
}
