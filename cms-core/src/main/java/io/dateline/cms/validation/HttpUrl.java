package io.dateline.cms.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link java.net.URI} is absolute, uses http or https, names a host and is at most
 * {@link #max()} characters long (2,000 by default: what browsers, sitemaps and Dateline's stores
 * all keep).
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = io.dateline.cms.internal.validation.HttpUrlValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface HttpUrl {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.dateline.cms.validation.HttpUrl.message}";

  /**
   * Validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * The longest URL allowed.
   *
   * @return characters; 2,000 by default
   */
  int max() default 2000;
}
