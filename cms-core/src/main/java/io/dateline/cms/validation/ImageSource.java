package io.dateline.cms.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@link io.dateline.cms.model.Image} has exactly one source: an external image's URL or a
 * stored image asset. {@code null} is valid (nothing to check).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = io.dateline.cms.internal.validation.ImageSourceValidator.class)
@Target({TYPE, FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ImageSource {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.dateline.cms.validation.ImageSource.message}";

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
