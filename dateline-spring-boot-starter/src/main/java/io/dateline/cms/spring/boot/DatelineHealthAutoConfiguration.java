package io.dateline.cms.spring.boot;

import io.dateline.cms.Dateline;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Dateline's health indicator ({@link DatelineHealthIndicator}, named {@code dateline}) when Spring
 * Boot's health module is present; off with {@code management.health.dateline.enabled=false}.
 */
@AutoConfiguration(after = DatelineAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(Dateline.class)
@ConditionalOnEnabledHealthIndicator("dateline")
public class DatelineHealthAutoConfiguration {

  /** Creates the auto-configuration; Spring calls it. */
  public DatelineHealthAutoConfiguration() {}

  /**
   * Storage reachable, view counter able to flush.
   *
   * @param cms the instance
   * @param flushes the flush monitor, when present
   * @return the indicator, named {@code dateline}
   */
  @Bean
  @ConditionalOnMissingBean(name = "datelineHealthIndicator")
  public DatelineHealthIndicator datelineHealthIndicator(
      Dateline cms, ObjectProvider<ViewFlushMonitor> flushes) {
    @Nullable ViewFlushMonitor monitor = flushes.getIfAvailable();
    return new DatelineHealthIndicator(cms, monitor);
  }
}
