package io.dateline.cms.internal;

import io.dateline.cms.event.ArticleEvent;
import io.dateline.cms.event.ArticleListener;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to listeners, isolating each listener's failures from the others.
 *
 * @since 0.1.0
 */
public final class EventDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final List<ArticleListener> listeners;

  /**
   * Creates a dispatcher.
   *
   * @param listeners the listeners, in delivery order
   */
  public EventDispatcher(List<ArticleListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  /**
   * Delivers an event to every listener.
   *
   * @param event the event
   */
  public void publish(ArticleEvent event) {
    for (ArticleListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn(
            "Listener {} failed on {} of article {} in tenant {}; the change stays stored",
            listener,
            event.getClass().getSimpleName(),
            event.article().id(),
            event.tenantId(),
            e);
      }
    }
  }
}
