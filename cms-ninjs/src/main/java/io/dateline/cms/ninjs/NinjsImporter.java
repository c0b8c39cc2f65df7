package io.dateline.cms.ninjs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.cms.Dateline;
import io.dateline.cms.DirectoryService;
import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.RevisionService;
import io.dateline.cms.TenantContent;
import io.dateline.cms.ValidationException;
import io.dateline.cms.Violation;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.command.AuthorDraft;
import io.dateline.cms.command.LocationDraft;
import io.dateline.cms.command.TagDraft;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.AuthorId;
import io.dateline.cms.model.LocalizedText;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.LocationId;
import io.dateline.cms.model.LocationKind;
import io.dateline.cms.model.SectionId;
import io.dateline.cms.model.Source;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TagKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.ninjs.internal.HtmlBlocks;
import io.dateline.cms.ninjs.internal.NinjsItem;
import io.dateline.cms.ninjs.internal.NinjsReader;
import io.dateline.cms.slug.SlugGenerator;
import io.dateline.cms.spi.ContentStorage;
import io.dateline.cms.spi.ImportSource;
import io.dateline.cms.spi.ImportSourceRepository;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports ninjs 2.x and 3.x text items into one tenant as drafts, idempotently.
 *
 * <p>The item's {@code uri} identifies it and its {@code version} orders its versions (a whole
 * number; without one, {@code versioncreated} in epoch milliseconds; without that, 0). The first
 * import of a {@code uri} creates a draft; a later document with a higher version updates that
 * article (whatever its status), and one with the same or a lower version changes nothing. The
 * {@code uri} and version imported last are kept per tenant through the storage's {@link
 * ImportSourceRepository}, so this holds across restarts and nodes.
 *
 * <p>Mapping (details in {@code docs/ninjs.md}): the main headline, the summary description and the
 * main HTML body (cleaned with {@link io.dateline.cms.validation.HtmlSafelist} and turned into
 * blocks); {@code by}, people whose {@code rel} is an author relation and {@code contributors}
 * become authors; {@code subjects} topic tags, other people person tags, {@code organisations} and
 * {@code events} tags of those kinds; {@code places} locations and {@code located} the dateline;
 * subjects with {@code rel} {@code section} name existing sections; {@code infosources} the
 * sources; the IPTC genre {@code Exclusive} the exclusive flag; the first picture association the
 * featured image. Authors, tags and locations are found by the slug of their name ({@link
 * SlugGenerator#standard()}, in the item's language) and created when missing.
 *
 * <p>A document that breaks a rule fails with {@link InvalidNinjsException} naming the JSON path;
 * nothing is stored then: the document is checked before anything is written, and directory entries
 * created for an article that the article service still refuses are deleted again.
 *
 * <p>Thread-safe. Several nodes may import the same item at once: the storage lets one record the
 * item, and the others' drafts are removed and their documents treated as re-imports.
 */
public final class NinjsImporter {
  private static final Logger LOG = LoggerFactory.getLogger(NinjsImporter.class);

  /** The most of each reference kind an article holds; further names in a document are dropped. */
  private static final int MAX_AUTHORS = 50;

  private static final int MAX_TAGS = 100;
  private static final int MAX_PLACES = 50;
  private static final int MAX_SECTIONS = 20;

  private final Dateline dateline;
  private final TenantId tenantId;
  private final ImportSourceRepository sources;
  private final Clock clock;
  private final NinjsReader reader = new NinjsReader(new ObjectMapper());
  private final SlugGenerator slugs = SlugGenerator.standard();

  private NinjsImporter(Dateline dateline, TenantId tenantId, ImportSourceRepository sources) {
    this.dateline = dateline;
    this.tenantId = tenantId;
    this.sources = sources;
    this.clock = dateline.clock();
  }

  /**
   * An importer into one tenant of a {@code Dateline}.
   *
   * @param dateline the instance to import into
   * @param storage the storage {@code dateline} was built on, which keeps the import sources (the
   *     in-memory and the JPA store do); Dateline hands its storage to no one, so the application,
   *     which built it, passes it here
   * @param tenant the tenant to import into
   * @return the importer
   * @throws io.dateline.cms.NotFoundException when the tenant does not exist
   * @throws UnsupportedOperationException when the storage keeps no import sources
   */
  public static NinjsImporter forTenant(
      Dateline dateline, ContentStorage storage, TenantId tenant) {
    Objects.requireNonNull(dateline, "dateline must not be null");
    Objects.requireNonNull(storage, "storage must not be null");
    Objects.requireNonNull(tenant, "tenant must not be null");
    dateline.tenant(tenant); // fails now, not at the first import, when there is no such tenant
    return new NinjsImporter(dateline, tenant, storage.tenant(tenant).importSources());
  }

  /**
   * Imports one document.
   *
   * @param document a ninjs 2.x or 3.x text item as JSON text; never {@code null}
   * @return what the import did
   * @throws InvalidNinjsException when the document breaks a rule; nothing was stored
   * @throws io.dateline.cms.VersionConflictException when an editor changed the article while it
   *     was being updated; importing the document again applies it
   * @throws io.dateline.cms.StorageException when the storage fails
   */
  public ImportResult importDocument(String document) {
    Objects.requireNonNull(document, "document must not be null");
    // Obtained per import: it checks that the Dateline is open and sees the tenant's current
    // languages, for one small read.
    TenantContent content = dateline.tenant(tenantId);
    NinjsReader.Result read = reader.read(document);
    NinjsItem item = read.item();
    if (item == null) {
      throw new InvalidNinjsException(read.problems());
    }
    Locale named = item.language();
    Locale language = named == null ? content.tenant().defaultLocale() : named;
    if (!content.tenant().supports(language)) {
      throw new InvalidNinjsException(
          List.of(
              new Violation(
                  item.paths().language(),
                  "SupportedLanguage",
                  "\""
                      + language.toLanguageTag()
                      + "\" is not a language of this tenant, which publishes in "
                      + content.tenant().supportedLocales().stream()
                          .map(Locale::toLanguageTag)
                          .toList())));
    }
    // A second attempt follows only when another importer recorded the same item meanwhile; it
    // then finds that record and acts as a re-import.
    ImportResult result = attempt(content, item, language);
    return result != null
        ? result
        : Objects.requireNonNull(attempt(content, item, language), "retry");
  }

  /**
   * The summary of the revision a re-import stores: the item's version and uri, cut to the length a
   * summary may have.
   */
  private static String revisionSummary(NinjsItem item) {
    String summary = "ninjs import, version " + item.version() + " of " + item.uri();
    int max = RevisionService.MAX_SUMMARY_LENGTH;
    return summary.length() <= max ? summary : summary.substring(0, max - 1) + "\u2026";
  }

  /** One import; {@code null} when another importer recorded the item first and this one undid. */
  private @Nullable ImportResult attempt(TenantContent content, NinjsItem item, Locale language) {
    Optional<ImportSource> known = sources.find(item.uri());
    if (known.isPresent()) {
      ImportSource stored = known.get();
      if (item.version() == stored.version()) {
        return skipped(ImportResult.Outcome.UNCHANGED, item, stored);
      }
      if (item.version() < stored.version()) {
        return skipped(ImportResult.Outcome.IGNORED_OLDER, item, stored);
      }
    }
    Undo undo = new Undo();
    try {
      References refs = resolve(content, item, language, undo);
      Optional<Article> current = known.flatMap(s -> content.articles().find(s.articleId()));
      Article article;
      if (current.isPresent()) {
        Article existing = current.get();
        ArticleDraft draft = fill(ArticleDraft.from(existing), item, language, refs).build();
        // The revision says where the change came from, for the article's history.
        article =
            content
                .articles()
                .update(existing.id(), existing.version(), draft, revisionSummary(item));
      } else {
        ArticleDraft draft =
            fill(ArticleDraft.builder(language, item.headline()), item, language, refs).build();
        Article created = content.articles().create(draft);
        undo.add(() -> content.articles().delete(created.id()));
        article = created;
      }
      ImportSource record =
          new ImportSource(item.uri(), item.version(), article.id(), clock.instant());
      if (known.isPresent()) {
        if (!sources.update(record, known.get().version())) {
          // Another importer stored a version of this item meanwhile. The article holds whichever
          // update ran last; the record keeps the other importer's version, so importing this
          // document again repairs an older result.
          LOG.warn(
              "ninjs item {} was imported concurrently; version {} was not recorded",
              item.uri(),
              item.version());
        }
        ImportResult.Outcome outcome =
            current.isPresent() ? ImportResult.Outcome.UPDATED : ImportResult.Outcome.CREATED;
        return new ImportResult(outcome, article.id(), item.uri(), item.version(), item.version());
      }
      if (sources.insert(record)) {
        return new ImportResult(
            ImportResult.Outcome.CREATED, article.id(), item.uri(), item.version(), item.version());
      }
      undo.run();
      return null;
    } catch (ValidationException e) {
      undo.run();
      throw new InvalidNinjsException(toDocumentPaths(e, item));
    } catch (RuntimeException e) {
      undo.run();
      throw e;
    }
  }

  private static ImportResult skipped(
      ImportResult.Outcome outcome, NinjsItem item, ImportSource stored) {
    return new ImportResult(
        outcome, stored.articleId(), item.uri(), item.version(), stored.version());
  }

  private ArticleDraft.Builder fill(
      ArticleDraft.Builder draft, NinjsItem item, Locale language, References refs) {
    draft
        .language(language)
        .headline(item.headline())
        .lead(item.lead())
        .body(HtmlBlocks.toBlocks(item.bodyHtml()))
        .authors(refs.authors)
        .tags(refs.tags)
        .places(refs.places)
        .dateline(refs.dateline)
        .sources(
            item.sources().stream()
                .map(s -> new Source(s.name(), s.url() == null ? null : URI.create(s.url())))
                .toList())
        .exclusive(item.exclusive())
        .featuredImage(item.featuredImage());
    if (!refs.sections.isEmpty()) {
      draft.sections(refs.sections).primarySection(refs.sections.get(0));
    }
    return draft;
  }

  // ---------------------------------------------------------------------------------------------
  // Directory entries
  // ---------------------------------------------------------------------------------------------

  /** The ids an article refers to. */
  private static final class References {
    final List<AuthorId> authors = new ArrayList<>();
    final List<TagId> tags = new ArrayList<>();
    final List<LocationId> places = new ArrayList<>();
    final List<SectionId> sections = new ArrayList<>();
    @Nullable LocationId dateline;
  }

  private References resolve(TenantContent content, NinjsItem item, Locale language, Undo undo) {
    References refs = new References();
    LinkedHashSet<AuthorId> authors = new LinkedHashSet<>();
    for (NinjsItem.Named name : limit(item.authors(), MAX_AUTHORS)) {
      authors.add(
          findOrCreate(
              content.authors(),
              name,
              language,
              slug -> new AuthorDraft(slug, text(language, name), null, null, null),
              a -> a.id(),
              undo));
    }
    refs.authors.addAll(authors);

    LinkedHashSet<TagId> tags = new LinkedHashSet<>();
    addTags(content, tags, item.topics(), TagKind.TOPIC, language, undo);
    addTags(content, tags, item.persons(), TagKind.PERSON, language, undo);
    addTags(content, tags, item.organisations(), TagKind.ORGANISATION, language, undo);
    addTags(content, tags, item.events(), TagKind.EVENT, language, undo);
    refs.tags.addAll(tags);

    LinkedHashSet<LocationId> places = new LinkedHashSet<>();
    NinjsItem.Named located = item.located();
    if (located != null) {
      refs.dateline = location(content, located, language, undo);
    }
    for (NinjsItem.Named name : item.places()) {
      if (places.size() == MAX_PLACES) {
        break;
      }
      places.add(location(content, name, language, undo));
    }
    refs.places.addAll(places);

    LinkedHashSet<SectionId> sections = new LinkedHashSet<>();
    for (NinjsItem.Named name : limit(item.sections(), MAX_SECTIONS)) {
      // Sections are the site's structure, set up by editors: an import only files the article
      // into sections that exist, and never creates one.
      content
          .sections()
          .findBySlug(slugs.slugify(name.name(), language))
          .ifPresent(s -> sections.add(s.id()));
    }
    refs.sections.addAll(sections);
    return refs;
  }

  private void addTags(
      TenantContent content,
      LinkedHashSet<TagId> into,
      List<NinjsItem.Named> names,
      TagKind kind,
      Locale language,
      Undo undo) {
    for (NinjsItem.Named name : names) {
      if (into.size() == MAX_TAGS) {
        return;
      }
      into.add(
          findOrCreate(
              content.tags(),
              name,
              language,
              slug -> new TagDraft(kind, slug, text(language, name)),
              t -> t.id(),
              undo));
    }
  }

  private LocationId location(
      TenantContent content, NinjsItem.Named name, Locale language, Undo undo) {
    return findOrCreate(
        content.locations(),
        name,
        language,
        slug -> new LocationDraft(LocationKind.CITY, slug, text(language, name), null),
        Location::id,
        undo);
  }

  /**
   * The entry whose slug is the slug of the name, created (and remembered for undoing) when the
   * tenant has none.
   */
  private <T, I, D> I findOrCreate(
      DirectoryService<T, I, D> service,
      NinjsItem.Named name,
      Locale language,
      Function<String, D> draft,
      Function<T, I> idOf,
      Undo undo) {
    String slug = slugs.slugify(name.name(), language);
    Optional<T> found = service.findBySlug(slug);
    if (found.isPresent()) {
      return idOf.apply(found.get());
    }
    try {
      I id = idOf.apply(service.create(draft.apply(slug)));
      undo.add(() -> service.delete(id));
      return id;
    } catch (DuplicateSlugException e) {
      // Created by a concurrent import (or editor) since the lookup: use theirs.
      return service.findBySlug(slug).map(idOf).orElseThrow(() -> e);
    } catch (ValidationException e) {
      throw new InvalidNinjsException(
          e.violations().stream()
              .map(
                  v ->
                      new Violation(
                          name.path(),
                          v.rule(),
                          v.message() + " (" + e.subject() + " " + v.path() + ")"))
              .toList());
    }
  }

  private static LocalizedText text(Locale language, NinjsItem.Named name) {
    return LocalizedText.of(language, name.name());
  }

  private static <T> List<T> limit(List<T> list, int max) {
    return list.size() > max ? list.subList(0, max) : list;
  }

  // ---------------------------------------------------------------------------------------------
  // Errors
  // ---------------------------------------------------------------------------------------------

  /** Reports the article service's violations against the document's fields they came from. */
  private static List<Violation> toDocumentPaths(ValidationException e, NinjsItem item) {
    List<Violation> mapped = new ArrayList<>();
    for (Violation v : e.violations()) {
      mapped.add(
          new Violation(
              documentPath(v.path(), item),
              v.rule(),
              v.message()
                  + " ("
                  + e.subject()
                  + " "
                  + (v.path().isEmpty() ? "(object)" : v.path())
                  + ")"));
    }
    return mapped;
  }

  private static String documentPath(String draftPath, NinjsItem item) {
    NinjsItem.Paths paths = item.paths();
    if (draftPath.startsWith("headline")) {
      return paths.headline();
    }
    if (draftPath.startsWith("lead")) {
      return paths.lead();
    }
    if (draftPath.startsWith("body")) {
      return paths.body();
    }
    if (draftPath.startsWith("featuredImage")) {
      return paths.image();
    }
    if (draftPath.startsWith("language")) {
      return paths.language();
    }
    if (draftPath.startsWith("sources[")) {
      int end = draftPath.indexOf(']');
      try {
        int index = Integer.parseInt(draftPath.substring("sources[".length(), end));
        if (index < item.sources().size()) {
          return item.sources().get(index).path();
        }
      } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
        return "$";
      }
    }
    return "$";
  }

  /**
   * What to take back when an import fails after writing: the directory entries and the draft it
   * created, newest first. Undoing is best effort; a failure is logged and the rest still runs.
   */
  private static final class Undo {
    private final List<Runnable> steps = new ArrayList<>();

    void add(Runnable step) {
      steps.add(step);
    }

    void run() {
      for (int i = steps.size() - 1; i >= 0; i--) {
        try {
          steps.get(i).run();
        } catch (RuntimeException e) {
          LOG.warn("Could not undo a step of a failed ninjs import: {}", e.toString());
        }
      }
      steps.clear();
    }
  }
}
