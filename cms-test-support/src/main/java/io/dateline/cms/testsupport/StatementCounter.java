package io.dateline.cms.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Counts the JDBC statements that code runs through a {@link DataSource}: hand the storage under
 * test {@link #dataSource()} instead of the real one, {@link #reset()}, run the code, read {@link
 * #count()}. Every statement is counted once when it is created, whoever creates it (Hibernate,
 * hand written JDBC, Flyway), so the count does not depend on one library's statistics.
 *
 * <p>Written with JDK proxies rather than a library: no statement-counting proxy is among the
 * project's dependencies, and this needs only the three methods that create statements.
 * Thread-safe.
 */
public final class StatementCounter {
  private static final Set<String> CREATING =
      Set.of("prepareStatement", "prepareCall", "createStatement");

  private final DataSource target;
  private final DataSource counting;
  private final AtomicLong count = new AtomicLong();

  private StatementCounter(DataSource target) {
    this.target = target;
    this.counting =
        proxy(
            DataSource.class,
            (proxy, method, args) -> {
              Object result = invoke(target, method, args);
              if (result instanceof Connection connection) {
                return proxy(Connection.class, countingConnection(connection));
              }
              return result;
            });
  }

  /**
   * Wraps a data source.
   *
   * @param target the real data source; still owned (and closed) by the caller
   * @return the counter
   */
  public static StatementCounter wrap(DataSource target) {
    return new StatementCounter(Objects.requireNonNull(target, "target"));
  }

  /**
   * The data source to hand to the code under test: the wrapped one, counting.
   *
   * @return the counting data source
   */
  public DataSource dataSource() {
    return counting;
  }

  /**
   * The wrapped data source.
   *
   * @return the real data source
   */
  public DataSource target() {
    return target;
  }

  /**
   * Statements created since the start or the last {@link #reset()}.
   *
   * @return the count
   */
  public long count() {
    return count.get();
  }

  /** Starts counting from zero. */
  public void reset() {
    count.set(0);
  }

  private InvocationHandler countingConnection(Connection connection) {
    return (proxy, method, args) -> {
      if (CREATING.contains(method.getName())) {
        count.incrementAndGet();
      }
      return invoke(connection, method, args);
    };
  }

  private static @Nullable Object invoke(Object target, Method method, @Nullable Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
  }
}
