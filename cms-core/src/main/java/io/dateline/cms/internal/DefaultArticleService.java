package io.dateline.cms.internal;

import io.dateline.cms.Action;
import io.dateline.cms.Actor;
import io.dateline.cms.ArticleListing;
import io.dateline.cms.ArticleService;
import io.dateline.cms.IllegalTransitionException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.TranslatedArticle;
import io.dateline.cms.ValidationException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.Violation;
import io.dateline.cms.audit.AuditAction;
import io.dateline.cms.audit.AuditSubject;
import io.dateline.cms.command.ArticleDraft;
import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.internal.validation.CommandValidator;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.Author;
import io.dateline.cms.model.Block;
import io.dateline.cms.model.Location;
import io.dateline.cms.model.References;
import io.dateline.cms.model.Section;
import io.dateline.cms.model.Tag;
import io.dateline.cms.model.Tenant;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.spi.ReferenceIds;
import io.dateline.cms.spi.SlugKind;
import io.dateline.cms.spi.TenantStorage;
import io.dateline.cms.validation.HtmlSafelist;
import io.dateline.cms.views.ViewPeriod;
import io.dateline.cms.views.ViewedArticle;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article service of one tenant.
 *
 * @since 0.1.0
 */
public final class DefaultArticleService implements ArticleService {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultArticleService.class);
  private static final int DUE_BATCH = 100;
  private static final String ARTICLE_ID = "article id must not be null";
  private static final String QUERY = "query must not be null";

  /**
   * The latest time an article can be scheduled for: the end of the year 9999. Databases keep times
   * up to different limits (PostgreSQL to the year 294276), and none up to {@link Instant#MAX}.
   */
  static final Instant LATEST_PUBLISH_TIME = Instant.parse("9999-12-31T23:59:59.999999Z");

  private final Tenant tenant;
  private final TenantStorage storage;
  private final ArticleRepository articles;
  private final Clock clock;
  private final CommandValidator validator;
  private final SlugAssigner slugs;
  private final EventDispatcher events;
  private final MostReadCache mostRead;
  private final ChangeNotifier changes;

  /** Who the commands are recorded as: the guard's actor. */
  private final Actor actor;

  private final CommandGuard guard;
  private final SlugTrail slugTrail;
  private final ArticleHistory history;
  private final DefaultRevisionService revisions;

  /**
   * Creates the service.
   *
   * @param tenant the tenant
   * @param storage its storage
   * @param clock the clock
   * @param validator the validator
   * @param slugs the slug assigner
   * @param events the event dispatcher
   * @param mostRead the "most read" lists of the Dateline instance
   * @param changes signalled after every successful write, to wake change-feed followers
   * @param guard authorizes the commands and records them in the audit log
   * @param retention which revisions to keep after each change
   */
  public DefaultArticleService(
      Tenant tenant,
      TenantStorage storage,
      Clock clock,
      CommandValidator validator,
      SlugAssigner slugs,
      EventDispatcher events,
      MostReadCache mostRead,
      ChangeNotifier changes,
      CommandGuard guard,
      io.dateline.cms.RevisionRetention retention) {
    this.tenant = tenant;
    this.actor = guard.actor();
    this.guard = guard;
    this.storage = storage;
    this.articles = storage.articles();
    this.clock = clock;
    this.validator = validator;
    this.slugs = slugs;
    this.events = events;
    this.mostRead = mostRead;
    this.changes = changes;
    this.slugTrail = new SlugTrail(storage);
    this.history = new ArticleHistory(storage, retention);
    this.revisions = new DefaultRevisionService(this, history, events, changes, validator, guard);
  }

  /**
   * The revision service over this article service: same tenant, storage and actor.
   *
   * @return the service
   */
  public DefaultRevisionService revisions() {
    return revisions;
  }

  io.dateline.cms.model.TenantId tenantId() {
    return tenant.id();
  }

  /**
   * The clock's time cut to microseconds: the finest precision every store keeps (PostgreSQL's
   * timestamps), so the article a command returns equals the one a later read returns.
   */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  @Override
  public Article create(ArticleDraft draft) {
    guard.authorize(Action.CREATE, null);
    ArticleId id = ArticleId.random();
    Checked checked = validate(draft, null);
    ArticleDraft clean = checked.draft();
    Article translationSource = checked.translationSource();
    Instant now = now();
    Article stored =
        guard.record(
            AuditAction.CREATED,
            AuditSubject.ARTICLE,
            id,
            id,
            null,
            () ->
                slugs.store(
                    clean.slug(),
                    clean.headline(),
                    clean.language(),
                    slug -> articles.findBySlug(slug).isPresent(),
                    slug ->
                        history.insert(
                            apply(clean, Article.builder().tenantId(tenant.id()).id(id))
                                .slug(slug)
                                .translationKey(
                                    translationSource == null
                                        ? id
                                        : translationSource.translationKey())
                                .status(ArticleStatus.DRAFT)
                                .createdAt(now)
                                .updatedAt(now)
                                .version(0)
                                .build(),
                            actor,
                            null,
                            now)));
    changes.signal();
    events.publish(new ArticleEvent.Created(stored, now));
    return stored;
  }

  @Override
  public Article update(ArticleId id, long expectedVersion, ArticleDraft draft) {
    return update(id, expectedVersion, draft, null);
  }

  @Override
  public Article update(
      ArticleId id, long expectedVersion, ArticleDraft draft, @Nullable String summary) {
    guard.authorize(Action.EDIT, id);
    String note = ArticleHistory.checkSummary(summary);
    Article current = get(id);
    if (current.version() != expectedVersion) {
      throw new VersionConflictException("article", id, expectedVersion);
    }
    Instant now = now();
    Article next = prepare(current, draft, now);
    Article stored =
        guard.record(
            AuditAction.UPDATED,
            AuditSubject.ARTICLE,
            id,
            id,
            note,
            () -> renaming(current, next, () -> history.update(next, actor, note, now)));
    changes.signal();
    events.publish(new ArticleEvent.Updated(stored, current, now));
    return stored;
  }

  /**
   * Runs a write that stores {@code next} and, when it moves the article to another slug, keeps the
   * old URL working: the old slug then leads to it (docs/redirects.md), recorded in the write's
   * transaction where the backend can.
   */
  Article renaming(Article before, Article next, Supplier<Article> write) {
    return slugTrail.renamedWith(
        SlugKind.ARTICLE, before.slug(), next.slug(), before.id().value(), write);
  }

  /**
   * Validates a draft against the current article and returns the article as an update with it
   * would store it (not stored here).
   */
  Article prepare(Article current, ArticleDraft draft, Instant now) {
    Checked checked = validate(draft, current);
    ArticleDraft clean = checked.draft();
    Article translationSource = checked.translationSource();
    Article.Builder next =
        apply(clean, current.toBuilder())
            .slug(clean.slug() == null ? current.slug() : clean.slug())
            .updatedAt(now);
    if (translationSource != null) {
      next.translationKey(translationSource.translationKey());
    }
    return next.build();
  }

  @Override
  public Article publish(ArticleId id) {
    guard.authorize(Action.PUBLISH, id);
    return transition(
        id,
        ArticleStatus.PUBLISHED,
        (current, b, now) -> {
          ImageAltText.require(current, tenant, storage);
          return b.publishAt(now)
              .firstPublishedAt(Objects.requireNonNullElse(current.firstPublishedAt(), now));
        },
        ArticleEvent.Published::new);
  }

  @Override
  public Article schedule(ArticleId id, Instant requestedAt) {
    Objects.requireNonNull(id, ARTICLE_ID);
    guard.authorize(Action.PUBLISH, id);
    Instant now = now();
    Instant publishAt = requestedAt == null ? null : requestedAt.truncatedTo(ChronoUnit.MICROS);
    if (publishAt == null || !publishAt.isAfter(now)) {
      throw new ValidationException(
          "article", List.of(validator.rule("publishAt", "FuturePublishTime", null)));
    }
    if (publishAt.isAfter(LATEST_PUBLISH_TIME)) {
      throw new ValidationException(
          "article", List.of(validator.rule("publishAt", "PublishTimeRange", null)));
    }
    return transition(
        id,
        ArticleStatus.SCHEDULED,
        (current, b, t) -> {
          ImageAltText.require(current, tenant, storage);
          return b.publishAt(publishAt);
        },
        ArticleEvent.Scheduled::new);
  }

  @Override
  public Article unpublish(ArticleId id) {
    guard.authorize(Action.PUBLISH, id);
    return transition(
        id, ArticleStatus.UNPUBLISHED, (current, b, t) -> b, ArticleEvent.Unpublished::new);
  }

  @Override
  public Article archive(ArticleId id) {
    guard.authorize(Action.PUBLISH, id);
    return transition(id, ArticleStatus.ARCHIVED, (current, b, t) -> b, ArticleEvent.Archived::new);
  }

  @Override
  public Article cancelSchedule(ArticleId id) {
    guard.authorize(Action.PUBLISH, id);
    Article current = get(id);
    if (current.status() != ArticleStatus.SCHEDULED) {
      throw new IllegalTransitionException(id, current.status(), ArticleStatus.DRAFT);
    }
    Instant now = now();
    Article stored =
        guard.record(
            AuditAction.SCHEDULE_CANCELLED,
            AuditSubject.ARTICLE,
            id,
            id,
            null,
            () ->
                history.update(
                    current.toBuilder()
                        .status(ArticleStatus.DRAFT)
                        .publishAt(null)
                        .updatedAt(now)
                        .build(),
                    actor,
                    null,
                    now));
    changes.signal();
    events.publish(new ArticleEvent.Updated(stored, current, now));
    return stored;
  }

  @Override
  public void delete(ArticleId id) {
    guard.authorize(Action.DELETE, id);
    Article current = get(id);
    if (guard.record(
        AuditAction.DELETED, AuditSubject.ARTICLE, id, id, null, () -> articles.delete(id))) {
      slugTrail.forget(SlugKind.ARTICLE, id.value());
      changes.signal();
      events.publish(new ArticleEvent.Deleted(current, now()));
    }
  }

  @Override
  public Optional<Article> find(ArticleId id) {
    Objects.requireNonNull(id, ARTICLE_ID);
    return articles.findById(id);
  }

  @Override
  public Article get(ArticleId id) {
    return find(id).orElseThrow(() -> new NotFoundException("article", id, tenant.id()));
  }

  @Override
  public Optional<Article> findBySlug(String slug) {
    Objects.requireNonNull(slug, "slug must not be null");
    return articles.findBySlug(slug);
  }

  @Override
  public Optional<Article> findPublishedBySlug(String slug) {
    return findBySlug(slug).filter(Article::isPublished);
  }

  @Override
  public ArticleListing list(ArticleQuery query) {
    Objects.requireNonNull(query, QUERY);
    Page<Article> page = articles.list(query);
    return new ArticleListing(page.items(), references(page.items()), page.next());
  }

  @Override
  public ArticleListing list(ArticleQuery query, Collection<Article> alsoReferenced) {
    Objects.requireNonNull(query, QUERY);
    Objects.requireNonNull(alsoReferenced, "alsoReferenced must not be null");
    Page<Article> page = articles.list(query);
    List<Article> referencing = new ArrayList<>(page.items());
    referencing.addAll(alsoReferenced);
    return new ArticleListing(page.items(), references(referencing), page.next());
  }

  @Override
  public List<Article> related(Article article, int automatic) {
    Objects.requireNonNull(article, "article must not be null");
    if (!article.tenantId().equals(tenant.id())) {
      throw new IllegalArgumentException(
          "article " + article.id() + " belongs to tenant " + article.tenantId());
    }
    io.dateline.cms.query.RelatedQuery query =
        io.dateline.cms.query.RelatedQuery.of(article, automatic);
    boolean nothingToMatch =
        query.picks().isEmpty()
            && (automatic == 0 || (query.tags().isEmpty() && query.section() == null));
    return nothingToMatch ? List.of() : articles.related(query);
  }

  @Override
  public long count(ArticleQuery query) {
    Objects.requireNonNull(query, QUERY);
    return articles.count(query);
  }

  @Override
  public List<Article> translations(ArticleId id) {
    Article article = get(id);
    return articles.findByTranslationKey(article.translationKey()).stream()
        .filter(a -> !a.id().equals(id))
        .toList();
  }

  @Override
  public Optional<TranslatedArticle> findWithTranslations(String slug) {
    Objects.requireNonNull(slug, "slug must not be null");
    List<Article> group = articles.findWithTranslations(slug);
    if (group.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TranslatedArticle(group.get(0), group.subList(1, group.size())));
  }

  @Override
  public List<ViewedArticle> mostRead(Locale language, ViewPeriod period, int limit) {
    Objects.requireNonNull(language, "language must not be null");
    Objects.requireNonNull(period, "period must not be null");
    if (limit < 1 || limit > MOST_READ_MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and " + MOST_READ_MAX_LIMIT + ", was " + limit);
    }
    return mostRead.get(
        tenant.id(),
        language.getLanguage(),
        period,
        limit,
        () -> {
          LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
          LocalDate from = period == ViewPeriod.ALL_TIME ? null : period.firstDay(today);
          return articles.mostRead(language, from, today, limit);
        });
  }

  @Override
  public References references(Collection<Article> list) {
    Objects.requireNonNull(list, "articles must not be null");
    ReferenceIds ids = TenantImages.withLogoAndIcon(ReferenceIds.of(list), tenant);
    return ids.isEmpty() ? References.NONE : storage.resolve(ids);
  }

  @Override
  public int publishDue() {
    int published = 0;
    while (true) {
      Instant now = now();
      List<Article> due = articles.findDue(now, DUE_BATCH);
      int wonThisRound = 0;
      for (Article article : due) {
        Article next =
            article.toBuilder()
                .status(ArticleStatus.PUBLISHED)
                .firstPublishedAt(
                    Objects.requireNonNullElse(article.firstPublishedAt(), article.publishAt()))
                .updatedAt(now)
                .build();
        try {
          Article stored =
              guard.record(
                  AuditAction.PUBLISHED,
                  AuditSubject.ARTICLE,
                  next.id(),
                  next.id(),
                  "scheduled for " + article.publishAt(),
                  () -> history.update(next, Actor.SCHEDULER, null, now));
          wonThisRound++;
          changes.signal();
          events.publish(new ArticleEvent.Published(stored, now));
        } catch (VersionConflictException | NotFoundException e) {
          // Another node published, edited or deleted it first: exactly one writer wins.
          LOG.debug("Scheduled article {} was handled elsewhere: {}", article.id(), e.getMessage());
        }
      }
      published += wonThisRound;
      if (due.size() < DUE_BATCH || wonThisRound == 0) {
        // Then the timed updates and expiries, through the same exactly-once rule.
        revisions.applyDue();
        return published;
      }
    }
  }

  private interface Change {
    Article.Builder apply(Article current, Article.Builder next, Instant now);
  }

  private Article transition(
      ArticleId id,
      ArticleStatus target,
      Change change,
      java.util.function.BiFunction<Article, Instant, ArticleEvent> event) {
    Article current = get(id);
    if (!current.status().canMoveTo(target)) {
      throw new IllegalTransitionException(id, current.status(), target);
    }
    Instant now = now();
    Article next =
        change.apply(current, current.toBuilder().status(target).updatedAt(now), now).build();
    Article stored =
        guard.record(
            auditAction(target),
            AuditSubject.ARTICLE,
            id,
            id,
            target == ArticleStatus.SCHEDULED ? "for " + next.publishAt() : null,
            () -> history.update(next, actor, null, now));
    changes.signal();
    events.publish(event.apply(stored, now));
    return stored;
  }

  /** What moving an article to a status is called in the audit log. */
  private static AuditAction auditAction(ArticleStatus target) {
    return switch (target) {
      case PUBLISHED -> AuditAction.PUBLISHED;
      case SCHEDULED -> AuditAction.SCHEDULED;
      case UNPUBLISHED -> AuditAction.UNPUBLISHED;
      case ARCHIVED -> AuditAction.ARCHIVED;
      case DRAFT -> AuditAction.UPDATED;
    };
  }

  private static Article.Builder apply(ArticleDraft d, Article.Builder b) {
    return b.language(d.language())
        .headline(d.headline())
        .lead(d.lead() == null ? "" : d.lead())
        .body(d.body())
        .authors(d.authors())
        .primarySection(d.primarySection())
        .sections(d.sections())
        .tags(d.tags())
        .dateline(d.dateline())
        .places(d.places())
        .sources(d.sources())
        .exclusive(d.exclusive())
        .featuredImage(d.featuredImage())
        .seo(d.seo())
        .related(d.related())
        .notices(d.notices());
  }

  /**
   * A draft that passed validation.
   *
   * @param draft the draft to store: raw HTML cleaned, everything else as given
   * @param translationSource the article named by {@code translationOf}, or {@code null}
   */
  private record Checked(ArticleDraft draft, @Nullable Article translationSource) {}

  /**
   * Checks the draft's own rules and the rules that need storage, reporting all at once. Raw HTML
   * is checked as given (so that NUL or oversized markup is refused, not silently repaired), then
   * cleaned with {@link HtmlSafelist} and checked again: cleaning escapes text, which can make
   * markup longer.
   */
  private Checked validate(@Nullable ArticleDraft draft, @Nullable Article current) {
    if (draft == null) {
      throw ValidationException.of("article", "", "NotNull", "the draft must not be null");
    }
    List<Violation> violations = new ArrayList<>(validator.violations(draft));
    ArticleDraft clean = draft;
    if (violations.isEmpty()) {
      clean = withCleanHtml(draft);
      if (clean != draft) {
        violations.addAll(validator.violations(clean));
      }
    }
    if (draft.language() != null && !tenant.supports(draft.language())) {
      violations.add(validator.rule("language", "SupportedLanguage", null));
    }
    checkExists(
        "authors", "author", draft.authors(), storage.authors()::findByIds, Author::id, violations);
    checkExists(
        "sections",
        "section",
        draft.sections(),
        storage.sections()::findByIds,
        Section::id,
        violations);
    checkExists("tags", "tag", draft.tags(), storage.tags()::findByIds, Tag::id, violations);
    checkExists(
        "places",
        "location",
        draft.places(),
        storage.locations()::findByIds,
        Location::id,
        violations);
    checkExists(
        "related", "article", draft.related(), articles::findByIds, Article::id, violations);
    if (draft.primarySection() != null
        && storage.sections().findById(draft.primarySection()).isEmpty()) {
      violations.add(validator.rule("primarySection", "SameTenant", "section"));
    }
    if (draft.dateline() != null && storage.locations().findById(draft.dateline()).isEmpty()) {
      violations.add(validator.rule("dateline", "SameTenant", "location"));
    }
    Article source = null;
    // An update without translationOf stays in its group, so its language is checked there too.
    ArticleId group = current == null ? null : current.translationKey();
    if (draft.translationOf() != null) {
      source = articles.findById(draft.translationOf()).orElse(null);
      if (source == null) {
        violations.add(validator.rule("translationOf", "Translation", null));
      }
      group = source == null ? null : source.translationKey();
    }
    if (group != null && draft.language() != null) {
      ArticleId self = current == null ? null : current.id();
      boolean clash =
          articles.findByTranslationKey(group).stream()
              .anyMatch(
                  a ->
                      !a.id().equals(self)
                          && a.language().getLanguage().equals(draft.language().getLanguage()));
      if (clash) {
        violations.add(validator.rule("language", "UniqueTranslation", null));
      }
    }
    CommandValidator.throwIfAny("article", violations);
    return new Checked(clean, source);
  }

  /** The draft with every raw HTML block cleaned; the same instance when it has none. */
  private static ArticleDraft withCleanHtml(ArticleDraft d) {
    if (d.body().stream().noneMatch(Block.RawHtml.class::isInstance)) {
      return d;
    }
    List<Block> body = new ArrayList<>(d.body().size());
    for (Block block : d.body()) {
      body.add(
          block instanceof Block.RawHtml raw
              ? new Block.RawHtml(HtmlSafelist.clean(raw.html()))
              : block);
    }
    return new ArticleDraft(
        d.slug(),
        d.language(),
        d.translationOf(),
        d.headline(),
        d.lead(),
        body,
        d.authors(),
        d.primarySection(),
        d.sections(),
        d.tags(),
        d.dateline(),
        d.places(),
        d.sources(),
        d.exclusive(),
        d.featuredImage(),
        d.seo(),
        d.related(),
        d.notices());
  }

  private <I, T> void checkExists(
      String path,
      String kindName,
      List<I> ids,
      Function<Collection<I>, List<T>> load,
      Function<T, I> idOf,
      List<Violation> violations) {
    List<I> present = ids.stream().filter(Objects::nonNull).toList();
    if (present.isEmpty()) {
      return;
    }
    Set<I> found = new HashSet<>();
    for (T t : load.apply(new HashSet<>(present))) {
      found.add(idOf.apply(t));
    }
    for (int i = 0; i < ids.size(); i++) {
      I id = ids.get(i);
      if (id != null && !found.contains(id)) {
        violations.add(validator.rule(path + "[" + i + "]", "SameTenant", kindName));
      }
    }
  }
}
