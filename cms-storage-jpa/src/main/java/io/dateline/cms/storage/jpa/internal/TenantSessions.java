package io.dateline.cms.storage.jpa.internal;

import io.dateline.cms.DatelineException;
import io.dateline.cms.StorageException;
import io.dateline.cms.model.TenantId;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.exception.ConstraintViolationException;

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

  private final SessionFactory factory;
  private final Database database;

  /**
   * Creates the runner.
   *
   * @param factory the session factory, with Dateline's entities mapped
   * @param database the database behind it
   */
  public TenantSessions(SessionFactory factory, Database database) {
    this.factory = factory;
    this.database = database;
  }

  /**
   * The database behind the sessions.
   *
   * @return the database
   */
  public Database database() {
    return database;
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
   * Splits ids into chunks of at most {@link #MAX_IDS_PER_STATEMENT}.
   *
   * @param ids the ids
   * @param <T> the id type
   * @return the chunks; one for a normal page
   */
  static <T> List<List<T>> chunks(Collection<T> ids) {
    List<T> all = List.copyOf(ids);
    List<List<T>> chunks = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i += MAX_IDS_PER_STATEMENT) {
      chunks.add(all.subList(i, Math.min(all.size(), i + MAX_IDS_PER_STATEMENT)));
    }
    return chunks;
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
