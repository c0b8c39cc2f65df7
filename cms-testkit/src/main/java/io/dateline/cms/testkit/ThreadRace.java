package io.dateline.cms.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs a task on several threads that are released at the same moment, so that their calls into the
 * storage overlap as much as the machine allows, and reports how each one ended.
 *
 * <p>A race that does not end within {@link #TIMEOUT_SECONDS} fails instead of hanging the build: a
 * deadlocked store is a contract violation too. The timeout is a guard, not a measurement.
 */
final class ThreadRace {
  static final long TIMEOUT_SECONDS = 60;

  private ThreadRace() {}

  /**
   * What one thread returned or threw.
   *
   * @param value the result, or {@code null} when it failed
   * @param failure the exception, or {@code null} when it succeeded
   * @param <T> the result type
   */
  record Outcome<T>(@Nullable T value, @Nullable Throwable failure) {
    boolean succeeded() {
      return failure == null;
    }
  }

  /** The work of one thread, told its index (0 to threads - 1). */
  @FunctionalInterface
  interface Task<T> {
    @Nullable T run(int thread) throws Exception;
  }

  /**
   * Starts {@code threads} threads, releases them together and waits for all.
   *
   * @return one outcome per thread, in index order
   */
  static <T> List<Outcome<T>> run(int threads, Task<T> task) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.run(index);
                }));
      }
      if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError("the racing threads did not start");
      }
      go.countDown();
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          outcomes.add(new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          outcomes.add(new Outcome<>(null, e.getCause()));
        }
      }
      return outcomes;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for racing threads", e);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "a racing thread did not finish within " + TIMEOUT_SECONDS + " s (deadlock?)", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs a race and fails when any thread threw, rethrowing the first failure as the cause.
   *
   * @return the results in index order
   */
  static <T> List<T> runAll(int threads, Task<T> task) {
    List<Outcome<T>> outcomes = run(threads, task);
    List<T> values = new ArrayList<>();
    for (Outcome<T> outcome : outcomes) {
      if (!outcome.succeeded()) {
        throw new AssertionError("a racing thread failed: " + outcome.failure(), outcome.failure());
      }
      values.add(outcome.value());
    }
    return values;
  }
}
