package io.dateline.cms.spring.boot;

import io.dateline.cms.Dateline;

/**
 * Adjusts the {@link Dateline.Builder} the auto-configuration fills from {@code dateline.*}
 * properties, just before it builds: add listeners, a clock, a slug generator. Every bean of this
 * type in the context is applied, in {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface DatelineBuilderCustomizer {

  /**
   * Adjusts the builder.
   *
   * @param builder the builder, with storage and properties already applied
   */
  void customize(Dateline.Builder builder);
}
