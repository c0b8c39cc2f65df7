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
 * Every language's text of the annotated {@link io.dateline.cms.model.LocalizedText} is not blank
 * and at most {@link #max()} characters, and at least {@link #min()} languages are present. A
 * {@code null} language or text in it is a violation too.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = io.dateline.cms.internal.validation.LocalizedLengthValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface LocalizedLength {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.dateline.cms.validation.LocalizedLength.message}";

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
   * The fewest languages that must be present.
   *
   * @return at least 0; 1 by default
   */
  int min() default 1;

  /**
   * The longest text allowed in any language.
   *
   * @return characters
   */
  int max();
}
