package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.DirectoryEntry;
import io.dateline.cms.model.EntryId;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.DirectoryEntryRepository;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's entries of application-defined directory kinds in {@code dateline_entry}. Tenant
 * isolation comes from Hibernate's {@code @TenantId} filter on every query, as for the built-in
 * kinds ({@link JpaDirectoryRepository}); slugs are claimed the same way, by a lock on the tenant,
 * kind and slug and a query, so a duplicate is reported without a unique-key violation.
 */
final class JpaEntryRepository implements DirectoryEntryRepository {
  private final TenantId tenant;
  private final TenantSessions sessions;
  private final JpaChangeLog changes;

  JpaEntryRepository(TenantId tenant, TenantSessions sessions, JpaChangeLog changes) {
    this.tenant = tenant;
    this.sessions = sessions;
    this.changes = changes;
  }

  @Override
  public Optional<DirectoryEntry> findById(String kind, EntryId id) {
    return sessions.read(tenant, s -> Optional.ofNullable(entity(s, kind, id)).map(this::entry));
  }

  @Override
  public Optional<DirectoryEntry> findBySlug(String kind, String slug) {
    return sessions.read(
        tenant,
        s ->
            s.createSelectionQuery(
                    "from EntryEntity e where e.kind = :kind and e.slug = :slug", EntryEntity.class)
                .setParameter("kind", kind)
                .setParameter("slug", slug)
                .uniqueResultOptional()
                .map(this::entry));
  }

  @Override
  public List<DirectoryEntry> list(String kind, @Nullable String afterSlug, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    String hql =
        "from EntryEntity e where e.kind = :kind"
            + (afterSlug == null ? "" : " and e.slug > :after")
            + " order by e.slug";
    return sessions.read(
        tenant,
        s -> {
          var query =
              s.createSelectionQuery(hql, EntryEntity.class)
                  .setParameter("kind", kind)
                  .setMaxResults(limit);
          if (afterSlug != null) {
            query.setParameter("after", afterSlug);
          }
          return query.getResultList().stream().map(this::entry).toList();
        });
  }

  @Override
  public boolean exists(String kind, EntryId id) {
    return sessions.read(tenant, s -> entity(s, kind, id) != null);
  }

  @Override
  public void insert(DirectoryEntry entry) {
    checkTenant(entry);
    sessions.write(
        tenant,
        s -> {
          claimSlug(s, entry);
          EntryEntity entity = new EntryEntity();
          entity.id = entry.id().value();
          entity.kind = entry.kind();
          copy(entry, entity);
          s.persist(entity);
          flush(s, entry);
          changes.append(s, tenant, ChangeKind.ENTRY_SAVED, entry.id().toString());
          return null;
        });
  }

  @Override
  public void update(DirectoryEntry entry) {
    checkTenant(entry);
    sessions.write(
        tenant,
        s -> {
          EntryEntity entity = entity(s, entry.kind(), entry.id());
          if (entity == null) {
            throw new NotFoundException(entry.kind(), entry.id(), tenant);
          }
          if (!entry.slug().equals(entity.slug)) {
            claimSlug(s, entry);
          }
          copy(entry, entity);
          flush(s, entry);
          changes.append(s, tenant, ChangeKind.ENTRY_SAVED, entry.id().toString());
          return null;
        });
  }

  @Override
  public boolean delete(String kind, EntryId id) {
    return sessions.write(
        tenant,
        s -> {
          int deleted =
              s.createMutationQuery("delete from EntryEntity e where e.kind = :kind and e.id = :id")
                  .setParameter("kind", kind)
                  .setParameter("id", id.value())
                  .executeUpdate();
          if (deleted == 0) {
            return false;
          }
          changes.append(s, tenant, ChangeKind.ENTRY_DELETED, id.toString());
          return true;
        });
  }

  private static void copy(DirectoryEntry entry, EntryEntity entity) {
    entity.slug = entry.slug();
    entity.name = ContentJson.localized(entry.name());
    entity.attributes = ContentJson.attributes(entry.attributes());
  }

  private DirectoryEntry entry(EntryEntity e) {
    return new DirectoryEntry(
        tenant,
        EntryId.of(e.id),
        e.kind,
        e.slug,
        ContentJson.localized(e.name),
        ContentJson.attributes(e.attributes));
  }

  private @Nullable EntryEntity entity(Session s, String kind, EntryId id) {
    return s.createSelectionQuery(
            "from EntryEntity e where e.kind = :kind and e.id = :id", EntryEntity.class)
        .setParameter("kind", kind)
        .setParameter("id", id.value())
        .uniqueResult();
  }

  /** Locks the kind's slug and fails when another entry of the kind holds it. */
  private void claimSlug(Session s, DirectoryEntry entry) {
    WriteGuards.lockSlug(
        s, sessions.database(), tenant.value(), "entry-" + entry.kind(), entry.slug());
    long holders =
        s.createSelectionQuery(
                "select count(e) from EntryEntity e"
                    + " where e.kind = :kind and e.slug = :slug and e.id <> :id",
                Long.class)
            .setParameter("kind", entry.kind())
            .setParameter("slug", entry.slug())
            .setParameter("id", entry.id().value())
            .getSingleResult();
    if (holders > 0) {
      throw new DuplicateSlugException(entry.kind(), entry.slug(), tenant);
    }
  }

  private void flush(Session s, DirectoryEntry entry) {
    try {
      s.flush();
    } catch (RuntimeException e) {
      if (TenantSessions.isUniqueViolation(e)) {
        throw new DuplicateSlugException(entry.kind(), entry.slug(), tenant);
      }
      throw e;
    }
  }

  private void checkTenant(DirectoryEntry entry) {
    if (!tenant.equals(entry.tenantId())) {
      throw new IllegalArgumentException(
          "an entry of tenant " + entry.tenantId() + " cannot be stored in " + tenant);
    }
  }
}
