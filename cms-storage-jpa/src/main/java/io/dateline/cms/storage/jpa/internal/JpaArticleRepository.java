package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.VersionConflictException;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.Article;
import io.dateline.cms.model.ArticleId;
import io.dateline.cms.model.ArticleStatus;
import io.dateline.cms.model.TagId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.query.ArticleQuery;
import io.dateline.cms.query.Page;
import io.dateline.cms.query.PageCursor;
import io.dateline.cms.query.RelatedQuery;
import io.dateline.cms.spi.ArticleRepository;
import io.dateline.cms.views.ViewedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's articles in {@code dateline_article}, with {@code dateline_article_ref} kept in step
 * for filtered listings. Every statement runs in a session bound to the tenant; listings and counts
 * also name the tenant themselves for every entity they read, and run with Hibernate's tenant
 * filter off so that their translation is cached (see {@link TenantSessions#explicitlyScoped}).
 */
final class JpaArticleRepository implements ArticleRepository {
  private final TenantId tenant;
  private final TenantSessions sessions;
  private final JpaChangeLog changes;

  JpaArticleRepository(TenantId tenant, TenantSessions sessions, JpaChangeLog changes) {
    this.tenant = tenant;
    this.sessions = sessions;
    this.changes = changes;
  }

  @Override
  public Optional<Article> findById(ArticleId id) {
    return sessions.read(
        tenant, s -> Optional.ofNullable(entity(s, id.value())).map(ArticleMapping::toArticle));
  }

  @Override
  public List<Article> findByIds(Collection<ArticleId> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<UUID> uuids = ids.stream().map(ArticleId::value).toList();
    return sessions.read(
        tenant,
        s ->
            sessions.findByIds(s, ArticleEntity.class, "id", uuids).stream()
                .map(ArticleMapping::toArticle)
                .toList());
  }

  @Override
  public Optional<Article> findBySlug(String slug) {
    return sessions.read(
        tenant,
        s ->
            s.createSelectionQuery("from ArticleEntity a where a.slug = :slug", ArticleEntity.class)
                .setParameter("slug", slug)
                .uniqueResultOptional()
                .map(ArticleMapping::toArticle));
  }

  @Override
  public List<Article> findByTranslationKey(ArticleId translationKey) {
    List<Article> group =
        sessions.read(
            tenant,
            s ->
                s
                    .createSelectionQuery(
                        "from ArticleEntity a where a.translationKey = :key", ArticleEntity.class)
                    .setParameter("key", translationKey.value())
                    .getResultList()
                    .stream()
                    .map(ArticleMapping::toArticle)
                    .toList());
    // Sorted here, not by the database, so that the order is the language tags' code-point order
    // whatever the column's collation; a translation group is a handful of rows.
    return group.stream()
        .sorted(Comparator.comparing((Article a) -> a.language().toLanguageTag()))
        .toList();
  }

  /**
   * One statement: every article of the slug's translation group, found through a subquery on the
   * slug (both on the tenant's unique slug key and translation index). The group is ordered here by
   * language tag in code-point order, whatever the column's collation, as in {@link
   * #findByTranslationKey}; it is a handful of rows.
   */
  @Override
  public List<Article> findWithTranslations(String slug) {
    List<ArticleEntity> rows =
        sessions.read(
            tenant,
            s ->
                TenantSessions.explicitlyScoped(
                    s,
                    () ->
                        s.createSelectionQuery(
                                "from ArticleEntity a where a.tenantId = :tenant"
                                    + " and a.translationKey = (select o.translationKey"
                                    + " from ArticleEntity o"
                                    + " where o.tenantId = :tenant and o.slug = :slug)",
                                ArticleEntity.class)
                            .setParameter("tenant", s.getTenantIdentifierValue())
                            .setParameter("slug", slug)
                            .getResultList()));
    List<Article> group = rows.stream().map(ArticleMapping::toArticle).toList();
    List<Article> ordered = new ArrayList<>(group.size());
    group.stream().filter(a -> a.slug().equals(slug)).forEach(ordered::add);
    group.stream()
        .filter(a -> !a.slug().equals(slug))
        .sorted(Comparator.comparing((Article a) -> a.language().toLanguageTag()))
        .forEach(ordered::add);
    return ordered;
  }

  /**
   * One statement: the tenant's daily view buckets in the range summed per article in a derived
   * table (or the all-time totals), joined to the published articles of the language and to the
   * all-time totals, ordered and limited by the database. Every entity it names is restricted to
   * {@code :tenant}, and it runs with Hibernate's tenant filter off so that its translation is
   * cached (see {@link TenantSessions#explicitlyScoped}).
   */
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
    String hql =
        fromDay == null
            ? "select a, t.views, t.views from ViewTotalEntity t"
                + " join ArticleEntity a on a.tenantId = :tenant and a.id = t.articleId"
                + " where t.tenantId = :tenant and a.status = :status"
                + " and a.languageCode = :language"
                + " order by t.views desc, a.id"
            : "select a, k.views, t.views from (select d.articleId id, sum(d.views) views"
                + " from ViewDailyEntity d where d.tenantId = :tenant"
                + " and d.viewDay between :from and :to group by d.articleId) k"
                + " join ArticleEntity a on a.tenantId = :tenant and a.id = k.id"
                + " join ViewTotalEntity t on t.tenantId = :tenant and t.articleId = k.id"
                + " where a.status = :status and a.languageCode = :language"
                + " order by k.views desc, a.id";
    List<Object[]> rows =
        sessions.read(
            tenant,
            s ->
                TenantSessions.explicitlyScoped(
                    s,
                    () -> {
                      SelectionQuery<Object[]> query =
                          s.createSelectionQuery(hql, Object[].class)
                              .setParameter("tenant", s.getTenantIdentifierValue())
                              .setParameter("status", ArticleStatus.PUBLISHED.name())
                              .setParameter("language", language.getLanguage());
                      if (fromDay != null) {
                        query.setParameter("from", fromDay).setParameter("to", toDay);
                      }
                      return query.setMaxResults(limit).getResultList();
                    }));
    return rows.stream()
        .map(
            r ->
                new ViewedArticle(
                    ArticleMapping.toArticle((ArticleEntity) r[0]),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()))
        .toList();
  }

  /**
   * One statement: the articles of a derived table that unites the published picks of the language
   * (found by primary key) with one walk per matched tag and the section down the reference table's
   * listing index, newest first, each walk joined to its article rows to check the language and
   * stopping after as many rows as the answer can use. The walks may return an article more than
   * once and the picks in any order: {@link RelatedQuery#order} puts the rows in the answer's order
   * in memory, which is at most a few hundred rows. Every entity named is restricted to {@code
   * :tenant}, as in the listings.
   */
  @Override
  public List<Article> related(RelatedQuery query) {
    Objects.requireNonNull(query, "query");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("status", ArticleStatus.PUBLISHED.name());
    params.put("language", query.language().getLanguage());
    List<String> parts = new ArrayList<>();
    if (!query.picks().isEmpty()) {
      params.put("picks", query.picks().stream().map(ArticleId::value).toList());
      parts.add(
          "select p.id id, p.publishAt t from ArticleEntity p where p.tenantId = :tenant"
              + " and p.id in :picks and p.status = :status and p.languageCode = :language");
    }
    if (query.automatic() > 0) {
      List<RefFilter> walks = new ArrayList<>();
      query.tags().forEach(t -> walks.add(new RefFilter(ArticleRefEntity.Kind.TAG, t.value())));
      if (query.section() != null) {
        walks.add(new RefFilter(ArticleRefEntity.Kind.SECTION, query.section().value()));
      }
      if (!walks.isEmpty()) {
        params.put("self", query.article().value());
      }
      // The limit is a literal, as in the listings' unions (H2 reuses a derived table's rows
      // across executions when a part's limit is a parameter).
      int walkLimit = query.automatic() + query.picks().size();
      for (int i = 0; i < walks.size(); i++) {
        params.put("kind" + i, walks.get(i).kind().name());
        params.put("ref" + i, walks.get(i).id());
        parts.add(
            "select r.articleId id, r.publishAt t from ArticleRefEntity r"
                + " join ArticleEntity m on m.tenantId = :tenant and m.id = r.articleId"
                + " where r.tenantId = :tenant and r.refKind = :kind"
                + i
                + " and r.refId = :ref"
                + i
                + " and r.status = :status and r.publishAt is not null"
                + " and r.articleId <> :self and m.languageCode = :language"
                + " order by r.tenantId, r.refKind, r.refId, r.status, r.publishAt desc,"
                + " r.articleId desc limit "
                + walkLimit);
      }
    }
    if (parts.isEmpty()) {
      return List.of();
    }
    StringBuilder hql = new StringBuilder("select a from ArticleEntity a join (");
    for (int i = 0; i < parts.size(); i++) {
      hql.append(i == 0 ? "(" : " union all (").append(parts.get(i)).append(')');
    }
    hql.append(") k on a.id = k.id where a.tenantId = :tenant");
    List<ArticleEntity> rows =
        sessions.read(
            tenant,
            s ->
                TenantSessions.explicitlyScoped(
                    s,
                    () -> {
                      SelectionQuery<ArticleEntity> q =
                          s.createSelectionQuery(hql.toString(), ArticleEntity.class)
                              .setParameter("tenant", s.getTenantIdentifierValue());
                      params.forEach(q::setParameter);
                      return q.getResultList();
                    }));
    return query.order(rows.stream().distinct().map(ArticleMapping::toArticle).toList());
  }

  @Override
  public Page<Article> list(ArticleQuery query) {
    ListingQuery listing = ListingQuery.page(query);
    int limit = query.limit();
    List<ArticleEntity> rows = sessions.read(tenant, s -> listing.rows(s, limit + 1));
    // The row after the page only tells that there is a next page: it is not mapped.
    List<Article> items = rows.stream().limit(limit).map(ArticleMapping::toArticle).toList();
    if (rows.size() <= limit) {
      return new Page<>(items, null);
    }
    Article last = items.get(items.size() - 1);
    return new Page<>(
        items,
        new PageCursor(
            Objects.requireNonNull(last.publishAt(), "a listed article's publishAt"), last.id()));
  }

  @Override
  public long count(ArticleQuery query) {
    ListingQuery counting = ListingQuery.count(query);
    return sessions.read(tenant, s -> counting.count(s));
  }

  @Override
  public List<ArticleId> findIdsTagged(TagId tag, int limit) {
    java.util.Objects.requireNonNull(tag, "tag must not be null");
    return sessions.read(
        tenant,
        s ->
            s
                .createSelectionQuery(
                    "select r.articleId from ArticleRefEntity r"
                        + " where r.refKind = :kind and r.refId = :tag",
                    UUID.class)
                .setParameter("kind", ArticleRefEntity.Kind.TAG.name())
                .setParameter("tag", tag.value())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ArticleId::of)
                .toList());
  }

  @Override
  public List<Article> findDue(Instant now, int limit) {
    return sessions.read(
        tenant,
        s ->
            s
                .createSelectionQuery(
                    "from ArticleEntity a where a.status = :status and a.publishAt <= :now"
                        + " order by a.publishAt, a.id",
                    ArticleEntity.class)
                .setParameter("status", ArticleStatus.SCHEDULED.name())
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(ArticleMapping::toArticle)
                .toList());
  }

  @Override
  public Article insert(Article article) {
    checkTenant(article);
    return sessions.write(tenant, s -> insertIn(s, article));
  }

  /** {@link #insert} inside a transaction the caller runs (and may add to). */
  Article insertIn(Session s, Article article) {
    checkTenant(article);
    claimSlug(s, article.slug(), article.id().value());
    WriteGuards.lockReferences(s, sessions.database(), tenant.value(), article);
    ArticleEntity entity = new ArticleEntity(article.id().value());
    ArticleMapping.copy(article, entity);
    entity.version = 0;
    s.persist(entity);
    ArticleMapping.refRows(article).forEach(s::persist);
    flush(s, article.slug());
    changes.append(s, tenant, ChangeKind.ARTICLE_CREATED, article.id().toString());
    return ArticleMapping.toArticle(entity);
  }

  @Override
  public Article update(Article article) {
    checkTenant(article);
    return sessions.write(tenant, s -> updateIn(s, article));
  }

  /** {@link #update} inside a transaction the caller runs (and may add to). */
  Article updateIn(Session s, Article article) {
    checkTenant(article);
    UUID id = article.id().value();
    // Locks in the order WriteGuards documents: the slug (only when it changes), the
    // referenced directory entries, then the article's row.
    Object[] current =
        s.createSelectionQuery(
                "select a.slug, a.version from ArticleEntity a where a.id = :id", Object[].class)
            .setParameter("id", id)
            .uniqueResult();
    if (current == null) {
      throw new NotFoundException("article", article.id(), tenant);
    }
    if (((Number) current[1]).longValue() != article.version()) {
      // Versions only grow: the compare-and-set below could not succeed.
      throw new VersionConflictException("article", article.id(), article.version());
    }
    if (!current[0].equals(article.slug())) {
      claimSlug(s, article.slug(), id);
    }
    WriteGuards.lockReferences(s, sessions.database(), tenant.value(), article);
    // The compare-and-set: only one writer can move the row from this version to the next.
    // The row stays locked until commit, so a concurrent writer waits here and then finds
    // the version changed.
    int claimed =
        s.createMutationQuery(
                "update ArticleEntity a set a.version = a.version + 1"
                    + " where a.id = :id and a.version = :version")
            .setParameter("id", id)
            .setParameter("version", article.version())
            .executeUpdate();
    if (claimed == 0) {
      if (exists(s, id)) {
        throw new VersionConflictException("article", article.id(), article.version());
      }
      throw new NotFoundException("article", article.id(), tenant);
    }
    ArticleEntity entity = entity(s, id);
    ArticleStatus before = ArticleStatus.valueOf(entity.status);
    ArticleMapping.copy(article, entity);
    entity.version = article.version() + 1;
    s.createMutationQuery("delete from ArticleRefEntity r where r.articleId = :id")
        .setParameter("id", id)
        .executeUpdate();
    ArticleMapping.refRows(article).forEach(s::persist);
    flush(s, article.slug());
    changes.append(
        s, tenant, ChangeKind.ofArticleUpdate(before, article.status()), article.id().toString());
    return ArticleMapping.toArticle(entity);
  }

  /**
   * Deletes the article and, in the same transaction, removes its id from the related lists of the
   * tenant's other articles: each of those gets a new version and an {@code ARTICLE_UPDATED}
   * change.
   */
  @Override
  public boolean delete(ArticleId id) {
    return sessions.write(
        tenant,
        s -> {
          s.createMutationQuery("delete from ArticleRefEntity r where r.articleId = :id")
              .setParameter("id", id.value())
              .executeUpdate();
          boolean found =
              s.createMutationQuery("delete from ArticleEntity a where a.id = :id")
                      .setParameter("id", id.value())
                      .executeUpdate()
                  > 0;
          if (found) {
            List<UUID> cleaned = removeFromRelated(s, id);
            changes.append(s, tenant, ChangeKind.ARTICLE_DELETED, id.toString());
            for (UUID other : cleaned) {
              changes.append(s, tenant, ChangeKind.ARTICLE_UPDATED, other.toString());
            }
          }
          return found;
        });
  }

  /**
   * Removes a deleted article's id from every related list of the tenant. Related ids live only in
   * the {@code refs} JSON, which has no index: the candidates are found by a text search of that
   * column (an article delete is rare, and the id's text occurs nowhere else but in a reference
   * list), then locked in id order and rewritten, each with a new version.
   *
   * @return the ids of the articles changed
   */
  private List<UUID> removeFromRelated(Session s, ArticleId deleted) {
    String text = deleted.value().toString();
    List<UUID> candidates =
        s.doReturningWork(
            connection -> {
              try (var ps =
                  connection.prepareStatement(
                      "select id from dateline_article where tenant_id = ?"
                          + " and cast(refs as varchar(100000)) like ? order by id")) {
                ps.setString(1, tenant.value());
                ps.setString(2, "%" + text + "%");
                List<UUID> ids = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                  while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                  }
                }
                return ids;
              }
            });
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<ArticleEntity> rows =
        s.createSelectionQuery(
                "from ArticleEntity a where a.id in :ids order by a.id", ArticleEntity.class)
            .setParameter("ids", candidates)
            .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    List<UUID> changed = new ArrayList<>();
    for (ArticleEntity row : rows) {
      Article article = ArticleMapping.toArticle(row);
      if (!article.related().contains(deleted)) {
        continue;
      }
      Article cleaned =
          article.toBuilder()
              .related(article.related().stream().filter(r -> !r.equals(deleted)).toList())
              .build();
      ArticleMapping.copy(cleaned, row);
      row.version = article.version() + 1;
      changed.add(row.id);
    }
    return changed;
  }

  /**
   * Locks the slug and fails when another article holds it, so that a duplicate is found by a query
   * and not by a unique-key violation (which Hibernate logs, statement and all).
   */
  private void claimSlug(Session s, String slug, UUID self) {
    WriteGuards.lockSlug(s, sessions.database(), tenant.value(), "article", slug);
    long holders =
        s.createSelectionQuery(
                "select count(a) from ArticleEntity a where a.slug = :slug and a.id <> :id",
                Long.class)
            .setParameter("slug", slug)
            .setParameter("id", self)
            .getSingleResult();
    if (holders > 0) {
      throw new DuplicateSlugException("article", slug, tenant);
    }
  }

  private void flush(Session s, String slug) {
    try {
      s.flush();
    } catch (RuntimeException e) {
      if (TenantSessions.isUniqueViolation(e)) {
        throw new DuplicateSlugException("article", slug, tenant);
      }
      throw e;
    }
  }

  private static ArticleEntity entity(Session s, UUID id) {
    return s.createSelectionQuery("from ArticleEntity a where a.id = :id", ArticleEntity.class)
        .setParameter("id", id)
        .uniqueResult();
  }

  private static boolean exists(Session s, UUID id) {
    return s.createSelectionQuery(
                "select count(a) from ArticleEntity a where a.id = :id", Long.class)
            .setParameter("id", id)
            .getSingleResult()
        > 0;
  }

  void checkTenant(Article article) {
    if (!tenant.equals(article.tenantId())) {
      throw new IllegalArgumentException(
          "an article of tenant " + article.tenantId() + " cannot be stored in " + tenant);
    }
  }

  /**
   * The HQL of a listing or count, with its parameters; built from an {@link ArticleQuery}.
   *
   * @param hql the query
   * @param parameters its named parameters
   * @param union whether it joins the articles to a union of one walk per status, each limited by a
   *     {@code partLimit} parameter
   */
  record ListingQuery(String hql, Map<String, Object> parameters) {
    /**
     * A page: newest first, after the cursor, as a walk down one index that stops after the page.
     *
     * <p>Without a reference filter the walk is over an index of the article table: by language
     * when the query has one, else by exclusivity when it has that, else the latest-articles index.
     * With reference filters it is over the reference table's index for the first of them, joined
     * to the article rows it returns by primary key; further filters are checked on the rows the
     * walk passes.
     *
     * <p>Every entity the query names is restricted to {@code :tenant}, which {@link #rows} binds
     * to the session's tenant.
     *
     * <p>The order by starts with the index's equality columns (tenant, ..., status). It does not
     * change the order, since the query fixes those columns, but H2 only reads an index in order
     * (instead of reading every matching row and sorting them) when the order by names the index's
     * leading columns; PostgreSQL ignores them. A query for several statuses is a union of one such
     * walk per status, each stopping after a page, merged by time: one index range cannot hold
     * several statuses in time order.
     */
    static ListingQuery page(ArticleQuery q) {
      Map<String, Object> params = new LinkedHashMap<>();
      List<String> statuses = statuses(q);
      if (statuses.size() == 1) {
        params.put("status", statuses.get(0));
        return new ListingQuery(walk(q, false, ":status", params), params);
      }
      StringBuilder hql = new StringBuilder("select a from ArticleEntity a join (");
      for (int i = 0; i < statuses.size(); i++) {
        params.put("status" + i, statuses.get(i));
        // The limit is a literal: H2 (2.5) reuses a derived table's rows across executions of a
        // statement whose parts have a parameter limit, even when the limit changes.
        hql.append(i == 0 ? "(" : " union all (")
            .append(walk(q, true, ":status" + i, params))
            .append(" limit ")
            .append(q.limit() + 1)
            .append(')');
      }
      hql.append(") k on a.id = k.id where a.tenantId = :tenant order by k.t desc, k.id desc");
      return new ListingQuery(hql.toString(), params);
    }

    /**
     * One status's walk, ordered, without a limit.
     *
     * @param keysOnly whether to select only the listing keys ({@code id}, {@code t}) instead of
     *     the article
     */
    private static String walk(
        ArticleQuery q, boolean keysOnly, String status, Map<String, Object> params) {
      List<RefFilter> refs = RefFilter.of(q);
      StringBuilder hql = new StringBuilder();
      String time;
      String id;
      String order;
      List<RefFilter> checked;
      if (refs.isEmpty()) {
        time = "a.publishAt";
        id = "a.id";
        hql.append(" from ArticleEntity a where a.tenantId = :tenant and a.status = ")
            .append(status);
        order =
            q.language() != null
                ? "a.tenantId, a.languageCode, a.status"
                : q.exclusive() != null
                    ? "a.tenantId, a.exclusive, a.status"
                    : "a.tenantId, a.status";
        checked = List.of();
      } else {
        time = "r.publishAt";
        id = "r.articleId";
        RefFilter first = refs.get(0);
        hql.append(" from ArticleRefEntity r");
        if (!keysOnly || q.language() != null || q.exclusive() != null) {
          hql.append(" join ArticleEntity a on a.tenantId = :tenant and a.id = r.articleId");
        }
        hql.append(" where r.tenantId = :tenant and r.refKind = :kind0 and r.refId = :ref0")
            .append(" and r.status = ")
            .append(status);
        params.put("kind0", first.kind().name());
        params.put("ref0", first.id());
        order = "r.tenantId, r.refKind, r.refId, r.status";
        checked = refs.subList(1, refs.size());
      }
      hql.insert(0, keysOnly ? "select " + id + " id, " + time + " t" : "select a");
      hql.append(" and ").append(time).append(" is not null");
      filters(q, id, checked, hql, params);
      PageCursor after = q.after();
      if (after != null) {
        // Strictly after (time, id) in descending order, as a row-value comparison: PostgreSQL
        // seeks to the exact position in the index, H2 to the cursor's time.
        hql.append(" and (")
            .append(time)
            .append(", ")
            .append(id)
            .append(") < (:afterTime, :afterId)");
        params.put("afterTime", ArticleMapping.stored(after.publishAt()));
        params.put("afterId", after.id().value());
      }
      return hql.append(" order by ")
          .append(order)
          .append(", ")
          .append(time)
          .append(" desc, ")
          .append(id)
          .append(" desc")
          .toString();
    }

    /** A count: every filter, no cursor, articles with or without a publish time. */
    static ListingQuery count(ArticleQuery q) {
      Map<String, Object> params = new LinkedHashMap<>();
      StringBuilder hql =
          new StringBuilder(
              "select count(a) from ArticleEntity a where a.tenantId = :tenant"
                  + " and a.status in :statuses");
      params.put("statuses", statuses(q));
      filters(q, "a.id", RefFilter.of(q), hql, params);
      return new ListingQuery(hql.toString(), params);
    }

    /**
     * Runs the page query.
     *
     * @param s the session
     * @param max the most rows to return
     * @return the article entities, in listing order
     */
    List<ArticleEntity> rows(Session s, int max) {
      return TenantSessions.explicitlyScoped(
          s,
          () ->
              bind(s, s.createSelectionQuery(hql, ArticleEntity.class))
                  .setMaxResults(max)
                  .getResultList());
    }

    /**
     * Runs the count query.
     *
     * @param s the session
     * @return the count
     */
    long count(Session s) {
      return TenantSessions.explicitlyScoped(
          s, () -> bind(s, s.createSelectionQuery(hql, Long.class)).getSingleResult());
    }

    private static void filters(
        ArticleQuery q,
        String articleId,
        List<RefFilter> refs,
        StringBuilder hql,
        Map<String, Object> params) {
      if (q.language() != null) {
        hql.append(" and a.languageCode = :language");
        params.put("language", q.language().getLanguage());
      }
      if (q.exclusive() != null) {
        hql.append(" and a.exclusive = :exclusive");
        params.put("exclusive", q.exclusive());
      }
      for (int i = 0; i < refs.size(); i++) {
        String n = "x" + i;
        hql.append(" and exists (select 1 from ArticleRefEntity ")
            .append(n)
            .append(" where ")
            .append(n)
            .append(".tenantId = :tenant and ")
            .append(n)
            .append(".articleId = ")
            .append(articleId)
            .append(" and ")
            .append(n)
            .append(".refKind = :")
            .append(n)
            .append("kind and ")
            .append(n)
            .append(".refId = :")
            .append(n)
            .append("ref)");
        params.put(n + "kind", refs.get(i).kind().name());
        params.put(n + "ref", refs.get(i).id());
      }
    }

    private static List<String> statuses(ArticleQuery q) {
      return q.statuses().stream().map(Enum::name).sorted().toList();
    }

    private <Q extends SelectionQuery<?>> Q bind(Session s, Q query) {
      query.setParameter("tenant", s.getTenantIdentifierValue());
      parameters.forEach(query::setParameter);
      return query;
    }
  }

  /** One "refers to" filter of a query. */
  record RefFilter(ArticleRefEntity.Kind kind, UUID id) {
    static List<RefFilter> of(ArticleQuery q) {
      List<RefFilter> refs = new ArrayList<>();
      if (q.section() != null) {
        refs.add(new RefFilter(ArticleRefEntity.Kind.SECTION, q.section().value()));
      }
      if (q.tag() != null) {
        refs.add(new RefFilter(ArticleRefEntity.Kind.TAG, q.tag().value()));
      }
      if (q.author() != null) {
        refs.add(new RefFilter(ArticleRefEntity.Kind.AUTHOR, q.author().value()));
      }
      if (q.location() != null) {
        refs.add(new RefFilter(ArticleRefEntity.Kind.LOCATION, q.location().value()));
      }
      return refs;
    }
  }
}
