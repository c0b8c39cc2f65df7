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
 * The annotated string is a Dateline slug: lowercase ASCII letters and digits in words joined by
 * single hyphens, at most 120 characters.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = io.dateline.cms.internal.validation.SlugValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.dateline.cms.validation.Slug.message}";

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
}
