package io.dateline.cms.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Runs tasks on threads that start together, so that they race, and waits for all of them. The
 * time-out is generous: it only keeps a deadlock from hanging the build.
 */
public final class ThreadRace {
  /** How long a race may take before it counts as a deadlock. */
  public static final long TIMEOUT_SECONDS = 60;

  private ThreadRace() {}

  /**
   * What one task returned or threw.
   *
   * @param value the result, or {@code null} when it failed (or returned {@code null})
   * @param failure the exception, or {@code null} when it succeeded
   * @param <T> the result type
   */
  public record Outcome<T>(@Nullable T value, @Nullable Throwable failure) {
    /**
     * Whether the task returned normally.
     *
     * @return {@code true} when it did not throw
     */
    public boolean succeeded() {
      return failure == null;
    }
  }

  /**
   * The work of one thread, told its index.
   *
   * @param <T> the result type
   */
  @FunctionalInterface
  public interface Task<T> {
    /**
     * Does the work.
     *
     * @param thread the thread's index, 0 to threads - 1
     * @return the result
     * @throws Exception any failure, reported in the thread's {@link Outcome}
     */
    T run(int thread) throws Exception;
  }

  /**
   * Runs one task per thread, all released together.
   *
   * @param threads how many threads, at least 1
   * @param task the work, told the thread's index
   * @param <T> the result type
   * @return one outcome per thread, in index order
   * @throws AssertionError when the race does not end within {@link #TIMEOUT_SECONDS}
   */
  public static <T> List<Outcome<T>> run(int threads, Task<T> task) {
    List<Callable<T>> tasks = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      int index = i;
      tasks.add(() -> task.run(index));
    }
    return run(tasks);
  }

  /**
   * Runs different tasks, one thread each, all released together.
   *
   * @param tasks the tasks; not empty
   * @param <T> the result type
   * @return one outcome per task, in list order
   * @throws AssertionError when the race does not end within {@link #TIMEOUT_SECONDS}
   */
  public static <T> List<Outcome<T>> run(List<? extends Callable<T>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.call();
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
   * Runs the same job on several threads and fails when any thread threw.
   *
   * @param threads how many threads
   * @param job the work of each thread
   * @param <T> the result type
   * @return the results in thread order
   * @throws Exception the first failure of a thread, as it was thrown
   */
  public static <T> List<T> runAll(int threads, Callable<T> job) throws Exception {
    return runAll(threads, (Task<T>) i -> job.call());
  }

  /**
   * Runs a race and fails when any thread threw.
   *
   * @param threads how many threads
   * @param task the work, told the thread's index
   * @param <T> the result type
   * @return the results in index order
   * @throws Exception the first failure of a thread, as it was thrown
   */
  public static <T> List<T> runAll(int threads, Task<T> task) throws Exception {
    List<T> values = new ArrayList<>();
    for (Outcome<T> outcome : run(threads, task)) {
      Throwable failure = outcome.failure();
      if (failure instanceof Exception e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      values.add(outcome.value());
    }
    return values;
  }
}
