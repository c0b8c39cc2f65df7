package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.DatelineException;
import io.dateline.cms.StorageException;
import io.dateline.cms.model.TenantId;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.query.SelectionQuery;
import org.jspecify.annotations.Nullable;

/**
 * Runs a unit of work in a Hibernate session bound to one tenant, inside one transaction.
 *
 * <p>Every Dateline entity carries Hibernate's {@code @TenantId}, so the tenant given here is added
 * to every query, update and delete Hibernate issues in the session, and set on every row it
 * inserts. The work is committed when it returns normally and rolled back when it throws or marks
 * the transaction rollback-only, so a failed command leaves nothing half-written. Failures that are
 * not already Dateline's typed exceptions become a {@link StorageException}.
 *
 * <p>Thread-safe: each call opens and closes its own session.
 *
 * @since 0.1.0
 */
public final class TenantSessions {
  /**
   * The tenant identifier of sessions that must not see any tenant's rows: it is not a valid {@link
   * TenantId}, so it matches no row. Used for the global tenants table and as the default for
   * sessions opened without a tenant.
   */
  public static final String UNSCOPED = "-";

  /** The most ids sent in one {@code in} list; keeps every statement under bind-variable limits. */
  static final int MAX_IDS_PER_STATEMENT = 1000;

  /**
   * The filter by which Hibernate scopes {@code @TenantId} entities to the session's tenant, and
   * its parameter ({@code org.hibernate.binder.internal.TenantIdBinder}'s names).
   */
  private static final String TENANT_FILTER = "_tenantId";

  private static final String TENANT_FILTER_PARAMETER = "tenantId";

  private final SessionFactory factory;
  private final @Nullable Database database;

  /**
   * Creates the runner.
   *
   * @param factory the session factory, with Dateline's entities mapped
   * @param database the database behind it
   */
  public TenantSessions(SessionFactory factory, @Nullable Database database) {
    this.factory = factory;
    this.database = database;
  }

  /**
   * The database behind the sessions.
   *
   * @return the database
   */
  public Database database() {
    // Only the sessions that detect the database at start-up are made without one, and they
    // never ask for it.
    return Objects.requireNonNull(database, "these sessions were made without a database");
  }

  /**
   * Runs work that changes a tenant's data.
   *
   * @param tenant the tenant
   * @param work the work
   * @param <R> its result
   * @return the result
   */
  public <R> R write(TenantId tenant, Function<Session, R> work) {
    return run(tenant.value(), false, work);
  }

  /**
   * Runs work that only reads a tenant's data.
   *
   * @param tenant the tenant
   * @param work the work
   * @param <R> its result
   * @return the result
   */
  public <R> R read(TenantId tenant, Function<Session, R> work) {
    return run(tenant.value(), true, work);
  }

  /**
   * Runs work in a session that sees no tenant's rows: for the tenants table and for statements
   * that name their tenants explicitly.
   *
   * @param readOnly whether the work only reads
   * @param work the work
   * @param <R> its result
   * @return the result
   */
  public <R> R unscoped(boolean readOnly, Function<Session, R> work) {
    return run(UNSCOPED, readOnly, work);
  }

  private <R> R run(String tenant, boolean readOnly, Function<Session, R> work) {
    try (Session session = factory.withOptions().tenantIdentifier((Object) tenant).openSession()) {
      session.setDefaultReadOnly(readOnly);
      if (readOnly) {
        // Nothing to write back: skip the flush (a walk over every loaded entity) at commit.
        session.setHibernateFlushMode(FlushMode.MANUAL);
      }
      Transaction tx = session.beginTransaction();
      try {
        R result = work.apply(session);
        if (tx.getRollbackOnly()) {
          tx.rollback();
        } else {
          tx.commit();
        }
        return result;
      } catch (RuntimeException e) {
        rollbackQuietly(tx, e);
        throw translate(e);
      }
    } catch (DatelineException e) {
      throw e;
    } catch (RuntimeException e) {
      // Opening or closing the session failed: no connection, pool exhausted.
      throw translate(e);
    }
  }

  private static void rollbackQuietly(Transaction tx, RuntimeException cause) {
    try {
      if (tx.isActive()) {
        tx.rollback();
      }
    } catch (RuntimeException rollbackFailure) {
      cause.addSuppressed(rollbackFailure);
    }
  }

  private static RuntimeException translate(RuntimeException e) {
    if (e instanceof DatelineException) {
      return e;
    }
    return new StorageException("The database failed: " + e.getMessage(), e);
  }

  /**
   * Whether a failure was a unique-key violation: another row already has the key.
   *
   * @param failure the failure
   * @return {@code true} for a unique violation anywhere in the cause chain
   */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConstraintViolationException cve
          && cve.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
        return true;
      }
      if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs a query with an {@code :ids} list parameter over ids in chunks of at most {@link
   * #MAX_IDS_PER_STATEMENT}, which keeps every statement under bind-variable limits; a normal page
   * of ids is one statement.
   *
   * @param session the session
   * @param hql the query, with an {@code in :ids} restriction
   * @param type the result type
   * @param ids the ids
   * @param <E> the result type
   * @return every result of every chunk
   */
  static <E> List<E> selectByIds(Session session, String hql, Class<E> type, Collection<UUID> ids) {
    return inChunks(
        ids,
        chunk ->
            session.createSelectionQuery(hql, type).setParameter("ids", chunk).getResultList());
  }

  /**
   * Loads the session tenant's rows of an entity by id, in chunks of at most {@link
   * #MAX_IDS_PER_STATEMENT} ids: each chunk is one statement that looks every id up in the primary
   * key {@code (tenant_id, id)}, whatever the table's size.
   *
   * @param session a session bound to a tenant
   * @param entity the entity, whose primary key is its tenant and {@code idAttribute}
   * @param idAttribute the id attribute
   * @param ids the ids
   * @param <E> the entity type
   * @return the rows found, in no particular order
   */
  <E> List<E> findByIds(
      Session session, Class<E> entity, String idAttribute, Collection<UUID> ids) {
    Object tenant = session.getTenantIdentifierValue();
    return inChunks(
        ids,
        chunk -> {
          // One parameter per id, padded to a power of two with the last id (as Hibernate pads IN
          // lists), so that a handful of statements serve every list size from the plan cache.
          int size = chunk.size() == 1 ? 1 : Integer.highestOneBit(chunk.size() - 1) << 1;
          StringBuilder hql = new StringBuilder("from ").append(entity.getSimpleName());
          if (database == Database.H2) {
            // H2 looks an IN list up in an index only when it is on the index's first column, and
            // not at all once the tenant has an equality: `tenant_id = ? and id in (...)` reads
            // every row of the tenant. A row-value IN on (tenant_id, id) is a lookup per id.
            hql.append(" e where (e.tenantId, e.").append(idAttribute).append(") in (");
            for (int i = 0; i < size; i++) {
              hql.append(i == 0 ? "" : ", ").append("(:tenant, :id").append(i).append(')');
            }
          } else {
            hql.append(" e where e.tenantId = :tenant and e.").append(idAttribute).append(" in (");
            for (int i = 0; i < size; i++) {
              hql.append(i == 0 ? "" : ", ").append(":id").append(i);
            }
          }
          String query = hql.append(')').toString();
          return explicitlyScoped(
              session,
              () -> {
                SelectionQuery<E> select =
                    session.createSelectionQuery(query, entity).setParameter("tenant", tenant);
                for (int i = 0; i < size; i++) {
                  select.setParameter("id" + i, chunk.get(Math.min(i, chunk.size() - 1)));
                }
                return select.getResultList();
              });
        });
  }

  /**
   * Runs a read whose queries restrict every entity they name to the session's tenant themselves,
   * with a {@code :tenant} parameter, while Hibernate's tenant filter is off.
   *
   * <p>Why: Hibernate translates a query from HQL to SQL again on every execution while any filter
   * is enabled, and the tenant filter always is. For the queries a page view runs (the page, the
   * references), translating took about as much CPU as executing the query and reading its rows.
   * Queries run here are translated once and then come from Hibernate's plan cache; the price is
   * that they must name the tenant for every entity, which the query builders that use this do in
   * one place each.
   *
   * @param session a session bound to a tenant
   * @param work the read; its queries bind {@code :tenant} to the session's tenant
   * @param <R> its result
   * @return the result
   */
  static <R> R explicitlyScoped(Session session, Supplier<R> work) {
    Object tenant = session.getTenantIdentifierValue();
    session.disableFilter(TENANT_FILTER);
    try {
      return work.get();
    } finally {
      session.enableFilter(TENANT_FILTER).setParameter(TENANT_FILTER_PARAMETER, tenant);
    }
  }

  private static <E> List<E> inChunks(Collection<UUID> ids, Function<List<UUID>, List<E>> lookUp) {
    List<UUID> all = List.copyOf(new LinkedHashSet<>(ids));
    List<E> results = new ArrayList<>();
    for (int i = 0; i < all.size(); i += MAX_IDS_PER_STATEMENT) {
      results.addAll(lookUp.apply(all.subList(i, Math.min(all.size(), i + MAX_IDS_PER_STATEMENT))));
    }
    return results;
  }

  /**
   * Resolves sessions opened without a tenant to {@link #UNSCOPED}, so that such a session (opened
   * by the host application on a shared factory, say) sees no Dateline rows instead of failing or
   * seeing every tenant's.
   */
  public static final class UnscopedResolver implements CurrentTenantIdentifierResolver<Object> {
    /** Creates the resolver. */
    public UnscopedResolver() {}

    @Override
    public Object resolveCurrentTenantIdentifier() {
      return UNSCOPED;
    }

    @Override
    public boolean validateExistingCurrentSessions() {
      return false;
    }
  }
}
