package io.dateline.cms.storage.jpa;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * Captures every line logged through SLF4J (Hibernate's JBoss Logging included) at every level
 * while open: the root logger is lowered to ALL and an appender records each event with its
 * formatted message and stack trace. The console keeps showing warnings only (logback-test.xml).
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
  private final Logger root;
  private final Level previous;

  private LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    setContext(context);
    setName("capture");
    start();
    root.addAppender(this);
    root.setLevel(Level.ALL);
  }

  /**
   * Starts capturing.
   *
   * @return the capture; close it to stop
   */
  static LogCapture everything() {
    return new LogCapture();
  }

  @Override
  protected void append(ILoggingEvent event) {
    events.add(event);
  }

  /**
   * Everything captured so far, one line per event: level, logger, message, stack trace.
   *
   * @return the text
   */
  String text() {
    StringBuilder text = new StringBuilder();
    for (ILoggingEvent e : events) {
      text.append(e.getLevel())
          .append(' ')
          .append(e.getLoggerName())
          .append(" - ")
          .append(e.getFormattedMessage())
          .append('\n');
      if (e.getThrowableProxy() != null) {
        text.append(ThrowableProxyUtil.asString(e.getThrowableProxy())).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * The messages logged at a level or above.
   *
   * @param level the lowest level
   * @return the formatted messages
   */
  List<String> messages(Level level) {
    return events.stream()
        .filter(e -> e.getLevel().isGreaterOrEqual(level))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }

  @Override
  public void close() {
    root.setLevel(previous);
    root.detachAppender(this);
    stop();
  }
}
