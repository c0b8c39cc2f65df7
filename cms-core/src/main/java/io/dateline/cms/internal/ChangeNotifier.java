package io.dateline.cms.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells this node's change-feed followers that a write went through this node, so they read the
 * feed now instead of at their next poll. Writes on other nodes are not signalled; followers see
 * them at their next poll.
 *
 * <p>One instance per {@code Dateline}; the services call {@link #signal()} after each successful
 * write, and {@link #close()} closes every follower still registered. Thread-safe.
 *
 * @since 0.1.0
 */
public final class ChangeNotifier implements AutoCloseable {

  /** A party to wake: a change-feed subscription. */
  public interface Follower {
    /** Asks the follower to read the feed soon; must return at once, never blocking. */
    void wake();

    /** Stops the follower; see {@code ChangeSubscription.close()}. */
    void close();
  }

  private final Set<Follower> followers = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  /** Creates a notifier with no followers. */
  public ChangeNotifier() {}

  /** Wakes every registered follower; cheap, never blocks, safe to call on every write. */
  public void signal() {
    for (Follower follower : followers) {
      follower.wake();
    }
  }

  /**
   * Registers a follower until it is {@linkplain #unregister unregistered} or this notifier is
   * closed.
   *
   * @param follower the follower; never {@code null}
   * @throws IllegalStateException when this notifier is already closed
   */
  public void register(Follower follower) {
    if (closed) {
      throw new IllegalStateException("Dateline is closed: no new change-feed subscriptions");
    }
    followers.add(follower);
    // A close() racing with this call may have missed the follower: close it here instead.
    if (closed && followers.remove(follower)) {
      follower.close();
      throw new IllegalStateException("Dateline is closed: no new change-feed subscriptions");
    }
  }

  /**
   * Forgets a follower; nothing happens when it is not registered.
   *
   * @param follower the follower
   */
  public void unregister(Follower follower) {
    followers.remove(follower);
  }

  /** Closes every registered follower and refuses new ones; idempotent. */
  @Override
  public void close() {
    closed = true;
    for (Follower follower : List.copyOf(followers)) {
      if (followers.remove(follower)) {
        follower.close();
      }
    }
  }
}
