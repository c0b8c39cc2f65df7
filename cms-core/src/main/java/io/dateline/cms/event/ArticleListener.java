package io.dateline.cms.event;

/**
 * Receives article events after the change was stored, on the thread that made the change.
 *
 * <p>A listener that throws does not undo the change and does not stop other listeners: the
 * exception is logged through SLF4J. Keep listeners quick; hand slow work (search indexing, cache
 * purges, notifications) to an executor.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ArticleListener {
  /**
   * Handles one event.
   *
   * @param event the event; never {@code null}
   */
  void onEvent(ArticleEvent event);
}
