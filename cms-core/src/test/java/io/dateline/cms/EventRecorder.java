package io.dateline.cms;

import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.event.ArticleListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Remembers every event it hears, in order. Thread-safe, for the concurrent publishing tests. */
public final class EventRecorder implements ArticleListener {
  private final List<ArticleEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(ArticleEvent event) {
    events.add(event);
  }

  /**
   * Everything heard so far.
   *
   * @return a snapshot, oldest first
   */
  public List<ArticleEvent> all() {
    return List.copyOf(events);
  }

  /**
   * The events of one type.
   *
   * @param type the event type
   * @param <E> the type
   * @return a snapshot, oldest first
   */
  public <E extends ArticleEvent> List<E> of(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Forgets what was heard, so a test can look only at what its action causes. */
  public void clear() {
    events.clear();
  }
}
