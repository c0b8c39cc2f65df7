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
 * The annotated string is plain text, not markup: it holds no HTML element, comment or doctype (a
 * lone {@code <} or {@code >}, as in {@code 3 < 5}, is text and allowed). Used for texts the reader
 * sees as written, such as correction notices, so that nobody stores markup expecting it to be
 * rendered; the renderer escapes such texts in any case.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = io.dateline.cms.internal.validation.PlainTextValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.dateline.cms.validation.PlainText.message}";

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
