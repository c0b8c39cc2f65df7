package io.dateline.cms.memory;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ValidationException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.Violation;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.views.ViewedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's articles in the heap. Listings scan and sort: simple and obviously correct, which is
 * what a reference store is for; the JPA store is the one built for large archives.
 *
 * <p>Writes hold the tenant's write lock, shared with the tenant's directories (see {@link
 * InMemoryDirectory}).
 */
final class InMemoryArticleRepository implements ArticleRepository {
  /** Newest first, then by descending id: the order of every listing. */
  static final Comparator<Article> LISTING_ORDER =
      Comparator.comparing(Article::publishAt, Comparator.reverseOrder())
          .thenComparing(Article::id, Comparator.reverseOrder());

  private final TenantId tenant;
  private final InMemoryChangeLog changes;
  private final InMemoryViewCountStore viewCounts;
  private final Object lock;
  private final Function<Article, List<Violation>> missingReferences;
  private final Map<ArticleId, Article> byId = new ConcurrentHashMap<>();
  private final Map<String, ArticleId> bySlug = new ConcurrentHashMap<>();

  /** Told of each deleted article under the write lock, so that its revisions go with it. */
  private volatile java.util.function.Consumer<ArticleId> onDelete = id -> {};

  InMemoryArticleRepository(
      TenantId tenant,
      InMemoryChangeLog changes,
      InMemoryViewCountStore viewCounts,
      Object lock,
      Function<Article, List<Violation>> missingReferences) {
    this.tenant = tenant;
    this.changes = changes;
    this.viewCounts = viewCounts;
    this.lock = lock;
    this.missingReferences = missingReferences;
  }

  /** Sets what is told of each deleted article, under the write lock. */
  void onDelete(java.util.function.Consumer<ArticleId> listener) {
    this.onDelete = listener;
  }

  /** The tenant's write lock. */
  Object lock() {
    return lock;
  }

  /** How many articles match; call under the tenant's write lock for an answer that holds. */
  long countReferencing(Predicate<Article> refersTo) {
    return byId.values().stream().filter(refersTo).count();
  }

  @Override
  public Optional<Article> findById(ArticleId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Article> findByIds(Collection<ArticleId> ids) {
    return ids.stream().distinct().map(byId::get).filter(Objects::nonNull).toList();
  }

  @Override
  public Optional<Article> findBySlug(String slug) {
    ArticleId id = bySlug.get(slug);
    return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Article> findByTranslationKey(ArticleId translationKey) {
    return byId.values().stream()
        .filter(a -> a.translationKey().equals(translationKey))
        .sorted(Comparator.comparing(a -> a.language().toLanguageTag()))
        .toList();
  }

  @Override
  public List<ViewedArticle> mostRead(
      Locale language, @Nullable LocalDate fromDay, @Nullable LocalDate toDay, int limit) {
    Objects.requireNonNull(language, "language");
    if (fromDay != null) {
      Objects.requireNonNull(toDay, "toDay");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    // One consistent snapshot of both counts per article, taken under the view store's lock, then
    // joined with the articles here: the in-memory analogue of the JPA store's single statement.
    Map<ArticleId, InMemoryViewCountStore.Views> views = viewCounts.viewsOf(tenant, fromDay, toDay);
    String code = language.getLanguage();
    return views.entrySet().stream()
        .map(e -> viewed(byId.get(e.getKey()), e.getValue()))
        .filter(v -> v != null && v.article().language().getLanguage().equals(code))
        .sorted(
            Comparator.comparingLong(ViewedArticle::periodViews)
                .reversed()
                .thenComparing(v -> v.article().id()))
        .limit(limit)
        .toList();
  }

  @Override
  public List<Article> related(io.dateline.cms.query.RelatedQuery query) {
    Objects.requireNonNull(query, "query");
    java.util.Set<ArticleId> picks = new java.util.HashSet<>(query.picks());
    List<Article> candidates = new java.util.ArrayList<>();
    for (Article a : byId.values()) {
      boolean matches =
          picks.contains(a.id())
              || (query.automatic() > 0
                  && (a.tags().stream().anyMatch(query.tags()::contains)
                      || (query.section() != null && a.sections().contains(query.section()))));
      if (matches) {
        candidates.add(a);
      }
    }
    return query.order(candidates);
  }

  private static @Nullable ViewedArticle viewed(
      @Nullable Article article, InMemoryViewCountStore.Views views) {
    if (article == null || article.status() != ArticleStatus.PUBLISHED || views.period() <= 0) {
      return null;
    }
    return new ViewedArticle(article, views.period(), views.total());
  }

  @Override
  public Page<Article> list(ArticleQuery query) {
    PageCursor after = query.after();
    List<Article> matching =
        byId.values().stream()
            .filter(a -> a.publishAt() != null && matches(a, query))
            .filter(a -> after == null || isAfter(a, after))
            .sorted(LISTING_ORDER)
            .limit(query.limit() + 1L)
            .toList();
    if (matching.size() <= query.limit()) {
      return new Page<>(matching, null);
    }
    List<Article> items = matching.subList(0, query.limit());
    Article last = items.get(items.size() - 1);
    return new Page<>(items, new PageCursor(publishTime(last), last.id()));
  }

  @Override
  public List<ArticleId> findIdsTagged(TagId tag, int limit) {
    java.util.Objects.requireNonNull(tag, "tag must not be null");
    return byId.values().stream()
        .filter(a -> a.tags().contains(tag))
        .map(Article::id)
        .limit(limit)
        .toList();
  }

  @Override
  public long count(ArticleQuery query) {
    return byId.values().stream().filter(a -> matches(a, query)).count();
  }

  @Override
  public List<Article> findDue(Instant now, int limit) {
    return byId.values().stream()
        .filter(a -> a.status() == ArticleStatus.SCHEDULED && !publishTime(a).isAfter(now))
        .sorted(Comparator.comparing(Article::publishAt).thenComparing(Article::id))
        .limit(limit)
        .toList();
  }

  @Override
  public Article insert(Article article) {
    synchronized (lock) {
      return insertLocked(article);
    }
  }

  /** {@link #insert} for a caller that holds the tenant's write lock. */
  Article insertLocked(Article article) {
    checkTenant(article);
    if (byId.containsKey(article.id()) || bySlug.containsKey(article.slug())) {
      throw new DuplicateSlugException("article", article.slug(), tenant);
    }
    checkReferences(article);
    Article stored = article.toBuilder().version(0).build();
    byId.put(stored.id(), stored);
    bySlug.put(stored.slug(), stored.id());
    changes.append(tenant, ChangeKind.ARTICLE_CREATED, stored.id().toString());
    return stored;
  }

  @Override
  public Article update(Article article) {
    synchronized (lock) {
      return updateLocked(article);
    }
  }

  /** {@link #update} for a caller that holds the tenant's write lock. */
  Article updateLocked(Article article) {
    checkTenant(article);
    Article current = byId.get(article.id());
    if (current == null) {
      throw new NotFoundException("article", article.id(), tenant);
    }
    if (current.version() != article.version()) {
      throw new VersionConflictException("article", article.id(), article.version());
    }
    ArticleId slugHolder = bySlug.get(article.slug());
    if (slugHolder != null && !slugHolder.equals(article.id())) {
      throw new DuplicateSlugException("article", article.slug(), tenant);
    }
    checkReferences(article);
    Article stored = article.toBuilder().version(current.version() + 1).build();
    bySlug.remove(current.slug());
    bySlug.put(stored.slug(), stored.id());
    byId.put(stored.id(), stored);
    changes.append(
        tenant,
        ChangeKind.ofArticleUpdate(current.status(), stored.status()),
        stored.id().toString());
    return stored;
  }

  /**
   * Deletes the article and, in the same critical section, removes its id from the related lists of
   * the tenant's other articles, each of which gets a new version and an {@code ARTICLE_UPDATED}
   * change.
   */
  @Override
  public boolean delete(ArticleId id) {
    synchronized (lock) {
      Article old = byId.remove(id);
      if (old == null) {
        return false;
      }
      bySlug.remove(old.slug());
      onDelete.accept(id);
      changes.append(tenant, ChangeKind.ARTICLE_DELETED, id.toString());
      List<Article> referring =
          byId.values().stream()
              .filter(a -> a.related().contains(id))
              .sorted(Comparator.comparing(Article::id))
              .toList();
      for (Article other : referring) {
        Article cleaned =
            other.toBuilder()
                .related(other.related().stream().filter(r -> !r.equals(id)).toList())
                .version(other.version() + 1)
                .build();
        byId.put(cleaned.id(), cleaned);
        changes.append(tenant, ChangeKind.ARTICLE_UPDATED, cleaned.id().toString());
      }
      return true;
    }
  }

  private void checkReferences(Article article) {
    List<Violation> missing = new ArrayList<>(missingReferences.apply(article));
    if (!missing.isEmpty()) {
      throw new ValidationException("article", missing);
    }
  }

  /**
   * The publish time of an article that has one: listings keep only such articles, and a scheduled
   * article always has one (the service refuses to schedule without it).
   */
  private static Instant publishTime(Article a) {
    return Objects.requireNonNull(a.publishAt(), "publishAt");
  }

  private static boolean isAfter(Article a, PageCursor cursor) {
    int byTime = publishTime(a).compareTo(cursor.publishAt());
    return byTime < 0 || (byTime == 0 && a.id().compareTo(cursor.id()) < 0);
  }

  static boolean matches(Article a, ArticleQuery q) {
    return q.statuses().contains(a.status())
        && (q.language() == null || a.language().getLanguage().equals(q.language().getLanguage()))
        && (q.section() == null || a.sections().contains(q.section()))
        && (q.tag() == null || a.tags().contains(q.tag()))
        && (q.author() == null || a.authors().contains(q.author()))
        && (q.location() == null
            || q.location().equals(a.dateline())
            || a.places().contains(q.location()))
        && (q.exclusive() == null || q.exclusive() == a.exclusive());
  }

  private void checkTenant(Article article) {
    if (!tenant.equals(article.tenantId())) {
      throw new IllegalArgumentException(
          "an article of tenant " + article.tenantId() + " cannot be stored in " + tenant);
    }
  }
}
