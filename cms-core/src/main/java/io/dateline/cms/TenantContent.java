package io.dateline.cms;

import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.SectionDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.internal.ChangeNotifier;
import io.dateline.cms.internal.CommandGuard;
import io.dateline.cms.internal.DefaultArticleService;
import io.dateline.cms.internal.DefaultDirectoryService;
import io.dateline.cms.internal.DefaultDirectoryService.Kind;
import io.dateline.cms.internal.DefaultImageService;
import io.dateline.cms.internal.EventDispatcher;
import io.dateline.cms.internal.ImageSettings;
import io.dateline.cms.internal.MostReadCache;
import io.dateline.cms.internal.SlugAssigner;
import io.dateline.cms.internal.TagMerge;
import io.dateline.cms.internal.validation.CommandValidator;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.spi.TenantStorage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one tenant owns, reached from {@link Dateline#tenant}. Every call through this object
 * and the services it hands out reads and writes only this tenant's content.
 *
 * <p>Thread-safe and cheap; it holds the tenant as it was when obtained, so obtain a new one after
 * changing the tenant's settings.
 *
 * @since 0.1.0
 */
public final class TenantContent {
  private final Tenant tenant;
  private final ArticleService articles;
  private final AuthorService authors;
  private final TagService tags;
  private final LocationService locations;
  private final SectionService sections;
  private final Actor actor;
  private final TenantStorage storage;
  private final Clock clock;
  private final CommandValidator validator;
  private final SlugAssigner slugs;
  private final EventDispatcher events;
  private final MostReadCache mostRead;
  private final ChangeNotifier changes;
  private final Authorizer authorizer;
  private final AuditTrail audit;
  private final SlugRedirects redirects;
  private final ImageSettings imageSettings;
  private final ImageService images;
  private final RevisionRetention retention;
  private final RevisionService revisions;
  private final CommandGuard guard;

  TenantContent(
      Tenant tenant,
      TenantStorage storage,
      Clock clock,
      CommandValidator validator,
      SlugAssigner slugs,
      EventDispatcher events,
      MostReadCache mostRead,
      ChangeNotifier changes,
      Actor actor,
      Authorizer authorizer,
      ImageSettings imageSettings,
      RevisionRetention retention) {
    this.tenant = tenant;
    this.authorizer = authorizer;
    this.audit = new AuditTrail(storage);
    CommandGuard guard = new CommandGuard(tenant.id(), storage, clock, actor, authorizer);
    this.guard = guard;
    this.imageSettings = imageSettings;
    this.images = new DefaultImageService(tenant, storage, clock, imageSettings, guard, changes);
    this.retention = retention;
    this.actor = actor;
    this.storage = storage;
    this.clock = clock;
    this.validator = validator;
    this.slugs = slugs;
    this.events = events;
    this.mostRead = mostRead;
    this.changes = changes;
    this.redirects = new SlugRedirects(storage);
    DefaultArticleService articleService =
        new DefaultArticleService(
            tenant, storage, clock, validator, slugs, events, mostRead, changes, guard, retention);
    this.articles = articleService;
    this.revisions = articleService.revisions();
    this.authors =
        new Authors(
            tenant,
            storage,
            validator,
            slugs,
            changes,
            new Kind<>(
                "author",
                storage.authors(),
                AuthorId::random,
                AuthorDraft::slug,
                AuthorDraft::name,
                (id, slug, d) ->
                    new Author(
                        tenant.id(),
                        id,
                        slug,
                        d.name(),
                        d.bio() == null ? LocalizedText.empty() : d.bio(),
                        d.email(),
                        d.imageUrl(),
                        d.photo()),
                Author::slug,
                (id, d) -> List.of(),
                id -> ArticleQuery.anyStatus().byAuthor(id)),
            guard);
    this.tags =
        new Tags(
            new TagMerge(tenant, storage, clock, changes, events, actor, retention),
            tenant,
            storage,
            validator,
            slugs,
            changes,
            new Kind<>(
                "tag",
                storage.tags(),
                TagId::random,
                TagDraft::slug,
                TagDraft::name,
                (id, slug, d) -> new Tag(tenant.id(), id, d.kind(), slug, d.name()),
                Tag::slug,
                (id, d) -> List.of(),
                id -> ArticleQuery.anyStatus().withTag(id)),
            guard);
    this.locations =
        new Locations(
            tenant,
            storage,
            validator,
            slugs,
            changes,
            new Kind<>(
                "location",
                storage.locations(),
                LocationId::random,
                LocationDraft::slug,
                LocationDraft::name,
                (id, slug, d) ->
                    new Location(tenant.id(), id, d.kind(), slug, d.name(), d.coordinates()),
                Location::slug,
                (id, d) -> List.of(),
                id -> ArticleQuery.anyStatus().atLocation(id)),
            guard);
    this.sections =
        new Sections(
            tenant,
            storage,
            validator,
            slugs,
            changes,
            new Kind<>(
                "section",
                storage.sections(),
                SectionId::random,
                SectionDraft::slug,
                SectionDraft::name,
                (id, slug, d) ->
                    new Section(tenant.id(), id, slug, d.name(), d.parentId(), d.position()),
                Section::slug,
                (id, d) -> checkParent(storage, validator, id, d.parentId()),
                id -> ArticleQuery.anyStatus().inSection(id)),
            guard);
  }

  /** A section's parent must exist in the tenant and must not be the section or its descendant. */
  private static List<Violation> checkParent(
      TenantStorage storage,
      CommandValidator validator,
      SectionId self,
      @Nullable SectionId parent) {
    List<Violation> violations = new ArrayList<>();
    Set<SectionId> seen = new HashSet<>();
    SectionId cursor = parent;
    while (cursor != null) {
      if (cursor.equals(self) || !seen.add(cursor)) {
        violations.add(
            new Violation("parentId", "Acyclic", "a section cannot be nested inside itself"));
        break;
      }
      var found = storage.sections().findById(cursor);
      if (found.isEmpty()) {
        violations.add(validator.rule("parentId", "SameTenant", "section"));
        break;
      }
      cursor = found.get().parentId();
    }
    return violations;
  }

  /**
   * The same tenant's services acting as another actor: every command issued through them is
   * recorded as that actor's (in revisions and the audit log) and authorized for that actor.
   * Services obtained without this method act as {@link Actor#SYSTEM}.
   *
   * @param actor who performs the commands; never {@code null}
   * @return services acting as {@code actor}
   */
  public TenantContent as(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    return new TenantContent(
        tenant,
        storage,
        clock,
        validator,
        slugs,
        events,
        mostRead,
        changes,
        actor,
        authorizer,
        imageSettings,
        retention);
  }

  /**
   * The history of this tenant's articles: revisions, comparisons, restores and timed changes
   * (prepared updates and expiries), acting as {@link #actor()}.
   *
   * @return the service
   * @since 0.1.0
   */
  public RevisionService revisions() {
    return revisions;
  }

  /**
   * Who the commands issued through these services are recorded as.
   *
   * @return the actor, {@link Actor#SYSTEM} unless {@link #as(Actor)} chose another
   */
  public Actor actor() {
    return actor;
  }

  /**
   * The tenant's audit log: who did what to which article or directory entry, and when. Every
   * successful command of these services adds an entry.
   *
   * @return the audit trail; reading it is not authorized by Dateline
   */
  public AuditTrail audit() {
    return audit;
  }

  /**
   * The tenant's settings.
   *
   * @return the tenant
   */
  public Tenant tenant() {
    return tenant;
  }

  /**
   * Articles.
   *
   * @return the article service
   */
  public ArticleService articles() {
    return articles;
  }

  /**
   * Where former slugs lead, for redirecting old URLs (see {@link SlugRedirects}).
   *
   * @return the redirects of this tenant
   * @since 0.1.0
   */
  public SlugRedirects redirects() {
    return redirects;
  }

  /**
   * Authors.
   *
   * @return the author service
   */
  public AuthorService authors() {
    return authors;
  }

  /**
   * Tags.
   *
   * @return the tag service
   */
  public TagService tags() {
    return tags;
  }

  /**
   * Locations.
   *
   * @return the location service
   */
  public LocationService locations() {
    return locations;
  }

  /**
   * Sections.
   *
   * @return the section service
   */
  public SectionService sections() {
    return sections;
  }

  /**
   * Images: upload, describe, read and delete the tenant's image assets.
   *
   * @return the image service
   * @since 0.1.0
   */
  public ImageService images() {
    return images;
  }

  /**
   * The entries of a directory kind the application defines: the same service the built-in authors,
   * tags, sections and locations have, acting as {@link #actor()}. Creating, updating and deleting
   * are authorized as {@link Action#MANAGE_DIRECTORIES} and recorded in the audit log (subject
   * {@link io.dateline.cms.audit.AuditSubject#DIRECTORY_ENTRY}, the detail naming the kind) and the
   * change feed ({@link io.dateline.cms.changes.ChangeKind#ENTRY_SAVED}, {@link
   * io.dateline.cms.changes.ChangeKind#ENTRY_DELETED}). A draft is validated first with Jakarta
   * Validation (its own annotations, and the well-formed-text rule on every text), then with the
   * generic rules of {@link DirectoryEntry} (explicit slug, name, attributes), each violation
   * naming the field and rule. Slugs are derived and made unique per tenant and kind as for the
   * built-in kinds.
   *
   * <p>Articles never refer to such entries, so a delete never throws {@link
   * ReferenceInUseException}; and a changed slug keeps no redirect from the old one (the built-in
   * kinds' slug history is for the site's own pages).
   *
   * <p>Cheap: the service holds no state of its own, so it may be obtained for every call.
   *
   * @param kind the kind
   * @param <T> the kind's type
   * @param <D> its draft type
   * @return the service of this tenant's entries of that kind
   * @throws UnsupportedOperationException when the storage keeps no such entries (see {@link
   *     io.dateline.cms.spi.TenantStorage#entries()})
   * @since 0.1.0
   */
  public <T, D> DirectoryService<T, EntryId, D> directory(DirectoryKind<T, D> kind) {
    Objects.requireNonNull(kind, "kind");
    KindRepository<T> repository = new KindRepository<>(kind, storage.entries());
    return new DefaultDirectoryService<>(
        tenant,
        storage,
        validator,
        slugs,
        changes,
        new Kind<T, EntryId, D>(
            kind.name(),
            repository,
            EntryId::random,
            kind::slugOf,
            kind::nameOf,
            (id, slug, d) ->
                kind.fromEntry(
                    new DirectoryEntry(
                        tenant.id(), id, kind.name(), slug, kind.nameOf(d), kind.attributesOf(d))),
            value -> kind.toEntry(value).slug(),
            (id, d) -> kind.violations(d),
            id -> null,
            AuditSubject.DIRECTORY_ENTRY,
            true),
        guard);
  }

  private static final class Authors extends DefaultDirectoryService<Author, AuthorId, AuthorDraft>
      implements AuthorService {
    Authors(
        Tenant t,
        TenantStorage s,
        CommandValidator v,
        SlugAssigner a,
        ChangeNotifier c,
        Kind<Author, AuthorId, AuthorDraft> k,
        CommandGuard g) {
      super(t, s, v, a, c, k, g);
    }
  }

  private static final class Tags extends DefaultDirectoryService<Tag, TagId, TagDraft>
      implements TagService {
    private final TagMerge merge;
    private final CommandGuard guard;

    Tags(
        TagMerge merge,
        Tenant t,
        TenantStorage s,
        CommandValidator v,
        SlugAssigner a,
        ChangeNotifier c,
        Kind<Tag, TagId, TagDraft> k,
        CommandGuard g) {
      super(t, s, v, a, c, k, g);
      this.merge = merge;
      this.guard = g;
    }

    @Override
    public Tag merge(TagId from, TagId into) {
      authorize();
      Tag kept = merge.merge(from, into);
      // The merge moves articles in many small writes; its entry is recorded once it succeeded.
      return guard.record(
          AuditAction.MERGED, AuditSubject.TAG, from, null, "into " + into, () -> kept);
    }
  }

  private static final class Locations
      extends DefaultDirectoryService<Location, LocationId, LocationDraft>
      implements LocationService {
    Locations(
        Tenant t,
        TenantStorage s,
        CommandValidator v,
        SlugAssigner a,
        ChangeNotifier c,
        Kind<Location, LocationId, LocationDraft> k,
        CommandGuard g) {
      super(t, s, v, a, c, k, g);
    }
  }

  private static final class Sections
      extends DefaultDirectoryService<Section, SectionId, SectionDraft> implements SectionService {
    private static final int PAGE = 1000;
    private final TenantStorage storage;

    Sections(
        Tenant t,
        TenantStorage s,
        CommandValidator v,
        SlugAssigner a,
        ChangeNotifier c,
        Kind<Section, SectionId, SectionDraft> k,
        CommandGuard g) {
      super(t, s, v, a, c, k, g);
      this.storage = s;
    }

    /** Refuses to orphan subsections: their parent id would name nothing. */
    @Override
    public void delete(SectionId id) {
      authorize();
      get(id);
      long children = countChildren(id);
      if (children > 0) {
        throw new ReferenceInUseException("section", id, children, "subsection(s)");
      }
      super.delete(id);
    }

    private long countChildren(SectionId id) {
      // The repository has no query by parent; a tenant has tens of sections, so a scan is cheap.
      long count = 0;
      String after = null;
      while (true) {
        List<Section> page = storage.sections().list(after, PAGE);
        count += page.stream().filter(s -> id.equals(s.parentId())).count();
        if (page.size() < PAGE) {
          return count;
        }
        after = page.get(page.size() - 1).slug();
      }
    }
  }
}
