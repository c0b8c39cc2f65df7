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
 * The annotated {@link java.net.URI} can be a base that other URLs are built on: it has no user
 * info ({@code user:password@}), no query and no fragment, not even empty ones. Page URLs are
 * formed by appending paths to it, so a query or fragment would end up in the middle of every link,
 * and credentials would be published in every page.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where a value is required, and with
 * {@link HttpUrl} for the scheme and host (this constraint does not repeat that check, so a wrong
 * scheme is reported once, as {@code HttpUrl}).
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = io.dateline.cms.internal.validation.BaseUrlValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface BaseUrl {
  /**
   * The message template.
   *
   * @return the template
   */
  String message() default "{io.dateline.cms.validation.BaseUrl.message}";

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
