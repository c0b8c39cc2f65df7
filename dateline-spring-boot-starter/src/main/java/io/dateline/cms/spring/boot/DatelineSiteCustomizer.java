package io.dateline.cms.spring.boot;

import io.dateline.cms.site.DatelineSite;

/**
 * Adjusts the {@link DatelineSite.Builder} the auto-configuration fills from {@code
 * dateline.site.*} properties, just before it builds. Every bean of this type in the context is
 * applied, in {@link org.springframework.core.Ordered} order.
 */
@FunctionalInterface
public interface DatelineSiteCustomizer {

  /**
   * Adjusts the builder.
   *
   * @param builder the builder, with the properties already applied
   */
  void customize(DatelineSite.Builder builder);
}
