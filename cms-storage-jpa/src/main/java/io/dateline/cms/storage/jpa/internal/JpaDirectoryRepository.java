package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.DuplicateSlugException;
import io.dateline.cms.NotFoundException;
import io.dateline.cms.ReferenceInUseException;
import io.dateline.cms.changes.ChangeKind;
import io.dateline.cms.model.TenantId;
import io.dateline.cms.spi.DirectoryRepository;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's directory of one kind in {@code dateline_directory_entry}. The kinds differ only in
 * their entity subclass and in how an object maps to it, which {@link Mapping} supplies.
 *
 * @param <T> the model type
 * @param <I> its id type
 * @param <E> its entity type
 */
class JpaDirectoryRepository<T, I, E extends DirectoryEntryEntity>
    implements DirectoryRepository<T, I> {

  /**
   * How one kind maps between model and entity.
   *
   * @param kind the kind's name in messages, such as {@code tag}
   * @param entityClass the entity subclass
   * @param newEntity creates an empty entity
   * @param tenantOf the object's tenant
   * @param idOf the object's id as a UUID
   * @param idValue an id as a UUID
   * @param slugOf the object's slug
   * @param copy copies every column from the object into the entity (the tenant excepted)
   * @param toModel builds the object from an entity
   * @param <T> the model type
   * @param <I> its id type
   * @param <E> its entity type
   */
  record Mapping<T, I, E extends DirectoryEntryEntity>(
      String kind,
      Class<E> entityClass,
      Supplier<E> newEntity,
      Function<T, TenantId> tenantOf,
      Function<T, UUID> idOf,
      Function<I, UUID> idValue,
      Function<T, String> slugOf,
      java.util.function.BiConsumer<T, E> copy,
      Function<E, T> toModel) {}

  private final TenantId tenant;
  private final TenantSessions sessions;
  private final Mapping<T, I, E> mapping;
  private final String entityName;
  private final JpaChangeLog changes;
  private final ChangeKind saved;
  private final ChangeKind deleted;

  /** The kind as stored in the {@code kind} and {@code ref_kind} columns, such as {@code TAG}. */
  private final String storedKind;

  JpaDirectoryRepository(
      TenantId tenant,
      TenantSessions sessions,
      Mapping<T, I, E> mapping,
      JpaChangeLog changes,
      ChangeKind saved,
      ChangeKind deleted) {
    this.tenant = tenant;
    this.sessions = sessions;
    this.mapping = mapping;
    this.entityName = mapping.entityClass().getSimpleName();
    this.changes = changes;
    this.saved = saved;
    this.deleted = deleted;
    this.storedKind = mapping.kind().toUpperCase(Locale.ROOT);
  }

  @Override
  public Optional<T> findById(I id) {
    return sessions.read(
        tenant,
        s -> Optional.ofNullable(entity(s, mapping.idValue().apply(id))).map(mapping.toModel()));
  }

  @Override
  public List<T> findByIds(Collection<I> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<UUID> uuids = ids.stream().map(mapping.idValue()).toList();
    return sessions.read(
        tenant,
        s ->
            sessions.findByIds(s, mapping.entityClass(), "id", uuids).stream()
                .map(mapping.toModel())
                .toList());
  }

  @Override
  public Optional<T> findBySlug(String slug) {
    return sessions.read(
        tenant,
        s ->
            s.createSelectionQuery(
                    "from " + entityName + " e where e.slug = :slug", mapping.entityClass())
                .setParameter("slug", slug)
                .uniqueResultOptional()
                .map(mapping.toModel()));
  }

  @Override
  public List<T> list(@Nullable String afterSlug, int limit) {
    String hql =
        "from "
            + entityName
            + " e"
            + (afterSlug == null ? "" : " where e.slug > :after")
            + " order by e.slug";
    return sessions.read(
        tenant,
        s -> {
          var query = s.createSelectionQuery(hql, mapping.entityClass()).setMaxResults(limit);
          if (afterSlug != null) {
            query.setParameter("after", afterSlug);
          }
          return query.getResultList().stream().map(mapping.toModel()).toList();
        });
  }

  @Override
  public void insert(T value) {
    checkTenant(value);
    sessions.write(
        tenant,
        s -> {
          String slug = mapping.slugOf().apply(value);
          claimSlug(s, slug, mapping.idOf().apply(value));
          E entity = mapping.newEntity().get();
          entity.id = mapping.idOf().apply(value);
          mapping.copy().accept(value, entity);
          s.persist(entity);
          flush(s, value);
          changes.append(s, tenant, saved, entity.id.toString());
          return null;
        });
  }

  @Override
  public void update(T value) {
    checkTenant(value);
    sessions.write(
        tenant,
        s -> {
          E entity = entity(s, mapping.idOf().apply(value));
          if (entity == null) {
            throw new NotFoundException(mapping.kind(), mapping.idOf().apply(value), tenant);
          }
          String slug = mapping.slugOf().apply(value);
          if (!slug.equals(entity.slug)) {
            claimSlug(s, slug, entity.id);
          }
          mapping.copy().accept(value, entity);
          flush(s, value);
          changes.append(s, tenant, saved, entity.id.toString());
          return null;
        });
  }

  /**
   * Deletes the entry unless something refers to it, as one atomic step: the entry's row is locked
   * first, so article writes that refer to it (which lock it in share mode, see {@link
   * WriteGuards}) have either committed before the references are counted or wait and then find it
   * gone.
   *
   * @throws ReferenceInUseException when articles (or, for a section, subsections) refer to it
   */
  @Override
  public boolean delete(I id) {
    UUID uuid = mapping.idValue().apply(id);
    return sessions.write(
        tenant,
        s -> {
          if (!WriteGuards.lockEntry(s, tenant.value(), uuid, storedKind)) {
            return false;
          }
          long articles =
              s.createSelectionQuery(
                      "select count(r) from ArticleRefEntity r"
                          + " where r.refKind = :kind and r.refId = :id",
                      Long.class)
                  .setParameter("kind", storedKind)
                  .setParameter("id", uuid)
                  .getSingleResult();
          if (articles > 0) {
            throw new ReferenceInUseException(mapping.kind(), id, articles);
          }
          if (mapping.entityClass() == SectionEntity.class) {
            long children =
                s.createSelectionQuery(
                        "select count(e) from SectionEntity e where e.parentId = :id", Long.class)
                    .setParameter("id", uuid)
                    .getSingleResult();
            if (children > 0) {
              throw new ReferenceInUseException(mapping.kind(), id, children, "subsection(s)");
            }
          }
          s.createMutationQuery("delete from " + entityName + " e where e.id = :id")
              .setParameter("id", uuid)
              .executeUpdate();
          changes.append(s, tenant, deleted, uuid.toString());
          return true;
        });
  }

  /**
   * Locks the slug and fails when another entry of this kind holds it, so that a duplicate is found
   * by a query and not by a unique-key violation (which Hibernate logs, statement and all).
   */
  private void claimSlug(Session s, String slug, UUID self) {
    WriteGuards.lockSlug(s, sessions.database(), tenant.value(), storedKind, slug);
    long holders =
        s.createSelectionQuery(
                "select count(e) from " + entityName + " e where e.slug = :slug and e.id <> :id",
                Long.class)
            .setParameter("slug", slug)
            .setParameter("id", self)
            .getSingleResult();
    if (holders > 0) {
      throw new DuplicateSlugException(mapping.kind(), slug, tenant);
    }
  }

  private E entity(Session s, UUID id) {
    return s.createSelectionQuery(
            "from " + entityName + " e where e.id = :id", mapping.entityClass())
        .setParameter("id", id)
        .uniqueResult();
  }

  private void flush(Session s, T value) {
    try {
      s.flush();
    } catch (RuntimeException e) {
      if (TenantSessions.isUniqueViolation(e)) {
        throw new DuplicateSlugException(mapping.kind(), mapping.slugOf().apply(value), tenant);
      }
      throw e;
    }
  }

  private void checkTenant(T value) {
    TenantId owner = mapping.tenantOf().apply(value);
    if (!tenant.equals(owner)) {
      throw new IllegalArgumentException(
          "a " + mapping.kind() + " of tenant " + owner + " cannot be stored in " + tenant);
    }
  }
}
