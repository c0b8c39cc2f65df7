package io.dateline.cms;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same job on several threads released at the same moment, to provoke races. */
public final class Race {
  private Race() {}

  /**
   * Runs {@code job} on {@code threads} threads that start together and waits for all of them.
   *
   * @param threads how many threads
   * @param job what each thread does
   * @param <T> the job's result
   * @return each thread's result
   * @throws Exception the first failure of a job, or a time-out after 30 seconds
   */
  public static <T> List<T> run(int threads, Callable<T> job) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return job.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
