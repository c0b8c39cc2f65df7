package io.dateline.cms.storage.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts tasks at the same moment on their own threads and collects how each ended. */
final class Race {
  private Race() {}

  /** How one task ended: its result or its failure. */
  record Outcome<T>(T value, Throwable failure) {
    boolean succeeded() {
      return failure == null;
    }
  }

  static <T> List<Outcome<T>> run(List<Callable<T>> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          // Generous: only guards against a deadlock hanging the build.
          outcomes.add(new Outcome<>(f.get(60, TimeUnit.SECONDS), null));
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(new Outcome<>(null, e.getCause()));
        }
      }
      return outcomes;
    } catch (Exception e) {
      throw new IllegalStateException("race did not finish", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
