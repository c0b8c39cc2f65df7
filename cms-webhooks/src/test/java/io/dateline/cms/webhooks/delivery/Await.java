package io.dateline.cms.webhooks.delivery;

import java.util.function.BooleanSupplier;

/** Waits for a condition that background threads bring about; the limit only guards a hang. */
final class Await {
  private static final long LIMIT_MILLIS = 60_000;

  private Await() {}

  static void until(String what, BooleanSupplier condition) {
    long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("gave up waiting until " + what);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting until " + what, e);
      }
    }
  }
}
